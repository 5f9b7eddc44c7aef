package org.iprhotline.hotline.tip;

import java.util.List;
import java.util.UUID;

import org.iprhotline.hotline.classify.Classification;

/**
 * What the reporter is given when a tip is accepted.
 *
 * @param replayed true when an earlier request with the same idempotency key made this tip
 */
public record Receipt(UUID tipId, TrackingNumber trackingNumber, String accessCode, TipStatus status,
        Classification classification, List<String> agencies, boolean replayed) {

    @Override
    public String toString() {
        return "Receipt[" + trackingNumber + ", " + status + ", " + agencies + "]";
    }
}
