package org.iprhotline.hotline.twilio;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

import org.iprhotline.hotline.background.BackgroundWork;
import org.iprhotline.hotline.notify.MessageQueue;
import org.iprhotline.hotline.secrets.Secrets;

/**
 * Text messages to reporters, through their outbox (table {@code outgoing_sms}, see
 * {@link MessageQueue}). Twilio's refusals ({@link SmsRefused}) and opted-out numbers end a message
 * at once; other failures are tried again in later rounds.
 */
@ApplicationScoped
public class OutgoingSms {

    private final MessageQueue queue;

    OutgoingSms(AgroalDataSource dataSource, Secrets secrets, SmsSending sending, SmsOptOuts optOuts,
            TwilioConfig twilio, BackgroundWork background, MeterRegistry registry) {
        this.queue = new MessageQueue(dataSource, secrets, background, registry,
                new MessageQueue.Settings("outgoing_sms", "text message", "ipr.sms.outgoing",
                        "Texts to reporters, by what became of each try round", twilio.sms()),
                (phone, body) -> {
                    if (optOuts.hasOptedOut(phone)) {
                        return new MessageQueue.Refused("the number opted out", "opted_out");
                    }
                    try {
                        return new MessageQueue.Sent(sending.send(phone, body));
                    } catch (SmsRefused e) {
                        return new MessageQueue.Refused(e.getMessage(), "refused");
                    }
                });
    }

    /**
     * Writes the message in the caller's transaction (or one of its own); it is sent once that
     * commits. Returns the message's id.
     */
    @Transactional
    public UUID queue(String phone, String body) {
        return queue.queue(phone, body);
    }

    void start(@Observes StartupEvent startup) {
        queue.start();
    }

    void stop(@Observes ShutdownEvent shutdown) {
        queue.stop();
    }
}
