package org.iprhotline.hotline.web;

import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Counts reports and case look-ups per source address in fixed windows. The counts live in this
 * instance's memory: with several instances, each allows its share.
 */
@ApplicationScoped
public class SubmissionLimiter {

    enum Action {
        REPORT, LOOKUP
    }

    private record Key(Action action, String source) {
    }

    private final PortalConfig.RateLimit config;
    private final Cache<Key, AtomicInteger> windows;

    SubmissionLimiter(PortalConfig config) {
        this.config = config.rateLimit();
        // A window starts with a source's first request and ends when its entry expires.
        this.windows = Caffeine.newBuilder().expireAfterWrite(this.config.window()).maximumSize(1_000_000).build();
    }

    /** Counts the attempt; false when the source has used up its allowance for this window. */
    boolean allow(Action action, String source) {
        int allowed = action == Action.REPORT ? config.reports() : config.lookups();
        AtomicInteger count = windows.get(new Key(action, source), key -> new AtomicInteger());
        return count.incrementAndGet() <= allowed;
    }
}
