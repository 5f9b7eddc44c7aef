package org.iprhotline.hotline.background;

import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

import io.smallrye.health.api.HealthGroup;


import org.iprhotline.hotline.outbox.OutboxRelay;

/**
 * Whether delivery keeps up, in both directions: the age of the oldest event not yet on Kafka, and
 * the agency updates waiting on their topics. At {@code /q/health/group/delivery}, for alerting,
 * and deliberately not in readiness: when Kafka is slow or away the outbox keeps every tip, and
 * taking the instances out of service would turn a delivery delay into a hotline that takes
 * nothing at all.
 */
@HealthGroup("delivery")
@ApplicationScoped
public class DeliveryCheck implements HealthCheck {

    private final OutboxRelay relay;
    private final BackgroundWork work;
    private final BackgroundHealthConfig config;

    DeliveryCheck(OutboxRelay relay, BackgroundWork work, BackgroundHealthConfig config) {
        this.relay = relay;
        this.work = work;
        this.config = config;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("delivery").up();
        try {
            Optional<Duration> oldest = relay.oldestPendingAge();
            response.withData("outbox.oldest-pending-ms", oldest.map(Duration::toMillis).orElse(0L));
            response.withData("outbox.limit-ms", config.maxOutboxAge().toMillis());
            if (oldest.isPresent() && oldest.get().compareTo(config.maxOutboxAge()) > 0) {
                response.down();
            }
        } catch (RuntimeException e) {
            response.down().withData("outbox", "not readable: " + e.getMessage());
        }
        long lag = work.loop("agency-updates").backlog();
        response.withData("agency-updates.lag", lag).withData("agency-updates.limit", config.maxAgencyLag());
        if (lag > config.maxAgencyLag()) {
            response.down();
        }
        return response.build();
    }
}
