package org.iprhotline.hotline.twilio;

import java.util.UUID;

/** Sends signed webhooks as Twilio does, for tests outside this package. */
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

    /** The reply's text, or an empty string when the reply has no message. */
    public static String replyTo(String from, String body) {
        String reply = TwilioRequests.post("/twilio/sms",
                TwilioRequests.sms("SM" + UUID.randomUUID().toString().replace("-", ""), from, body))
                .statusCode(200).extract().asString();
        var messages = TwilioRequests.xml(reply).getElementsByTagName("Body");
        return messages.getLength() == 0 ? "" : messages.item(0).getTextContent();
    }

    /** A call comes in: the TwiML the service answers with. */
    public static String call(String callSid, String from) {
        return TwilioRequests.post("/twilio/voice", TwilioRequests.call(callSid, from)).statusCode(200)
                .extract().asString();
    }

    /** An incoming text's fields, as Twilio posts them. */
    public static java.util.Map<String, String> smsFields(String from, String body) {
        return TwilioRequests.sms("SM" + UUID.randomUUID().toString().replace("-", ""), from, body);
    }

    /** Twilio's signature of these fields posted to this address, with this account's token. */
    public static String signature(String authToken, String url, java.util.Map<String, String> fields) {
        return TwilioRequests.sign(authToken, url, fields);
    }

    /** Any fields, signed, to any webhook path; the response as it comes. */
    public static io.restassured.response.Response signed(String path, java.util.Map<String, String> fields) {
        return TwilioRequests.post(path, fields).extract().response();
    }
}
