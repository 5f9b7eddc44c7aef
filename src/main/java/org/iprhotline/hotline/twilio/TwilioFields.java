package org.iprhotline.hotline.twilio;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.core.MultivaluedMap;

import org.iprhotline.hotline.tip.UserText;

/**
 * Reads a field of a webhook after its signature is checked. Twilio passes on what the caller's
 * phone sent, so a text may still hold control characters; they are removed here rather than
 * refused, since a texter cannot be asked to send again. Longer than any SMS or transcription
 * Twilio sends, a value is cut.
 */
final class TwilioFields {

    static final int MAX_LENGTH = 20_000;

    private TwilioFields() {
    }

    static String of(MultivaluedMap<String, String> form, String name) {
        String value = UserText.clean(form.getFirst(name));
        return value == null || value.length() <= MAX_LENGTH ? value : value.substring(0, MAX_LENGTH);
    }

    /** A Twilio SID (MessageSid, CallSid): letters and digits, 64 at most; else 400. */
    static String sid(MultivaluedMap<String, String> form, String name) {
        String value = form.getFirst(name);
        if (value == null || value.isEmpty() || value.length() > 64
                || !value.chars().allMatch(c -> c < 128 && Character.isLetterOrDigit(c))) {
            throw new BadRequestException("A " + name + " of up to 64 letters and digits is required.");
        }
        return value;
    }

    static String optionalSid(MultivaluedMap<String, String> form, String name) {
        return form.getFirst(name) == null ? null : sid(form, name);
    }

    /** The caller's or sender's address (a number, a short code, client:name): printable ASCII, 32 at most. */
    static String address(MultivaluedMap<String, String> form, String name) {
        String value = form.getFirst(name);
        if (value == null) {
            return null;
        }
        if (value.isEmpty() || value.length() > 32 || !value.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new BadRequestException(name + " is not a phone number or Twilio address.");
        }
        return value;
    }
}
