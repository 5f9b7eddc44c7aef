package org.iprhotline.hotline.twilio;

/** Sends one text message. The provider sits behind this; callers never see its SDK. */
public interface SmsGateway {

    /**
     * Sends {@code body} to {@code to} and returns the provider's id for it.
     *
     * @throws SmsRefused when the provider refused the message for what it is (never worth retrying)
     * @throws RuntimeException when the provider could not be reached or failed (worth retrying)
     */
    String send(String to, String body);
}
