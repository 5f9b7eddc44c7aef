package org.iprhotline.hotline.tip;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The event an agency receives when the reporter adds to a tip it holds: a further text message
 * (added to the tip's text), or a reply (kept apart from it; {@code answers} names the questions
 * it answered, empty when it answered none).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TipUpdated(UUID tipId, String trackingNumber, String agency, List<String> agencies, Instant updatedAt,
        String addedText, List<Evidence> addedEvidence, String text, String rightType, List<String> flags,
        String classifiedBy, List<Answered> answers) {

    public static final String TYPE = "ipr.tip.updated";

    /** An agency's question the reply answered. */
    public record Answered(String agency, String question, Instant askedAt) {
    }
}
