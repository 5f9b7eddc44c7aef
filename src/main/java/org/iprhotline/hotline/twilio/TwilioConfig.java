package org.iprhotline.hotline.twilio;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import org.iprhotline.hotline.notify.DeliverySettings;

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

    /** Sending texts: the outbox's settings (TWILIO_SMS_DELIVERY_ROUNDS, ...), and the merge window. */
    interface Sms extends DeliverySettings {

        /** Further texts from the same number within this time join the same tip. */
        @WithDefault("10m")
        Duration mergeWindow();
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
