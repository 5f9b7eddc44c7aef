package org.iprhotline.hotline.classify;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The kind of intellectual-property right a tip is about; {@link #NONE} is not an IP matter or too vague. */
public enum RightType {
    PATENT,
    TRADEMARK,
    COPYRIGHT,
    TRADE_SECRET,
    PLANT_VARIETY,
    NONE;

    /** The wire name used in JSON, configuration and events: {@code trade_secret}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<RightType> fromCode(String code) {
        return Arrays.stream(values()).filter(type -> type.code().equals(code)).findFirst();
    }
}
