package org.iprhotline.hotline.agency;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.iprhotline.hotline.tip.CaseOutcome;

/**
 * Counts the work an agency did in a month, from the steps of that month (a tip received in
 * January and closed in March counts as closed in March), split by right type and by
 * foreign-invested right holder or not. Counted by PostgreSQL, one query per kind of fact.
 */
@ApplicationScoped
public class ReportFigures {

    /** One agency's figures for a month, or for part of it. */
    public record Figures(long received, long accepted, long transferred, long referredToPolice,
            long referralsAccepted, long referralsRefused, long closed, Map<String, Long> closedByOutcome,
            long penalties, BigDecimal penaltyYuan, long overdue) {

        /** Nothing done: every outcome counted at zero, so that every report lists them all. */
        static final Figures NONE = new Figures(0, 0, 0, 0, 0, 0, 0, Arrays.stream(CaseOutcome.values())
                .collect(Collectors.toMap(CaseOutcome::code, outcome -> 0L, Long::sum, LinkedHashMap::new)),
                0, BigDecimal.ZERO, 0);

        Figures plus(Figures other) {
            Map<String, Long> outcomes = new LinkedHashMap<>();
            for (CaseOutcome outcome : CaseOutcome.values()) {
                long sum = closedByOutcome.getOrDefault(outcome.code(), 0L)
                        + other.closedByOutcome.getOrDefault(outcome.code(), 0L);
                outcomes.put(outcome.code(), sum);
            }
            return new Figures(received + other.received, accepted + other.accepted, transferred + other.transferred,
                    referredToPolice + other.referredToPolice, referralsAccepted + other.referralsAccepted,
                    referralsRefused + other.referralsRefused, closed + other.closed, outcomes,
                    penalties + other.penalties, penaltyYuan.add(other.penaltyYuan), overdue + other.overdue);
        }
    }

    /**
     * The report's body.
     *
     * @param byForeignInvested keyed {@code true} (a foreign-invested right holder reported) and {@code false}
     */
    public record Draft(String agency, String month, Instant from, Instant to, Figures total,
            Map<String, Figures> byRightType, Map<String, Figures> byForeignInvested) {
    }

    private static final String OUTCOME_COLUMNS = Arrays.stream(CaseOutcome.values())
            .map(outcome -> "count(*) filter (where c.status = 'CLOSED' and c.agency = ?3 and c.outcome = '"
                    + outcome.name() + "')")
            .collect(Collectors.joining(",\n       "));

    /** Steps of the month: received (routed, transferred or referred to the agency), and the agency's own steps. */
    private static final String STEPS = """
            select lower(t.right_type), t.foreign_invested,
                   count(*) filter (where (c.status = 'ROUTED' and ?3 = any(string_to_array(c.agency, ',')))
                                       or (c.status in ('TRANSFERRED', 'REFERRED') and split_part(c.agency, ' -> ', 2) = ?3)),
                   count(*) filter (where c.status = 'ACCEPTED' and c.agency = ?3),
                   count(*) filter (where c.status = 'TRANSFERRED' and split_part(c.agency, ' -> ', 1) = ?3),
                   count(*) filter (where c.status = 'REFERRED' and split_part(c.agency, ' -> ', 1) = ?3),
                   count(*) filter (where c.status = 'CLOSED' and c.agency = ?3),
                   coalesce(sum(c.penalty_yuan) filter (where c.status = 'CLOSED' and c.agency = ?3), 0),
                   %s
              from tip_status_change c join tip t on t.id = c.tip_id
             where c.changed_at >= ?1 and c.changed_at < ?2
             group by 1, 2""".formatted(OUTCOME_COLUMNS);

    /** Public security's answers in the month to the agency's referrals. */
    private static final String ANSWERS = """
            select lower(t.right_type), t.foreign_invested,
                   count(*) filter (where r.answer = 'ACCEPTED'), count(*) filter (where r.answer = 'REFUSED')
              from criminal_referral r join tip t on t.id = r.tip_id
             where r.referring_agency = ?3 and r.answered_at >= ?1 and r.answered_at < ?2
             group by 1, 2""";

    /**
     * Tips on which the agency missed a deadline, overdue at the month's end and not closed before it
     * began (the list is of every deadline missed; when the agency missed its own is not kept).
     */
    private static final String OVERDUE = """
            select lower(t.right_type), t.foreign_invested, count(*)
              from tip t
             where ?3 = any(t.overdue_agencies) and t.overdue_since < ?2
               and not exists (select 1 from tip_status_change c
                                where c.tip_id = t.id and c.status = 'CLOSED' and c.changed_at < ?1)
             group by 1, 2""";

    private final EntityManager entityManager;

    ReportFigures(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    Draft count(String agency, String month, Instant from, Instant to) {
        Map<Cell, Figures> cells = new TreeMap<>();
        for (Object[] row : rows(STEPS, agency, from, to)) {
            Map<String, Long> outcomes = new LinkedHashMap<>();
            CaseOutcome[] all = CaseOutcome.values();
            for (int i = 0; i < all.length; i++) {
                outcomes.put(all[i].code(), number(row[8 + i]));
            }
            add(cells, row, new Figures(number(row[2]), number(row[3]), number(row[4]), number(row[5]), 0, 0,
                    number(row[6]), outcomes, outcomes.get(CaseOutcome.PENALTY_IMPOSED.code()),
                    new BigDecimal(row[7].toString()), 0));
        }
        for (Object[] row : rows(ANSWERS, agency, from, to)) {
            add(cells, row, new Figures(0, 0, 0, 0, number(row[2]), number(row[3]), 0, Map.of(), 0, BigDecimal.ZERO, 0));
        }
        for (Object[] row : rows(OVERDUE, agency, from, to)) {
            add(cells, row, new Figures(0, 0, 0, 0, 0, 0, 0, Map.of(), 0, BigDecimal.ZERO, number(row[2])));
        }
        Map<String, Figures> byRightType = new TreeMap<>();
        Map<String, Figures> byForeignInvested = new TreeMap<>();
        Figures total = Figures.NONE;
        for (Map.Entry<Cell, Figures> cell : cells.entrySet()) {
            byRightType.merge(cell.getKey().rightType(), cell.getValue(), Figures::plus);
            byForeignInvested.merge(String.valueOf(cell.getKey().foreignInvested()), cell.getValue(), Figures::plus);
            total = total.plus(cell.getValue());
        }
        return new Draft(agency, month, from, to, total, byRightType, byForeignInvested);
    }

    private record Cell(String rightType, boolean foreignInvested) implements Comparable<Cell> {

        @Override
        public int compareTo(Cell other) {
            int byType = rightType.compareTo(other.rightType);
            return byType != 0 ? byType : Boolean.compare(foreignInvested, other.foreignInvested);
        }
    }

    private static void add(Map<Cell, Figures> cells, Object[] row, Figures figures) {
        cells.merge(new Cell((String) row[0], (Boolean) row[1]), Figures.NONE.plus(figures), Figures::plus);
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, String agency, Instant from, Instant to) {
        return entityManager.createNativeQuery(sql).setParameter(1, from).setParameter(2, to)
                .setParameter(3, agency).getResultList();
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
