package org.iprhotline.hotline.background;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import org.jboss.logging.Logger;

/**
 * A figure that takes a database query to know (pending events, overdue tips), for a gauge: the
 * scrape gets the last value at once and, when it is older than {@code maxAge}, starts one refresh
 * on the given executor. No scrape waits on the database, and a scrape every second costs at most
 * one query per {@code maxAge}.
 */
public final class CachedFigure<T> {

    private static final Logger LOG = Logger.getLogger(CachedFigure.class);

    private final Supplier<T> query;
    private final Executor executor;
    private final long maxAgeNanos;
    private final AtomicBoolean refreshing = new AtomicBoolean();
    private volatile T value;
    private volatile long readAt;

    public CachedFigure(Supplier<T> query, T initial, Duration maxAge, Executor executor) {
        this.query = query;
        this.value = initial;
        this.executor = executor;
        this.maxAgeNanos = maxAge.toNanos();
        this.readAt = System.nanoTime() - maxAgeNanos - 1;
    }

    public T get() {
        if (System.nanoTime() - readAt > maxAgeNanos && refreshing.compareAndSet(false, true)) {
            executor.execute(() -> {
                try {
                    value = query.get();
                    readAt = System.nanoTime();
                } catch (RuntimeException e) {
                    LOG.debugf("figure not refreshed: %s", e.getMessage());
                } finally {
                    refreshing.set(false);
                }
            });
        }
        return value;
    }
}
