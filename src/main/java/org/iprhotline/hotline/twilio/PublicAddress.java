package org.iprhotline.hotline.twilio;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** PUBLIC_BASE_URL: the address callers' webhooks reach us at, as Twilio sees it, before any proxy. */
@ConfigMapping(prefix = "public")
public interface PublicAddress {

    @WithDefault("http://localhost:8080")
    String baseUrl();
}
