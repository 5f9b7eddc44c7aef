package org.iprhotline.hotline.retention;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How long working records about reporters are kept once they have served. */
@ConfigMapping(prefix = "ipr.retention")
public interface RetentionConfig {

    /**
     * Handled SMS (MessageSid, the reply sent), and texts and e-mails sent to reporters. The
     * former answer Twilio's redeliveries, which come within hours.
     */
    @WithDefault("30d")
    Duration smsMessages();

    /**
     * Phone calls through the menu. They hold the caller's number, the transcription and the
     * access code read out, and are needed only until the call's tip is made.
     */
    @WithDefault("2d")
    Duration callSessions();

    /**
     * Agencies' status updates, applied or refused, with the reason: the record of who changed
     * what. Kafka keeps the update topics 30 days, so older duplicates cannot arrive.
     */
    @WithDefault("400d")
    Duration agencyUpdates();
}
