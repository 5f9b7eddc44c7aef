package org.iprhotline.hotline.tip;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How many wrong access codes a tracking number takes before it is locked, and for how long. */
@ConfigMapping(prefix = "ipr.access")
public interface AccessConfig {

    /** Wrong codes allowed per tracking number within {@link #window()}, over every channel. */
    @WithDefault("5")
    int maxFailures();

    @WithDefault("15m")
    Duration window();

    /** How long the number then refuses every code, the right one included. */
    @WithDefault("15m")
    Duration lock();
}
