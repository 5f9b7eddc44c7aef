package org.iprhotline.hotline.agency;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "ipr.agency-updates")
public interface AgencyUpdatesConfig {

    /** The topic agencies report back on. */
    @WithDefault("ipr.agency.updates")
    String topic();

    @WithDefault("ipr-hotline")
    String groupId();

    @WithDefault("true")
    boolean enabled();

    /** Wait before reading again after an update could not be applied (the database is away). */
    @WithDefault("2s")
    Duration retryBackoff();
}
