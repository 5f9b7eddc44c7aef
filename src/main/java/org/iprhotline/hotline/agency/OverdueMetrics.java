package org.iprhotline.hotline.agency;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.context.ManagedExecutor;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;

import org.iprhotline.hotline.background.CachedFigure;
import org.iprhotline.hotline.routing.Agency;
import org.iprhotline.hotline.routing.Router;

/**
 * Open tips flagged overdue, per agency that missed a deadline on them (a tip late only for public
 * security's answer to a referral counts for public security alone), as a gauge read at most every 30 s.
 */
@ApplicationScoped
class OverdueMetrics {

    private static final String COUNT = """
            select agency, count(*) from tip, unnest(overdue_agencies) as agency
             where status <> 'CLOSED' and overdue_since is not null group by agency""";

    private final AgroalDataSource dataSource;
    private final CachedFigure<Map<String, Long>> overdue;

    OverdueMetrics(AgroalDataSource dataSource, ManagedExecutor executor) {
        this.dataSource = dataSource;
        this.overdue = new CachedFigure<>(this::count, Map.of(), Duration.ofSeconds(30), executor);
    }

    void register(@Observes StartupEvent startup, MeterRegistry registry, Router router) {
        // The triage desk may be among the destinations already; one gauge per agency either way.
        var agencies = new LinkedHashSet<Agency>(router.table().destinations());
        agencies.add(router.table().triage());
        for (Agency agency : agencies) {
            Gauge.builder("ipr.tips.overdue", overdue, figure -> figure.get().getOrDefault(agency.code(), 0L))
                    .description("Open tips on which the agency missed a deadline").tag("agency", agency.code())
                    .register(registry);
        }
    }

    private Map<String, Long> count() {
        Map<String, Long> counts = new HashMap<>();
        try (var connection = dataSource.getConnection(); var select = connection.prepareStatement(COUNT);
                var rows = select.executeQuery()) {
            while (rows.next()) {
                counts.put(rows.getString(1), rows.getLong(2));
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("overdue tips could not be counted", e);
        }
        return counts;
    }
}
