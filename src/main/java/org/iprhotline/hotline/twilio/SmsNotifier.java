package org.iprhotline.hotline.twilio;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

/**
 * Sends text messages to reporters, off the request's thread, with retries and a timeout, and
 * never to a number that opted out. A message that cannot be sent is logged; the tip it is
 * about is already stored and never depends on it.
 */
@ApplicationScoped
public class SmsNotifier {

    private static final Logger LOG = Logger.getLogger(SmsNotifier.class);

    private final SmsGateway gateway;
    private final SmsOptOuts optOuts;
    private final ManagedExecutor executor;
    private final TwilioConfig.Sms config;

    SmsNotifier(SmsGateway gateway, SmsOptOuts optOuts, ManagedExecutor executor, TwilioConfig config) {
        this.gateway = gateway;
        this.optOuts = optOuts;
        this.executor = executor;
        this.config = config.sms();
    }

    /** Sends in the background; the returned future says whether the message went out. */
    public CompletableFuture<Boolean> notify(String phone, String body) {
        return CompletableFuture.supplyAsync(() -> sendWithRetries(phone, body), executor)
                .orTimeout(config.sendTimeout().toMillis() * config.sendAttempts(), TimeUnit.MILLISECONDS)
                .exceptionally(failure -> {
                    LOG.warnf("text message not sent: %s", failure.getMessage());
                    return false;
                });
    }

    private boolean sendWithRetries(String phone, String body) {
        if (optOuts.hasOptedOut(phone)) {
            LOG.debug("text message not sent: the number opted out");
            return false;
        }
        RuntimeException last = null;
        for (int attempt = 1; attempt <= config.sendAttempts(); attempt++) {
            try {
                gateway.send(phone, body);
                return true;
            } catch (RuntimeException e) {
                last = e;
                sleep(Duration.ofMillis(200L << attempt));
            }
        }
        LOG.warnf("text message not sent after %d attempts: %s", config.sendAttempts(), last.getMessage());
        return false;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
