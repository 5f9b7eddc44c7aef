package org.iprhotline.hotline.background;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

/**
 * Live and ready only while every background loop runs and goes round. A loop failing against an
 * outside service (the database or Kafka away) is still going round and stays UP; its failures
 * show in the data. A thread that ended or hangs is DOWN, and a restart is what mends it.
 */
@Liveness
@Readiness
@ApplicationScoped
public class BackgroundLoopsCheck implements HealthCheck {

    private final BackgroundWork work;
    private final BackgroundHealthConfig config;

    BackgroundLoopsCheck(BackgroundWork work, BackgroundHealthConfig config) {
        this.work = work;
        this.config = config;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("background-loops").up();
        for (BackgroundWork.Loop loop : work.loops()) {
            Duration since = loop.sinceLastRound();
            if (since == null) {
                continue; // not started on this instance (turned off)
            }
            boolean alive = loop.running() && since.compareTo(config.stalledAfter()) <= 0;
            if (!alive) {
                response.down();
            }
            response.withData(loop.name(), (alive ? "going round" : loop.running() ? "stuck" : "stopped")
                    + ", last round " + since.toMillis() + " ms ago, " + loop.failures() + " failed rounds");
            if (loop.lastFailure() != null) {
                response.withData(loop.name() + ".last-failure", loop.lastFailureAt() + " " + loop.lastFailure());
            }
        }
        return response.build();
    }
}
