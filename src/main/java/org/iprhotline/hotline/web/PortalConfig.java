package org.iprhotline.hotline.web;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The public web portal. */
@ConfigMapping(prefix = "ipr.portal")
public interface PortalConfig {

    /** The hotline number shown on every page. */
    @WithDefault("12330")
    String hotlineNumber();

    /** Whether the portal's cookies are sent over HTTPS only; true behind TLS in production. */
    @WithDefault("false")
    boolean secureCookies();

    RateLimit rateLimit();

    /** Per source address, so that one sender cannot flood the agencies or guess access codes. */
    interface RateLimit {

        /** Reports one source may send per window. */
        @WithDefault("10")
        int reports();

        /** Case look-ups one source may make per window. */
        @WithDefault("30")
        int lookups();

        @WithDefault("10m")
        Duration window();
    }
}
