package org.iprhotline.hotline.tip;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Who takes criminal referrals and who oversees their refusal: agency codes of the routing table. */
@ConfigMapping(prefix = "ipr.referral")
public interface ReferralConfig {

    /** Public security: administrative agencies refer suspected crimes to it. */
    @WithDefault("MPS")
    String police();

    /** The procuratorate: it hears of every referral public security refuses, for oversight. */
    @WithDefault("SPP")
    String procuratorate();
}
