package org.iprhotline.hotline;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** PUBLIC_BASE_URL: the address the public, Twilio and agencies reach us at, before any proxy. */
@ConfigMapping(prefix = "public")
public interface PublicAddress {

    @WithDefault("http://localhost:8080")
    String baseUrl();
}
