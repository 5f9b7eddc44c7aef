package org.iprhotline.hotline.background;

import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import io.smallrye.health.api.HealthGroup;

import org.iprhotline.hotline.outbox.OutboxRelay;

/**
 * Whether delivery keeps up, in both directions: the age of the oldest event not yet on Kafka, and
 * the agency updates waiting on their topics, each against its limit. {@code /q/health/group/delivery}
 * is DOWN past a limit, for alerting. Readiness carries the same figures but stays UP: when Kafka
 * is slow or away the outbox keeps every tip, and taking the instances out of service would turn
 * a delivery delay into a hotline that takes nothing at all.
 */
public final class DeliveryCheck {

    private DeliveryCheck() {
    }

    /** The check that fails past a limit. */
    @HealthGroup("delivery")
    @ApplicationScoped
    public static class Alerting implements HealthCheck {

        private final Figures figures;

        Alerting(Figures figures) {
            this.figures = figures;
        }

        @Override
        public HealthCheckResponse call() {
            return figures.report("delivery", true);
        }
    }

    /** The same figures in readiness, for whoever reads it; never DOWN for them. */
    @Readiness
    @ApplicationScoped
    public static class Reported implements HealthCheck {

        private final Figures figures;

        Reported(Figures figures) {
            this.figures = figures;
        }

        @Override
        public HealthCheckResponse call() {
            return figures.report("delivery-figures", false);
        }
    }

    /** Reads the figures and compares them with the limits. */
    @ApplicationScoped
    static class Figures {

        private final OutboxRelay relay;
        private final BackgroundWork work;
        private final BackgroundHealthConfig config;

        Figures(OutboxRelay relay, BackgroundWork work, BackgroundHealthConfig config) {
            this.relay = relay;
            this.work = work;
            this.config = config;
        }

        HealthCheckResponse report(String name, boolean downPastLimits) {
            HealthCheckResponseBuilder response = HealthCheckResponse.named(name).up();
            boolean within = true;
            try {
                Optional<Duration> oldest = relay.oldestPendingAge();
                response.withData("outbox.oldest-pending-ms", oldest.map(Duration::toMillis).orElse(0L));
                within = oldest.isEmpty() || oldest.get().compareTo(config.maxOutboxAge()) <= 0;
            } catch (RuntimeException e) {
                response.withData("outbox", "not readable: " + e.getMessage());
                within = false;
            }
            response.withData("outbox.limit-ms", config.maxOutboxAge().toMillis());
            long lag = work.loop("agency-updates").backlog();
            response.withData("agency-updates.lag", lag).withData("agency-updates.limit", config.maxAgencyLag());
            within &= lag <= config.maxAgencyLag();
            response.withData("within-limits", within);
            if (downPastLimits && !within) {
                response.down();
            }
            return response.build();
        }
    }
}
