package org.iprhotline.hotline;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** PUBLIC_BASE_URL: the address the public, Twilio and agencies reach us at, before any proxy. */
@ConfigMapping(prefix = "public")
public interface PublicAddress {

    @WithDefault("http://localhost:8080")
    String baseUrl();

    /** The base URL without a trailing slash, ready to have a path appended. */
    default String root() {
        String url = baseUrl();
        int end = url.length();
        while (end > 0 && url.charAt(end - 1) == '/') {
            end--;
        }
        return url.substring(0, end);
    }
}
