package org.iprhotline.hotline.mail;

import io.smallrye.config.ConfigMapping;

import org.iprhotline.hotline.notify.DeliverySettings;

/**
 * E-mail to reporters who gave an address. The SMTP server itself is Quarkus Mailer's
 * configuration ({@code QUARKUS_MAILER_HOST}, {@code _PORT}, {@code _FROM}, {@code _USERNAME},
 * {@code _PASSWORD}, {@code _START_TLS}); these are the outbox's settings (IPR_MAIL_DELIVERY_ROUNDS, ...).
 */
@ConfigMapping(prefix = "ipr.mail")
public interface MailConfig extends DeliverySettings {
}
