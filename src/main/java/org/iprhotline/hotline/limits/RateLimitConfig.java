package org.iprhotline.hotline.limits;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How many requests each client may make per window, per public entry. Clients are addresses
 * (from the trusted-proxy settings, {@code quarkus.http.proxy.*}) or, for SMS and calls, the
 * sender's number. Each is set as IPR_RATE_LIMITS_&lt;NAME&gt;_REQUESTS and ..._WINDOW; the defaults
 * are in application.properties.
 */
@ConfigMapping(prefix = "ipr.rate-limits")
public interface RateLimitConfig {

    /** Off only for measuring the service without them. */
    @WithDefault("true")
    boolean enabled();

    /** How often each instance adds its counts to the shared ones and reads back the totals. */
    @WithDefault("200ms")
    Duration syncInterval();

    /** Clients counted at once in one instance's memory before idle ones are forgotten. */
    @WithDefault("100000")
    int maxClients();

    Limit apiTips();

    Limit portalReports();

    Limit classify();

    Limit lookups();

    Limit replies();

    Limit sms();

    Limit calls();

    default Limit of(RateLimit limit) {
        return switch (limit) {
            case API_TIPS -> apiTips();
            case PORTAL_REPORTS -> portalReports();
            case CLASSIFY -> classify();
            case LOOKUPS -> lookups();
            case REPLIES -> replies();
            case SMS -> sms();
            case CALLS -> calls();
        };
    }

    interface Limit {
        int requests();

        @WithDefault("10m")
        Duration window();
    }
}
