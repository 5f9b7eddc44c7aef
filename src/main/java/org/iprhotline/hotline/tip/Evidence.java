package org.iprhotline.hotline.tip;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A piece of evidence kept with a tip: a file uploaded on the web portal, or a reference to a
 * picture sent by MMS or a call recording kept by the provider.
 *
 * @param kind            {@code file}, {@code mms} or {@code recording}
 * @param url             where it can be fetched: for files, our own download address, which only
 *                        agency credentials open; for the others, the provider's
 * @param contentType     for files, the type found in the content itself, not the name's
 * @param sid             the provider's id for it, if any
 * @param durationSeconds for recordings
 * @param id              for files, our id for it
 * @param name            for files, the name it was uploaded with, sanitised
 * @param sizeBytes       for files
 * @param sha256          for files, the SHA-256 digest (hex) of the content taken at upload, so any
 *                        agency can show that what it received is what was filed
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Evidence(String kind, String url, String contentType, String sid, Integer durationSeconds, UUID id,
        String name, Long sizeBytes, String sha256) {

    public static final String FILE = "file";

    public static Evidence mms(String url, String contentType) {
        return new Evidence("mms", url, contentType, null, null, null, null, null, null);
    }

    public static Evidence recording(String url, String sid, Integer durationSeconds) {
        return new Evidence("recording", url, "audio/wav", sid, durationSeconds, null, null, null, null);
    }

    public static Evidence file(UUID id, String name, String contentType, long sizeBytes, String sha256, String url) {
        return new Evidence(FILE, url, contentType, null, null, id, name, sizeBytes, sha256);
    }

    /** Whether the content is ours to keep (an uploaded file) rather than a provider's reference. */
    @JsonIgnore
    public boolean isFile() {
        return FILE.equals(kind);
    }

    /** What identifies the evidence's content: a file's digest, or the provider's address. */
    String fingerprint() {
        return isFile() ? kind + ":" + sha256 : kind + ":" + url;
    }
}
