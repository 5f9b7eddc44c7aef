package org.iprhotline.hotline.background;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The service's own background loops (the outbox relay, the agency-updates consumer) as health
 * sees them: whether each runs, when it last went round, how much it has still to do, and its
 * last failure. A loop that goes round while failing (the database or Kafka away) is alive; one
 * whose thread ended, or that has not gone round for a while, is not.
 */
@ApplicationScoped
public class BackgroundWork {

    /** One loop's state, written by its own thread only. */
    public static final class Loop {

        private final String name;
        private volatile boolean running;
        private volatile Instant lastRound;
        private volatile long backlog;
        private volatile String lastFailure;
        private volatile Instant lastFailureAt;
        private final AtomicLong failures = new AtomicLong();

        private Loop(String name) {
            this.name = name;
        }

        public void started() {
            running = true;
            lastRound = Instant.now();
        }

        /** A round done; {@code backlog} is what is left (records behind, events pending). */
        public void progressed(long backlog) {
            this.backlog = backlog;
            lastRound = Instant.now();
        }

        /** A round that failed as a whole still counts as a round: the loop is alive. */
        public void failed(Throwable failure) {
            failures.incrementAndGet();
            lastFailure = failure.getClass().getSimpleName() + ": " + failure.getMessage();
            lastFailureAt = Instant.now();
            lastRound = lastFailureAt;
        }

        public void stopped() {
            running = false;
        }

        public String name() {
            return name;
        }

        public boolean running() {
            return running;
        }

        /** How long since the loop last went round, or null if it never started. */
        public Duration sinceLastRound() {
            Instant last = lastRound;
            return last == null ? null : Duration.between(last, Instant.now());
        }

        public long backlog() {
            return backlog;
        }

        public long failures() {
            return failures.get();
        }

        public String lastFailure() {
            return lastFailure;
        }

        public Instant lastFailureAt() {
            return lastFailureAt;
        }
    }

    private final ConcurrentMap<String, Loop> loops = new ConcurrentHashMap<>();
    private final MeterRegistry registry;

    BackgroundWork(MeterRegistry registry) {
        this.registry = registry;
    }

    /** The loop with this name, made on first use, with its meters. */
    public Loop loop(String name) {
        return loops.computeIfAbsent(name, this::register);
    }

    private Loop register(String name) {
        Loop loop = new Loop(name);
        FunctionCounter.builder("ipr.background.failed.rounds", loop, Loop::failures)
                .description("Rounds of a background loop that failed as a whole (the database or Kafka away)")
                .tag("loop", name).register(registry);
        Gauge.builder("ipr.background.since.last.round", loop, each -> {
            Duration since = each.sinceLastRound();
            return since == null ? Double.NaN : since.toMillis() / 1000.0;
        }).description("Seconds since the loop last went round").baseUnit("seconds").tag("loop", name).register(registry);
        Gauge.builder("ipr.background.backlog", loop, Loop::backlog)
                .description("What the loop has left: agency updates behind (lag), events or texts taken in its last round")
                .tag("loop", name).register(registry);
        return loop;
    }

    /** Forgets a loop that will not run again on this instance. */
    void forget(String name) {
        loops.remove(name);
    }

    Collection<Loop> loops() {
        return List.copyOf(loops.values());
    }
}
