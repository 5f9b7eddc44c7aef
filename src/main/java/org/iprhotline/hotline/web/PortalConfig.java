package org.iprhotline.hotline.web;

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
}
