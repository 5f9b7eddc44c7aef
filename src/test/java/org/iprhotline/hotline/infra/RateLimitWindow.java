package org.iprhotline.hotline.infra;

import java.time.Duration;

/**
 * The fixed windows the rate limits count in ({@code limits/RateLimits}: ten minutes by default,
 * aligned on the epoch). A test that counts a client's allowance and happens to run across the end
 * of a window sees two allowances, so it checks that no window ended before it asserts a refusal.
 */
public final class RateLimitWindow {

    private static final long LENGTH = Duration.ofMinutes(10).toMillis();

    private final long opened = current();

    private RateLimitWindow() {
    }

    public static RateLimitWindow open() {
        return new RateLimitWindow();
    }

    /** Whether the window current when this was opened is still the current one. */
    public boolean unbroken() {
        return current() == opened;
    }

    private static long current() {
        return System.currentTimeMillis() / LENGTH;
    }
}
