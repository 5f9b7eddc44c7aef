package org.iprhotline.hotline.significance;

import java.math.BigDecimal;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * What one unit of each foreign currency a tip may name is worth in yuan, for the thresholds that
 * send a tip to the procuratorate and the leading-group office ({@link Amounts}). The defaults are
 * 2025's rates rounded down: a rough rate then leaves a sum a little under a threshold, never lifts
 * it over one. An operator updates them here (IPR_SUMS_YUAN_PER_USD and so on) without a rebuild.
 */
@ConfigMapping(prefix = "ipr.sums")
public interface SumsConfig {

    YuanPer yuanPer();

    interface YuanPer {

        /** United States dollars. */
        @WithDefault("7")
        BigDecimal usd();

        /** Euros. */
        @WithDefault("8")
        BigDecimal eur();

        /** Pounds sterling. */
        @WithDefault("9")
        BigDecimal gbp();

        /** Hong Kong dollars. */
        @WithDefault("0.9")
        BigDecimal hkd();

        /** Macao patacas. */
        @WithDefault("0.8")
        BigDecimal mop();

        /** New Taiwan dollars. */
        @WithDefault("0.2")
        BigDecimal twd();

        /** Japanese yen. */
        @WithDefault("0.04")
        BigDecimal jpy();

        /** South Korean won. */
        @WithDefault("0.005")
        BigDecimal krw();

        /** Singapore dollars. */
        @WithDefault("5")
        BigDecimal sgd();

        /** Swiss francs. */
        @WithDefault("8")
        BigDecimal chf();

        /** Russian roubles. */
        @WithDefault("0.08")
        BigDecimal rub();
    }
}
