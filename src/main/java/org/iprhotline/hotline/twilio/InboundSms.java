package org.iprhotline.hotline.twilio;

import java.util.List;

import org.iprhotline.hotline.tip.Evidence;

/** A text message as Twilio delivered it. {@code from} is personal data: never logged. */
record InboundSms(String messageSid, String from, String body, List<Evidence> media) {

    @Override
    public String toString() {
        return "InboundSms[" + messageSid + ", " + media.size() + " media]";
    }
}
