package org.iprhotline.hotline.mail;

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
                    mailer.send(Mail.withText(address, stored.substring(0, newline), stored.substring(newline + 1))
                            .addHeader("Message-ID", messageId));
                    return new MessageQueue.Sent(messageId);
                });
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
