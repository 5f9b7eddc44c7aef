package org.iprhotline.hotline.tip;

import java.util.Locale;

/** How a tip reached the hotline. */
public enum Channel {
    WEB,
    API,
    SMS,
    VOICE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
