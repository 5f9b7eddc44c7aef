package org.iprhotline.hotline.agency;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.iprhotline.hotline.database.AdvisoryLocks;

/**
 * The monthly progress figures the coordinators file before the 15th: tips received in the month,
 * per agency, right type, channel, foreign-invested or not, campaign and province (the first two
 * digits of the tip's region, {@code none} without one), and the month's closings by province and
 * outcome (each agency's closing counts: a tip two agencies held has two outcomes). Counted by PostgreSQL, so a month
 * of a busy hotline is never loaded into memory; "overdue" counts the open tips the deadline job has
 * flagged, on an agency's line those on which that agency missed a deadline.
 */
@ApplicationScoped
public class MonthlyStatistics {

    /** One line of the report. */
    public record Row(String dimension, String key, long received, long accepted, long transferred, long closed,
            long overdue, Double medianHoursToAcceptance, Double medianHoursToClosure) {
    }

    /** How many closings in the month, by the province of the tip and what the closing came to. */
    public record Closings(String province, String outcome, long closings) {
    }

    /** The month's report. */
    /** @param countedAt when the figures were counted: they stand for {@code ipr.statistics.fresh-for} */
    public record Report(String month, long received, List<Row> rows, List<Closings> closings, Instant countedAt) {
    }

    /**
     * How each dimension is read off a tip; the agency and campaign dimensions count a tip once per agency
     * holding it and per campaign it falls in (a tip in no campaign is in no campaign line).
     */
    private static final Map<String, String> DIMENSIONS = Map.of(
            "agency", "unnest(t.agencies)",
            "rightType", "lower(t.right_type)",
            "channel", "lower(t.channel)",
            "foreignInvested", "cast(t.foreign_invested as text)",
            "campaign", "unnest(t.campaigns)",
            "province", "coalesce(substr(t.region, 1, 2), 'none')");
    private static final List<String> ORDER = List.of("agency", "rightType", "channel", "foreignInvested", "campaign",
            "province");

    private static final String CLOSINGS = """
            select coalesce(substr(t.region, 1, 2), 'none'), lower(c.outcome), count(*)
              from tip_status_change c join tip t on t.id = c.tip_id
             where c.status = 'CLOSED' and c.changed_at >= ?1 and c.changed_at < ?2
             group by 1, 2 order by 1, 2""";

    /**
     * The month's tips with when each was accepted and closed, worked out once for all six dimensions:
     * worked out per dimension, the join with the status changes ran six times, 12 s each at 2.3
     * million tips in a month, and the page failed at the transaction timeout.
     */
    private static final String MONTH = """
            with month as materialized (
                select t.agencies, t.right_type, t.channel, t.foreign_invested, t.campaigns, t.region, t.status,
                       t.overdue_since, t.overdue_agencies, t.received_at, s.accepted_at,
                       case when t.status = 'CLOSED' then s.closed_at end as closed_at,
                       coalesce(s.transferred, false) as transferred
                  from tip t
                  left join (select c.tip_id,
                                    min(c.changed_at) filter (where c.status = 'ACCEPTED') as accepted_at,
                                    max(c.changed_at) filter (where c.status = 'CLOSED') as closed_at,
                                    bool_or(c.status = 'TRANSFERRED') as transferred
                               from tip_status_change c
                               join tip m on m.id = c.tip_id and m.received_at >= ?1 and m.received_at < ?2
                              group by c.tip_id) s on s.tip_id = t.id
                 where t.received_at >= ?1 and t.received_at < ?2)
            """;

    /**
     * One dimension's lines: %1$d its place in {@link #ORDER}, %2$s how it is read off a tip, %3$s what
     * more makes an open flagged tip overdue on the line (the agency's line: that agency missed a deadline).
     */
    private static final String DIMENSION = """
            select %1$d, key, count(*), count(accepted_at), count(*) filter (where transferred), count(closed_at),
                   count(*) filter (where overdue_since is not null and status <> 'CLOSED'%3$s),
                   percentile_cont(0.5) within group (order by extract(epoch from accepted_at - received_at) / 3600),
                   percentile_cont(0.5) within group (order by extract(epoch from closed_at - received_at) / 3600)
              from (select %2$s as key, t.* from month t) grouped
             group by key
            """;

