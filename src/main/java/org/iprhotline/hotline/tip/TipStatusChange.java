package org.iprhotline.hotline.tip;

import java.time.Instant;
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

/** One step in a tip's history. */
@Entity
@Table(name = "tip_status_change")
public class TipStatusChange {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "tip_id")
    public Tip tip;

    /** Order within the tip's history; steps made in the same instant keep the order they were made in. */
    @Column(nullable = false)
    public int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TipStatus status;

    /** The agency that made the change or received the tip, if any. */
    public String agency;

    public String note;

    /** For a closing: what it came to. */
    @Enumerated(EnumType.STRING)
    public CaseOutcome outcome;

    /** For a closing with {@link CaseOutcome#PENALTY_IMPOSED}: the penalty, in yuan. */
    @Column(name = "penalty_yuan")
    public java.math.BigDecimal penaltyYuan;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;
}
