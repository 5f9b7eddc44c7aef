package org.iprhotline.hotline.tip;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.iprhotline.hotline.significance.SignificantCases;

/**
 * The event the leading-group office receives on its topic when a tip is a significant case
 * (docs/events/tip-significant.schema.json): why, and what the agencies received, without the
 * reporter's contact details (the agencies holding the tip have them).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TipSignificant(
        UUID tipId,
        String trackingNumber,
        List<String> reasons,
        BigDecimal largestAmountYuan,
        String rightType,
        List<String> flags,
        List<String> agencies,
        List<String> campaigns,
        UUID clusterId,
        Integer clusterTips,
        String reportedBy,
        String note,
        boolean foreignInvested,
        String channel,
        Instant receivedAt,
        String language,
        String text) {

    public static final String TYPE = "ipr.tip.significant";

    /** {@code clusterTips}: how many tips its cluster holds, given when that is a reason. */
    static TipSignificant of(Tip tip, SignificantCases.Assessment assessment, int clusterTips) {
        return new TipSignificant(tip.id, tip.trackingNumber.formatted(), assessment.reasons(),
                assessment.largestAmountYuan().orElse(null), tip.rightType.code(), List.copyOf(tip.flags),
                List.copyOf(tip.agencies), List.copyOf(tip.campaigns), tip.clusterId,
                assessment.reasons().contains(SignificantCases.CLUSTER) ? clusterTips : null, null, null,
                tip.foreignInvested, tip.channel.code(), tip.receivedAt, tip.language, tip.text);
    }

    /** The event for a tip an agency's officer reported as significant, with what they wrote. */
    static TipSignificant reported(Tip tip, String agency, String note, Optional<BigDecimal> largestAmountYuan) {
        return new TipSignificant(tip.id, tip.trackingNumber.formatted(), List.of(SignificantCases.REPORTED_BY_AGENCY),
                largestAmountYuan.orElse(null), tip.rightType.code(), List.copyOf(tip.flags), List.copyOf(tip.agencies),
                List.copyOf(tip.campaigns), tip.clusterId, null, agency, note, tip.foreignInvested, tip.channel.code(),
                tip.receivedAt, tip.language, tip.text);
    }
}
