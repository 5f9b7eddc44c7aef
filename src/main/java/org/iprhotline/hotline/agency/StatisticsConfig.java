package org.iprhotline.hotline.agency;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The monthly figures ({@link MonthlyStatistics}): how many are counted at once, how long one stands. */
@ConfigMapping(prefix = "ipr.statistics")
public interface StatisticsConfig {

    /**
     * Requests counting a month's figures at the same time, across the replicas (1 to 100); another
     * meanwhile is answered 503 with Retry-After.
     */
    @WithDefault("2")
    int atOnce();

    /**
     * How long a replica answers with the figures it counted for a month before it counts them
     * again: a dashboard polling or a coordinator reloading costs the database nothing in between
     * (0: count every time). The answer says when they were counted.
     */
    @WithDefault("60s")
    Duration freshFor();
}
