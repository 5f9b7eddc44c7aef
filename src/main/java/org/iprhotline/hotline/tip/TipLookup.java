package org.iprhotline.hotline.tip;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Lets a reporter follow a tip with its tracking number and access code. */
@ApplicationScoped
public class TipLookup {

    /**
     * The tip's progress, if the number exists and the code is its own. A wrong code and an
     * unknown number look the same to the caller, so that numbers cannot be probed.
     */
    @Transactional
    public Optional<TipProgress> forReporter(String trackingNumber, String accessCode) {
        return TrackingNumber.parse(trackingNumber)
                .flatMap(Tip::findByTrackingNumber)
                .filter(tip -> AccessCode.matches(tip.trackingNumber, accessCode, tip.accessCodeDigest))
                .map(TipProgress::of);
    }
}
