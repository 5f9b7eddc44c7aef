package org.iprhotline.hotline.tip;

/**
 * A piece of evidence kept with a tip by reference: a picture sent by MMS, a call recording.
 *
 * @param kind            {@code mms} or {@code recording}
 * @param url             where the provider keeps it
 * @param sid             the provider's id for it, if any
 * @param durationSeconds for recordings
 */
public record Evidence(String kind, String url, String contentType, String sid, Integer durationSeconds) {

    public static Evidence mms(String url, String contentType) {
        return new Evidence("mms", url, contentType, null, null);
    }

    public static Evidence recording(String url, String sid, Integer durationSeconds) {
        return new Evidence("recording", url, "audio/wav", sid, durationSeconds);
    }
}
