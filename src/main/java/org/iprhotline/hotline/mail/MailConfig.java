package org.iprhotline.hotline.mail;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * E-mail to reporters who gave an address. The SMTP server itself is Quarkus Mailer's
 * configuration ({@code QUARKUS_MAILER_HOST}, {@code _PORT}, {@code _FROM}, {@code _USERNAME},
 * {@code _PASSWORD}, {@code _TLS}); these settings are the outbox's, as for text messages.
 */
@ConfigMapping(prefix = "ipr.mail")
public interface MailConfig {

    /** Rounds in which an e-mail is tried before it is given up; the wait doubles between them. */
    @WithDefault("12")
    int deliveryRounds();

    @WithDefault("30s")
    Duration firstRetryAfter();

    @WithDefault("1h")
    Duration lastRetryAfter();

    /** How long an instance holds an e-mail it is sending before another may: longer than one try. */
    @WithDefault("2m")
    Duration lease();

    /** How often the sender looks for e-mails to send. */
    @WithDefault("1s")
    Duration pollInterval();
}
