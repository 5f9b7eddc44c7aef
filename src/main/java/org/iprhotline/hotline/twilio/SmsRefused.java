package org.iprhotline.hotline.twilio;

/**
 * Twilio refused a message for what it is (an invalid or unreachable number, a blocked recipient:
 * a 4xx other than 429). Sending it again would be refused again, so it is not retried.
 */
class SmsRefused extends RuntimeException {

    SmsRefused(String message, Throwable cause) {
        super(message, cause);
    }
}
