package org.iprhotline.hotline.twilio;

/** Sends one text message. The provider sits behind this; callers never see its SDK. */
public interface SmsGateway {

    /** Sends {@code body} to {@code to}; throws if the provider refused or did not answer. */
    void send(String to, String body);
}
