package org.iprhotline.hotline.significance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Which tips the leading-group office must hear of at once (the programme asks for significant
 * cases to be reported promptly), by the rules in {@link SignificanceConfig}. The reasons are
 * named so the office sees why a tip reached it.
 */
@ApplicationScoped
public class SignificantCases {

    public static final String FOREIGN_INVESTED_CRIMINAL = "foreign_invested_criminal";
    public static final String AMOUNT = "amount_over_threshold";
    public static final String AGENCIES = "many_agencies";
    public static final String CAMPAIGN = "campaign";
    public static final String CLUSTER = "cluster";
    /** Not a rule: an agency's officer judged the tip significant (tip/SignificantReports). */
    public static final String REPORTED_BY_AGENCY = "reported_by_agency";

    /** Why a tip is significant, and the largest sum it names (if any). */
    public record Assessment(List<String> reasons, Optional<BigDecimal> largestAmountYuan) {

        public boolean significant() {
            return !reasons.isEmpty();
        }

        public Assessment without(String reason) {
            return new Assessment(reasons.stream().filter(other -> !other.equals(reason)).toList(), largestAmountYuan);
        }
    }

    private final SignificanceConfig config;
    private final Amounts amounts;

    SignificantCases(SignificanceConfig config, Amounts amounts) {
        this.config = config;
        this.amounts = amounts;
    }

    /**
     * The rules a tip meets. {@code clusterTips} counts the tips of its case cluster, itself
     * included; whether the office was already told of that cluster is the caller's to know.
     */
    public Assessment assess(boolean foreignInvested, Collection<String> flags, int agencies, Collection<String> campaigns,
            int clusterTips, String text) {
        List<String> reasons = new ArrayList<>();
        if (config.foreignInvestedCriminal() && foreignInvested && flags.contains("criminal")) {
            reasons.add(FOREIGN_INVESTED_CRIMINAL);
        }
        Optional<BigDecimal> amount = amounts.largestYuan(text);
        if (config.amountThreshold() > 0 && amount.filter(yuan -> yuan.compareTo(BigDecimal.valueOf(config.amountThreshold())) >= 0)
                .isPresent()) {
            reasons.add(AMOUNT);
        }
        if (config.minAgencies() > 0 && agencies >= config.minAgencies()) {
            reasons.add(AGENCIES);
        }
        if (config.campaigns().filter(significant -> campaigns.stream().anyMatch(significant::contains)).isPresent()) {
            reasons.add(CAMPAIGN);
        }
        if (config.clusterSize() > 0 && clusterTips >= config.clusterSize()) {
            reasons.add(CLUSTER);
        }
        return new Assessment(List.copyOf(reasons), amount);
    }

    public String topic() {
        return config.topic();
    }

    /** The number of tips that makes a case cluster significant; 0 when that rule is off. */
    public int clusterSize() {
        return config.clusterSize();
    }
}
