package org.iprhotline.hotline.tip;

import java.util.Locale;

/**
 * Where a tip stands; the reporter sees each change in the tip's history. The last three are steps
 * of a criminal referral: they appear in the history and leave the tip's own status as it was, since
 * the referring agency keeps its case.
 */
public enum TipStatus {
    RECEIVED,
    ROUTED,
    ACCEPTED,
    IN_PROGRESS,
    INFO_REQUESTED,
    TRANSFERRED,
    CLOSED,
    REFERRED,
    REFERRAL_ACCEPTED,
    REFERRAL_REFUSED;

    /** A step of a criminal referral rather than a status of the tip. */
    public boolean referralStep() {
        return this == REFERRED || this == REFERRAL_ACCEPTED || this == REFERRAL_REFUSED;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
