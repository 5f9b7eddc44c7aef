package org.iprhotline.hotline.tip;

import java.util.List;

import org.iprhotline.hotline.outbox.StagedEvent;

/**
 * A tip ready to be stored: its row with its history, the events for its agencies, and the
 * idempotency key it claims, if any.
 */
record TipDraft(Tip tip, String accessCode, List<StagedEvent> events, IdempotencyClaim claim) {

    /** The client's Idempotency-Key and the digest of the request that carried it. */
    record IdempotencyClaim(String key, String requestDigest) {
    }
}
