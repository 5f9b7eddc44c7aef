package org.iprhotline.hotline.tip;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A client's Idempotency-Key with the receipt it was given; a retry within a day gets the same receipt. */
@Entity
@Table(name = "idempotency_key")
class IdempotencyRecord extends PanacheEntityBase {

    @Id
    public String key;

    @Column(name = "request_digest", nullable = false)
    @JdbcTypeCode(SqlTypes.CHAR)
    public String requestDigest;

    @Column(name = "tip_id", nullable = false)
    public UUID tipId;

    /** The access code, sealed ({@code Secrets.seal}), so a retry can be answered; deleted after a day. */
    @Column(name = "access_code", nullable = false)
    public String accessCode;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
