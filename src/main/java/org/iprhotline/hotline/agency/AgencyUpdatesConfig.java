package org.iprhotline.hotline.agency;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "ipr.agency-updates")
public interface AgencyUpdatesConfig {

    /**
     * Each agency reports back on its own topic: this prefix and its code in lower case
     * ({@code ipr.agency.updates.samr}). Kafka's ACLs let only that agency write there, so the
     * topic says who is speaking.
     */
    @WithDefault("ipr.agency.updates.")
    String topicPrefix();

    @WithDefault("ipr-hotline")
    String groupId();

    @WithDefault("true")
    boolean enabled();

    /** How often the consumer looks for new update topics (a provincial bureau's, once created). */
    @WithDefault("30s")
    Duration topicRefresh();

    /** Wait before reading again after an update could not be applied (the database is away). */
    @WithDefault("2s")
    Duration retryBackoff();
}
