package org.iprhotline.hotline.tip;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * What the deadline job notes on a tip (since when it is overdue, when its agencies were last
 * reminded, when the office heard of it): written here, so the tip package stays the only writer
 * of the tip table. In the caller's transaction, with the reminders it staged.
 *
 * <p>Each mark is a claim: it changes the row only if no other run marked it meanwhile, and says
 * whether it did. Two replicas' runs can overlap (the scheduler fires once per period across
 * replicas, but a slow run may still be going when the next starts elsewhere); the second one's
 * update waits for the first's row lock, then finds the row already marked and stages nothing.
 */
@ApplicationScoped
public class OverdueMarks {

    private final EntityManager entityManager;

    OverdueMarks(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Marks the tip reminded at {@code at}, unless it was reminded since {@code remindedBefore}, and
     * adds {@code late} (the agencies reminded, by code) to the agencies that missed a deadline on it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean reminded(UUID tipId, Instant overdueSince, List<String> late, Instant at, Instant remindedBefore) {
        return entityManager.createNativeQuery("""
                update tip set overdue_since = ?1, reminded_at = ?2,
                       overdue_agencies = array(select distinct code
                                                  from unnest(overdue_agencies || cast(?5 as text[])) as code
                                                 order by code)
                 where id = ?3 and (reminded_at is null or reminded_at < ?4)""")
                .setParameter(1, overdueSince).setParameter(2, at).setParameter(3, tipId)
                .setParameter(4, remindedBefore).setParameter(5, late.toArray(String[]::new)).executeUpdate() == 1;
    }

    /** Marks the tip escalated, unless it already was. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean escalated(UUID tipId, Instant at) {
        return entityManager.createNativeQuery("update tip set escalated_at = ?1 where id = ?2 and escalated_at is null")
                .setParameter(1, at).setParameter(2, tipId).executeUpdate() == 1;
    }
}
