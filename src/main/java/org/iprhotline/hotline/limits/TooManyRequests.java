package org.iprhotline.hotline.limits;

import java.time.Duration;

/** A client used up its allowance; it may try again after {@code retryAfter}. */
public class TooManyRequests extends RuntimeException {

    private final Duration retryAfter;

    public TooManyRequests(String message, Duration retryAfter) {
        super(message, null, false, false);
        this.retryAfter = retryAfter;
    }

    /** Whole seconds, at least one, as Retry-After wants them. */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }

    public static void check(RateLimits.Decision decision, String what) {
        if (!decision.allowed()) {
            throw new TooManyRequests(what, decision.retryAfter());
        }
    }
}
