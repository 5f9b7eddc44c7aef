package org.iprhotline.hotline.tip;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Public security's answer to a criminal referral: sent to the referring agency
 * ({@code ipr.tip.referral.answered}) and, when it is a refusal, to the procuratorate for oversight
 * ({@code ipr.tip.referral.refused}, with the tip and its history, which the procuratorate may not
 * hold yet).
 *
 * @param answer accepted or refused
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReferralAnswered(UUID tipId, String trackingNumber, String referringAgency, String policeAgency,
        Instant referredAt, String referralNote, String answer, String reason, Instant answeredAt, TipRouted tip,
        List<TipProgress.Step> history) {

    public static final String TYPE = "ipr.tip.referral.answered";
    public static final String REFUSED_TYPE = "ipr.tip.referral.refused";
}
