package org.iprhotline.hotline.twilio;

import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;

/**
 * One message through the gateway, with SmallRye Fault Tolerance: a time limit per try, two more
 * tries for failures that may pass (never for {@link SmsRefused}), and a circuit breaker so that
 * an unreachable Twilio costs one quick failure per message instead of a wait. Each is tunable
 * with MicroProfile Fault Tolerance's own settings, e.g.
 * {@code org.iprhotline.hotline.twilio.SmsSending/send/Timeout/value=10000}.
 */
@ApplicationScoped
class SmsSending {

    private final SmsGateway gateway;

    SmsSending(SmsGateway gateway) {
        this.gateway = gateway;
    }

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 500, jitter = 200, abortOn = SmsRefused.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 30, delayUnit = ChronoUnit.SECONDS,
            skipOn = SmsRefused.class)
    String send(String to, String body) {
        return gateway.send(to, body);
    }
}
