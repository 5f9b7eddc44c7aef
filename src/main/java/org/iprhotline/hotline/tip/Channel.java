package org.iprhotline.hotline.tip;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How a tip reached the hotline. */
public enum Channel {
    WEB,
    API,
    SMS,
    VOICE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Channel> fromCode(String code) {
        return Arrays.stream(values()).filter(channel -> channel.code().equals(code)).findFirst();
    }
}
