package org.iprhotline.hotline.tip;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The event an agency receives when the reporter adds to a tip it holds (a further text message). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TipUpdated(UUID tipId, String trackingNumber, String agency, List<String> agencies, Instant updatedAt,
        String addedText, List<Evidence> addedEvidence, String text, String rightType, List<String> flags) {

    public static final String TYPE = "ipr.tip.updated";
}
