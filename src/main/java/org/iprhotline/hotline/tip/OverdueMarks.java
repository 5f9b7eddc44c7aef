package org.iprhotline.hotline.tip;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * What the deadline job notes on a tip (since when it is overdue, when its agencies were last
 * reminded, when the office heard of it): written here, so the tip package stays the only writer
 * of the tip table. In the caller's transaction, with the reminders it staged.
 */
@ApplicationScoped
public class OverdueMarks {

    private final EntityManager entityManager;

    OverdueMarks(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void reminded(UUID tipId, Instant overdueSince, Instant at) {
        entityManager.createNativeQuery("update tip set overdue_since = ?1, reminded_at = ?2 where id = ?3")
                .setParameter(1, overdueSince).setParameter(2, at).setParameter(3, tipId).executeUpdate();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void escalated(UUID tipId, Instant at) {
        entityManager.createNativeQuery("update tip set escalated_at = ?1 where id = ?2")
                .setParameter(1, at).setParameter(2, tipId).executeUpdate();
    }
}
