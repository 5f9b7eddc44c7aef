package org.iprhotline.hotline.secrets;

import io.smallrye.config.ConfigMapping;

/** IPR_SECRETS_KEY: the service's own secret, from which its keys for digests and sealing are derived. */
@ConfigMapping(prefix = "ipr.secrets")
public interface SecretsConfig {

    /**
     * At least 32 random bytes, base64 ({@code openssl rand -base64 32}). Changing it makes every
     * stored access code unreadable and every access-code digest unmatched: it is set once.
     */
    String key();
}
