package org.iprhotline.hotline.twilio;

import static io.restassured.RestAssured.given;

import java.io.ByteArrayInputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;

import com.twilio.security.RequestValidator;

import io.restassured.response.ValidatableResponse;

/** Sends webhooks exactly as Twilio does: form fields, signed with the SDK's own validator. */
final class TwilioRequests {

    static final String AUTH_TOKEN = "test-auth-token";
    static final String PUBLIC_BASE_URL = "https://hotline.example.org";

    private TwilioRequests() {
    }

    static ValidatableResponse post(String path, Map<String, String> fields) {
        return given().contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .header("X-Twilio-Signature", sign(PUBLIC_BASE_URL + path, fields))
                .formParams(fields)
                .when().post(path)
                .then();
    }

    /** The signature Twilio computes, by the SDK's RequestValidator (its signing method is private). */
    static String sign(String url, Map<String, String> fields) {
        return sign(AUTH_TOKEN, url, fields);
    }

    static String sign(String authToken, String url, Map<String, String> fields) {
        try {
            Method signing = RequestValidator.class.getDeclaredMethod("getValidationSignature", String.class, Map.class);
            signing.setAccessible(true);
            return (String) signing.invoke(new RequestValidator(authToken), url, fields);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, String> sms(String messageSid, String from, String body) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("ToCountry", "CN");
        fields.put("SmsMessageSid", messageSid);
        fields.put("NumMedia", "0");
        fields.put("SmsSid", messageSid);
        fields.put("SmsStatus", "received");
        fields.put("Body", body);
        fields.put("To", "+8612330000000");
        fields.put("NumSegments", "1");
        fields.put("MessageSid", messageSid);
        fields.put("AccountSid", "AC00000000000000000000000000000000");
        fields.put("From", from);
        fields.put("ApiVersion", "2010-04-01");
        return fields;
    }

    static Map<String, String> call(String callSid, String from) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("AccountSid", "AC00000000000000000000000000000000");
        fields.put("ApiVersion", "2010-04-01");
        fields.put("CallSid", callSid);
        fields.put("CallStatus", "ringing");
        fields.put("Called", "+8612330000000");
        fields.put("Caller", from);
        fields.put("Direction", "inbound");
        fields.put("From", from);
        fields.put("To", "+8612330000000");
        return fields;
    }

    static Document xml(String body) {
        try {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException("not XML: " + body, e);
        }
    }
}
