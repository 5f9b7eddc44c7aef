package org.iprhotline.hotline.notify;

import java.time.Duration;

import io.smallrye.config.WithDefault;

/**
 * How a channel's outbox ({@link MessageQueue}) tries its messages, set per channel
 * (TWILIO_SMS_..., IPR_MAIL_...): rounds of tries, the wait between them doubling from the first
 * to the last, about six hours in all with the defaults.
 */
public interface DeliverySettings {

    /** Rounds in which a message is tried before it is given up. */
    @WithDefault("12")
    int deliveryRounds();

    @WithDefault("30s")
    Duration firstRetryAfter();

    @WithDefault("1h")
    Duration lastRetryAfter();

    /**
     * How long an instance holds a message it is sending before another may send it: longer than
     * its tries take. After a crash mid-send the message goes out when this ends.
     */
    @WithDefault("2m")
    Duration lease();

    /** How often the sender looks for messages to send. */
    @WithDefault("500ms")
    Duration pollInterval();
}
