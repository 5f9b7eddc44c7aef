package org.iprhotline.hotline.tip;

import java.util.Locale;

/** Where a tip stands; the reporter sees each change in the tip's history. */
public enum TipStatus {
    RECEIVED,
    ROUTED,
    ACCEPTED,
    IN_PROGRESS,
    INFO_REQUESTED,
    TRANSFERRED,
    CLOSED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
