package org.iprhotline.hotline.background;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** When health calls the background work stuck or behind. */
@ConfigMapping(prefix = "ipr.health")
public interface BackgroundHealthConfig {

    /**
     * A loop that has not gone round for this long is stuck (a round, failed or not, takes at most
     * the relay's send timeout plus a database wait).
     */
    @WithDefault("2m")
    Duration stalledAfter();

    /** The oldest event not yet on Kafka may have waited this long before delivery is behind. */
    @WithDefault("1m")
    Duration maxOutboxAge();

    /** Agency updates waiting on their topics, over all partitions this instance reads. */
    @WithDefault("1000")
    long maxAgencyLag();
}
