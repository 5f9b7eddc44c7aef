package org.iprhotline.hotline.agency;

import static org.iprhotline.hotline.database.NativeRows.instant;
import static org.iprhotline.hotline.database.NativeRows.strings;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * What the coordinators' figures and the deadline checks need to know of each tip, read in one
 * query: where it is, and when it was routed, accepted, referred and closed.
 */
@ApplicationScoped
public class CaseFacts {

    /**
     * One tip's facts; {@code referredAt}: when the referral awaiting public security's answer was
     * made (the open row of {@code criminal_referral}, at most one per tip), or null.
     */
    public record Facts(UUID id, String trackingNumber, String rightType, String channel, boolean foreignInvested,
            Instant receivedAt, String status, List<String> agencies, List<String> flags, Instant routedAt,
            Instant acceptedAt, Instant closedAt, boolean transferred, Instant overdueSince, String region,
            List<String> closedBy, Instant referredAt) {

        /** Criminal matters, and those three agencies or more must act on, get the longer feedback deadline. */
        public boolean complex() {
            return flags.contains("criminal") || agencies.size() >= 3;
        }
    }

    private static final String SELECT = """
            select t.id, t.tracking_number, t.right_type, t.channel, t.foreign_invested, t.received_at, t.status,
                   t.agencies, t.flags,
                   coalesce((select max(c.changed_at) from tip_status_change c
                              where c.tip_id = t.id and c.status in ('ROUTED', 'TRANSFERRED')), t.received_at),
                   (select min(c.changed_at) from tip_status_change c where c.tip_id = t.id and c.status = 'ACCEPTED'),
                   (select max(c.changed_at) from tip_status_change c
                     where c.tip_id = t.id and c.status = 'CLOSED' and t.status = 'CLOSED'),
                   exists (select 1 from tip_status_change c where c.tip_id = t.id and c.status = 'TRANSFERRED'),
                   t.overdue_since, t.region,
                   array(select distinct c.agency from tip_status_change c
                          where c.tip_id = t.id and c.status = 'CLOSED'),
                   (select r.referred_at from criminal_referral r where r.tip_id = t.id and r.answer is null)
              from tip t
            """;

    private final EntityManager entityManager;

    CaseFacts(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Open tips that may have passed a deadline and were not reminded about since {@code remindedBefore}:
     * routed before {@code routedBefore} (no agency's acceptance deadline can have passed earlier) or
     * referred to public security before {@code referredBefore} (its answer may be late), at most
     * {@code limit} of them, oldest first.
     */
    public List<Facts> overdueCandidates(Instant routedBefore, Instant referredBefore, Instant remindedBefore,
            int limit) {
        return read(SELECT + """
                 where t.status <> 'CLOSED'
                   and (t.received_at < ?1 or exists (select 1 from criminal_referral r
                         where r.tip_id = t.id and r.answer is null and r.referred_at < ?2))
                   and (t.reminded_at is null or t.reminded_at < ?3)
                   and not ('TRIAGE' = any(t.agencies))
                 order by t.received_at limit ?4""", routedBefore, referredBefore, remindedBefore, limit);
    }

    /** Open tips found overdue before {@code overdueBefore} and not yet escalated, oldest first. */
    public List<Facts> escalationCandidates(Instant overdueBefore, int limit) {
        return read(SELECT + """
                 where t.status <> 'CLOSED' and t.overdue_since < ?1 and t.escalated_at is null
                   and not ('TRIAGE' = any(t.agencies))
                 order by t.overdue_since limit ?2""", overdueBefore, limit);
    }

    /** Open tips flagged overdue by the deadline job, oldest first. */
    public List<Facts> flaggedOverdue(int limit) {
        return read(SELECT + " where t.status <> 'CLOSED' and t.overdue_since is not null order by t.overdue_since limit ?1",
                limit);
    }

    @SuppressWarnings("unchecked")
    private List<Facts> read(String sql, Object... parameters) {
        var query = entityManager.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(CaseFacts::facts).toList();
    }

    private static Facts facts(Object[] row) {
        return new Facts((UUID) row[0], (String) row[1], (String) row[2], (String) row[3], (Boolean) row[4],
                instant(row[5]), (String) row[6], strings(row[7]), strings(row[8]), instant(row[9]), instant(row[10]),
                instant(row[11]), (Boolean) row[12], instant(row[13]), (String) row[14], strings(row[15]),
                instant(row[16]));
    }
}
