package org.iprhotline.hotline.significance;

import java.util.Optional;
import java.util.Set;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** When a tip is a significant case for the leading-group office (any one rule is enough). */
@ConfigMapping(prefix = "ipr.significant")
public interface SignificanceConfig {

    String OFFICE_TOPIC = "ipr.tips.office";

    /** The office's topic: significant tips are sent there as {@code ipr.tip.significant}. */
    @WithDefault(OFFICE_TOPIC)
    String topic();

    /** A foreign-invested right holder reports what looks like a crime. */
    @WithDefault("true")
    boolean foreignInvestedCriminal();

    /** A sum of money of at least this many yuan named in the tip (0: rule off). */
    @WithDefault("1000000")
    long amountThreshold();

    /**
     * The tip went to at least this many agencies (0: rule off). A criminal tip already goes to
     * three (the lead agency, public security and the procuratorate), hence four.
     */
    @WithDefault("4")
    int minAgencies();

    /**
     * A case cluster (tips naming the same shop, phone number, company or registration number)
     * reaches this many tips: a chain of infringement reported again and again. The office is told
     * once per cluster, with the tip that brought it there (0: rule off).
     */
    @WithDefault("5")
    int clusterSize();

    /** Campaign codes whose tips are significant (none by default). */
    Optional<Set<String>> campaigns();
}
