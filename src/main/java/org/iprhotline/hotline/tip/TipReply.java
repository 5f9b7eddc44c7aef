package org.iprhotline.hotline.tip;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** What the reporter sent back about their tip, and whose questions it answered. */
@Entity
@Table(name = "tip_reply")
public class TipReply {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "tip_id")
    public Tip tip;

    @Column(nullable = false)
    public String text;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Channel channel;

    /** The agencies whose open question this answered. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> answers = new ArrayList<>();

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    /** The key the sender gave, so that the same reply sent again is not added twice. */
    @Column(name = "idempotency_key")
    public String idempotencyKey;

    /** What the reply said (its text and files), digested, to tell a retry from another reply. */
    @Column(name = "request_digest")
    public String requestDigest;
}
