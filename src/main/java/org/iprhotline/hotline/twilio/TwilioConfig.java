package org.iprhotline.hotline.twilio;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "twilio")
public interface TwilioConfig {

    /** TWILIO_ACCOUNT_SID. */
    String accountSid();

    /** TWILIO_AUTH_TOKEN: signs Twilio's webhooks and authenticates our calls to its API. */
    String authToken();

    /** TWILIO_PHONE_NUMBER: the hotline's own number, the sender of our text messages. */
    String phoneNumber();

    /** Where Twilio's REST API is; only tests point it elsewhere (a local fake). */
    @WithDefault("https://api.twilio.com")
    String apiBaseUrl();

    Sms sms();

    Voice voice();

    interface Sms {

        /** Further texts from the same number within this time join the same tip. */
        @WithDefault("10m")
        Duration mergeWindow();

        /**
         * Rounds in which an outbound text is tried (each round up to three tries, see
         * {@code SmsSending}) before it is given up; the wait between rounds doubles from
         * {@link #firstRetryAfter()} to {@link #lastRetryAfter()}, about six hours in all.
         */
        @WithDefault("12")
        int deliveryRounds();

        @WithDefault("30s")
        Duration firstRetryAfter();

        @WithDefault("1h")
        Duration lastRetryAfter();

        /**
         * How long an instance holds a text it is sending before another may send it: longer than
         * its tries take (three of 10 s). After a crash mid-send the text goes out when this ends.
         */
        @WithDefault("2m")
        Duration lease();

        /** How often the sender looks for texts to send. */
        @WithDefault("500ms")
        Duration pollInterval();
    }

    interface Voice {

        /** Longest description a caller can record; Twilio transcribes recordings of 2 to 120 s. */
        @WithDefault("120")
        int maxRecordingSeconds();

        /** How long a recording waits for its transcription before its tip is made without one. */
        @WithDefault("10m")
        Duration transcriptionWait();
    }

}
