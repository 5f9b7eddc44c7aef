package org.iprhotline.hotline.twilio;

import java.util.UUID;

/** Sends one signed text message to the webhook, for tests outside this package. */
public final class SignedSms {

    private SignedSms() {
    }

    /** Returns the reply's text. */
    public static String send(String from, String body) {
        String reply = TwilioRequests.post("/twilio/sms",
                TwilioRequests.sms("SM" + UUID.randomUUID().toString().replace("-", ""), from, body))
                .statusCode(200).extract().asString();
        return TwilioRequests.xml(reply).getElementsByTagName("Body").item(0).getTextContent();
    }
}
