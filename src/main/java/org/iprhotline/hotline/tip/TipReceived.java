package org.iprhotline.hotline.tip;

import java.time.Instant;
import java.util.List;

/**
 * A tip whose reporter gave an e-mail address has been stored: fired in the transaction that
 * stores it, so what an observer writes there (the receipt by e-mail) exists exactly when the tip does.
 */
public record TipReceived(TrackingNumber trackingNumber, String email, String language, List<String> agencies,
        Instant receivedAt) {

    @Override
    public String toString() {
        return "TipReceived[" + trackingNumber + "]";
    }
}