    /**
     * One of {@code ipr.statistics.at-once} turns to count a month, taken until the transaction ends;
     * none when all are held. PostgreSQL's locks, so the turns are shared by every replica on the
     * database ({@link AdvisoryLocks#STATISTICS_TURNS}).
     */
    private static final String TAKE_A_TURN = """
            select slot from generate_series(0, ?1 - 1) as slot
             where pg_try_advisory_xact_lock(%d, %d + slot) limit 1""".formatted(AdvisoryLocks.SPACE,
            AdvisoryLocks.STATISTICS_TURNS);

    private final EntityManager entityManager;
    private final DeadlineConfig config;
    private final int atOnce;
    /** Each month's figures as last counted here, for {@code ipr.statistics.fresh-for}. */
    private final Cache<YearMonth, Report> counted;

    MonthlyStatistics(EntityManager entityManager, DeadlineConfig config, StatisticsConfig statistics) {
        this.entityManager = entityManager;
        this.config = config;
        this.atOnce = statistics.atOnce();
        if (atOnce < 1 || atOnce > AdvisoryLocks.STATISTICS_TURNS_END - AdvisoryLocks.STATISTICS_TURNS) {
            throw new IllegalArgumentException("ipr.statistics.at-once must be from 1 to "
                    + (AdvisoryLocks.STATISTICS_TURNS_END - AdvisoryLocks.STATISTICS_TURNS) + ", not " + atOnce);
        }
        if (statistics.freshFor().isNegative()) {
            throw new IllegalArgumentException("ipr.statistics.fresh-for cannot be negative: " + statistics.freshFor());
        }
        this.counted = Caffeine.newBuilder().expireAfterWrite(statistics.freshFor()).maximumSize(36).build();
    }

    /**
     * The month asked for: this month in the agencies' time zone when none is given (the server's own
     * zone would show last month in Beijing's first hours of a month), empty when it is not YYYY-MM.
     */
    public Optional<YearMonth> asked(String month) {
        return month == null || month.isBlank() ? Optional.of(YearMonth.now(config.zone())) : Months.parse(month);
    }

    /**
     * The month's report. A busy month takes seconds of the database's work (15 s for 2.3 million
     * tips), so at most {@code ipr.statistics.at-once} are counted at a time across the replicas;
     * another request meanwhile is refused with {@link StatisticsBusy} rather than queued, and no
     * number of them can take the connections the intake needs. Figures counted here are answered
     * again for {@code ipr.statistics.fresh-for} (60 s) without counting.
     */
    @Transactional
    public Report of(YearMonth month) {
        Report fresh = counted.getIfPresent(month);
        if (fresh != null) {
            return fresh;
        }
        if (entityManager.createNativeQuery(TAKE_A_TURN).setParameter(1, atOnce).getResultList().isEmpty()) {
            throw new StatisticsBusy(atOnce);
        }
        ZoneId zone = config.zone();
        Instant from = month.atDay(1).atStartOfDay(zone).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
        StringBuilder query = new StringBuilder(MONTH);
        for (int i = 0; i < ORDER.size(); i++) {
            String dimension = ORDER.get(i);
            query.append(i == 0 ? "" : " union all ").append(DIMENSION.formatted(i, DIMENSIONS.get(dimension),
                    "agency".equals(dimension) ? " and key = any(overdue_agencies)" : ""));
        }
        query.append(" order by 1, 2");
        @SuppressWarnings("unchecked")
        List<Object[]> result = entityManager.createNativeQuery(query.toString()).setParameter(1, from)
                .setParameter(2, to).getResultList();
        List<Row> rows = new ArrayList<>();
        for (Object[] line : result) {
            rows.add(new Row(ORDER.get(((Number) line[0]).intValue()), String.valueOf(line[1]), number(line[2]),
                    number(line[3]), number(line[4]), number(line[5]), number(line[6]), hours(line[7]), hours(line[8])));
        }
        long received = ((Number) entityManager.createNativeQuery(
                "select count(*) from tip where received_at >= ?1 and received_at < ?2")
                .setParameter(1, from).setParameter(2, to).getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Object[]> closed = entityManager.createNativeQuery(CLOSINGS).setParameter(1, from).setParameter(2, to)
                .getResultList();
        List<Closings> closings = closed.stream()
                .map(line -> new Closings(String.valueOf(line[0]), String.valueOf(line[1]), number(line[2]))).toList();
        Report report = new Report(month.toString(), received, rows, closings, Instant.now());
        counted.put(month, report);
        return report;
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    private static Double hours(Object value) {
        if (value == null) {
            return null;
        }
        double hours = value instanceof BigDecimal decimal ? decimal.doubleValue() : ((Number) value).doubleValue();
        return Math.round(hours * 10) / 10.0;
    }
}
