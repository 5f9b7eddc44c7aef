package org.iprhotline.hotline.tip;

import java.util.List;

import org.iprhotline.hotline.routing.Agency;

/**
 * A tip ready to be stored: its row with its history, the agencies it goes to, and the
 * idempotency key it claims, if any. Its case cluster, and with it the agencies' events, are
 * settled by the journal in the transaction that stores it.
 */
record TipDraft(Tip tip, String accessCode, List<Agency> destinations, IdempotencyClaim claim,
        String sealedAccessCode, String traceparent) {

    /**
     * The client's Idempotency-Key and the digest of the request that carried it; the access code
     * is kept with them, sealed, to answer a retry.
     */
    record IdempotencyClaim(String key, String requestDigest) {
    }
}
