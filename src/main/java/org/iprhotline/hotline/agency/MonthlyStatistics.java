package org.iprhotline.hotline.agency;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * The monthly progress figures the coordinators file before the 15th: tips received in the month,
 * per agency, right type, channel and foreign-invested or not.
 */
@ApplicationScoped
public class MonthlyStatistics {

    /** One line of the report. */
    public record Row(String dimension, String key, long received, long accepted, long transferred, long closed,
            long overdue, Double medianHoursToAcceptance, Double medianHoursToClosure) {
    }

    /** The month's report. */
    public record Report(String month, long received, List<Row> rows) {
    }

    private final CaseFacts facts;
    private final Overdue overdue;
    private final DeadlineConfig config;

    MonthlyStatistics(CaseFacts facts, Overdue overdue, DeadlineConfig config) {
        this.facts = facts;
        this.overdue = overdue;
        this.config = config;
    }

    @Transactional
    public Report of(YearMonth month) {
        ZoneId zone = config.zone();
        Instant from = month.atDay(1).atStartOfDay(zone).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
        List<CaseFacts.Facts> tips = facts.receivedBetween(from, to);
        Instant now = Instant.now();
        List<Row> rows = new ArrayList<>();
        rows.addAll(group("agency", tips, now, CaseFacts.Facts::agencies));
        rows.addAll(group("rightType", tips, now, tip -> List.of(tip.rightType().toLowerCase(Locale.ROOT))));
        rows.addAll(group("channel", tips, now, tip -> List.of(tip.channel().toLowerCase(Locale.ROOT))));
        rows.addAll(group("foreignInvested", tips, now, tip -> List.of(String.valueOf(tip.foreignInvested()))));
        return new Report(month.toString(), tips.size(), rows);
    }

    private List<Row> group(String dimension, List<CaseFacts.Facts> tips, Instant now,
            Function<CaseFacts.Facts, List<String>> keys) {
        Map<String, List<CaseFacts.Facts>> groups = new TreeMap<>();
        for (CaseFacts.Facts tip : tips) {
            for (String key : keys.apply(tip)) {
                groups.computeIfAbsent(key, ignored -> new ArrayList<>()).add(tip);
            }
        }
        Map<String, Row> rows = new LinkedHashMap<>();
        groups.forEach((key, members) -> rows.put(key, new Row(dimension, key, members.size(),
                members.stream().filter(tip -> tip.acceptedAt() != null).count(),
                members.stream().filter(CaseFacts.Facts::transferred).count(),
                members.stream().filter(tip -> tip.closedAt() != null).count(),
                members.stream().filter(tip -> overdue.check(tip, now).isPresent()).count(),
                medianHours(members, CaseFacts.Facts::acceptedAt),
                medianHours(members, CaseFacts.Facts::closedAt))));
        return List.copyOf(rows.values());
    }

    private static Double medianHours(List<CaseFacts.Facts> tips, Function<CaseFacts.Facts, Instant> end) {
        List<Double> hours = tips.stream().filter(tip -> end.apply(tip) != null)
                .map(tip -> Duration.between(tip.receivedAt(), end.apply(tip)).toSeconds() / 3600.0)
                .sorted(Comparator.naturalOrder())
                .toList();
        if (hours.isEmpty()) {
            return null;
        }
        int middle = hours.size() / 2;
        double median = hours.size() % 2 == 1 ? hours.get(middle) : (hours.get(middle - 1) + hours.get(middle)) / 2;
        return Math.round(median * 10) / 10.0;
    }
}
