package org.iprhotline.hotline.limits;

/** The public entries that are limited, each with its own allowance (see application.properties). */
public enum RateLimit {
    /** POST /api/v1/tips, per address. */
    API_TIPS("api-tips"),
    /** The portal's report form, per address. */
    PORTAL_REPORTS("portal-reports"),
    /** POST /api/v1/classify, per address. */
    CLASSIFY("classify"),
    /** Status look-ups, API and portal together, per address. */
    LOOKUPS("lookups"),
    /** Reporters' replies to their tips, API and portal together, per address. */
    REPLIES("replies"),
    /** Text messages, per sender's number. */
    SMS("sms"),
    /** Phone calls, per caller's number. */
    CALLS("calls");

    private final String key;

    RateLimit(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
