package org.iprhotline.hotline.classify;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Cross-cutting circumstances of a tip that bring further agencies in. */
public enum Flag {
    /** Goods crossing the border. */
    IMPORT_EXPORT,
    /** Express parcels, couriers, post. */
    DELIVERY,
    /** Online shops, marketplaces, app stores, live-stream sales. */
    ECOMMERCE,
    /** Scale or conduct that suggests a crime. */
    CRIMINAL;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Flag> fromCode(String code) {
        return Arrays.stream(values()).filter(flag -> flag.code().equals(code)).findFirst();
    }
}
