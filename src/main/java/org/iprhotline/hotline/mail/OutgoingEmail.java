package org.iprhotline.hotline.mail;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.ext.mail.SMTPException;

import org.iprhotline.hotline.background.BackgroundWork;
import org.iprhotline.hotline.notify.MessageQueue;
import org.iprhotline.hotline.secrets.Secrets;

/**
 * E-mail to reporters, through its outbox (table {@code outgoing_email}, see {@link MessageQueue}),
 * sent by Quarkus Mailer from the sender's own thread, never a request's. The stored body is the
 * subject, a newline, then the text: one sealed value, as a text message's body is.
 */
@ApplicationScoped
public class OutgoingEmail {

    private final MessageQueue queue;

    OutgoingEmail(AgroalDataSource dataSource, Secrets secrets, Mailer mailer, MailConfig config,
            BackgroundWork background, MeterRegistry registry) {
        this.queue = new MessageQueue(dataSource, secrets, background, registry,
                new MessageQueue.Settings("outgoing_email", "e-mail", "ipr.email.outgoing",
                        "E-mails to reporters, by what became of each try round", config),
                (address, stored) -> {
                    int newline = stored.indexOf('\n');
                    String messageId = "<" + UUID.randomUUID() + "@ipr-hotline>";
                    try {
                        mailer.send(Mail.withText(address, stored.substring(0, newline),
                                stored.substring(newline + 1)).addHeader("Message-ID", messageId));
                    } catch (RuntimeException e) {
                        // An address that cannot be written to, or a 5xx answer (no such mailbox,
                        // address refused), will not change: no more rounds.
                        return permanent(e).orElseThrow(() -> e);
                    }
                    return new MessageQueue.Sent(messageId);
                });
    }

    /**
     * A failure no later round can mend, if this was one: the mailer found the address invalid, or
     * the mail server refused the message for good (a 5xx answer).
     */
    static Optional<MessageQueue.Delivery> permanent(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SMTPException smtp && smtp.isPermanent()) {
                return Optional.of(new MessageQueue.Refused("the mail server refused it: " + smtp.getReplyCode() + " "
                        + smtp.getReplyMessage(), "refused"));
            }
            if (cause instanceof IllegalArgumentException && String.valueOf(cause.getMessage()).contains("address")) {
                return Optional.of(new MessageQueue.Refused("the address is not valid: " + cause.getMessage(),
                        "refused"));
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return Optional.empty();
    }

    /** Writes the e-mail in the caller's transaction (or one of its own); it is sent once that commits. */
    @Transactional
    public UUID queue(String address, String subject, String text) {
        if (subject.indexOf('\n') >= 0 || subject.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("a subject is one line");
        }
        return queue.queue(address, subject + "\n" + text);
    }

    void start(@Observes StartupEvent startup) {
        queue.start();
    }

    void stop(@Observes ShutdownEvent shutdown) {
        queue.stop();
    }
}
