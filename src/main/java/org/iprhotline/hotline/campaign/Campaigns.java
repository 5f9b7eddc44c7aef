package org.iprhotline.hotline.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.Startup;

import org.iprhotline.hotline.background.StartOrder;
import org.iprhotline.hotline.classify.Flag;
import org.iprhotline.hotline.classify.RightType;

/**
 * The configured campaigns, checked when the service starts (a campaign that cannot be right stops
 * it, naming the setting), and which of them a tip falls in by their rules.
 */
@Startup(StartOrder.CHECKS)
@ApplicationScoped
public class Campaigns {

    private static final int MAX_CODE = 64;

    /** A campaign as configured: code, names, window and scope. */
    public record Campaign(String code, String nameZh, String nameEn, LocalDate from, LocalDate to,
            List<String> rightTypes, List<String> flags, Boolean foreignInvested) {

        boolean runsOn(LocalDate day) {
            return !day.isBefore(from) && !day.isAfter(to);
        }

        boolean covers(String rightType, Collection<String> tipFlags, boolean tipForeignInvested) {
            return (rightTypes.isEmpty() || rightTypes.contains(rightType))
                    && (flags.isEmpty() || flags.stream().anyMatch(tipFlags::contains))
                    && (foreignInvested == null || foreignInvested == tipForeignInvested);
        }
    }

    private final Map<String, Campaign> campaigns = new TreeMap<>();
    private final ZoneId zone;

    Campaigns(CampaignConfig config, @ConfigProperty(name = "ipr.deadlines.zone", defaultValue = "Asia/Shanghai") ZoneId zone) {
        this.zone = zone;
        config.all().forEach((code, campaign) -> campaigns.put(code, checked(code, campaign)));
    }

    public List<Campaign> all() {
        return List.copyOf(campaigns.values());
    }

    /** Whether no campaign is configured (the default): then no tip can be in one. */
    public boolean none() {
        return campaigns.isEmpty();
    }

    public Optional<Campaign> find(String code) {
        return Optional.ofNullable(campaigns.get(code));
    }

    /** Whether the campaign runs on the day {@code at} falls in. */
    public boolean runsAt(Campaign campaign, Instant at) {
        return campaign.runsOn(LocalDate.ofInstant(at, zone));
    }

    /**
     * The campaigns a tip falls in, sorted: those whose rules it matches and those of {@code targeted}
     * (the campaigns targeting its case cluster) that ran when it was received.
     */
    public List<String> of(Instant receivedAt, String rightType, Collection<String> flags, boolean foreignInvested,
            Collection<String> targeted) {
        Set<String> codes = new TreeSet<>(inScope(receivedAt, rightType, flags, foreignInvested));
        for (String code : targeted) {
            find(code).filter(campaign -> runsAt(campaign, receivedAt)).ifPresent(campaign -> codes.add(campaign.code()));
        }
        return List.copyOf(codes);
    }

    /** The codes of the campaigns a tip received at {@code receivedAt} falls in by their rules. */
    public List<String> inScope(Instant receivedAt, String rightType, Collection<String> flags, boolean foreignInvested) {
        if (RightType.NONE.code().equals(rightType)) {
            return List.of();
        }
        LocalDate day = LocalDate.ofInstant(receivedAt, zone);
        List<String> codes = new ArrayList<>();
        for (Campaign campaign : campaigns.values()) {
            if (campaign.runsOn(day) && campaign.covers(rightType, flags, foreignInvested)) {
                codes.add(campaign.code());
            }
        }
        return codes;
    }

    private static Campaign checked(String code, CampaignConfig.Campaign campaign) {
        String where = "ipr.campaigns." + code;
        if (code.isEmpty() || code.length() > MAX_CODE || !code.chars().allMatch(
                c -> c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-')) {
            throw new IllegalStateException(where + ": a campaign's code is 1 to " + MAX_CODE
                    + " lower-case letters, digits and dashes");
        }
        if (campaign.nameZh().isBlank() || campaign.nameEn().isBlank()) {
            throw new IllegalStateException(where + ": name-zh and name-en are both needed");
        }
        if (campaign.to().isBefore(campaign.from())) {
            throw new IllegalStateException(where + ".to is before its from");
        }
        List<String> rightTypes = List.copyOf(campaign.rightTypes().orElse(Set.of()));
        for (String type : rightTypes) {
            if (RightType.fromCode(type).filter(known -> known != RightType.NONE).isEmpty()) {
                throw new IllegalStateException(where + ".right-types: unknown right type " + type);
            }
        }
        List<String> flags = List.copyOf(campaign.flags().orElse(Set.of()));
        for (String flag : flags) {
            if (Flag.fromCode(flag).isEmpty()) {
                throw new IllegalStateException(where + ".flags: unknown flag " + flag);
            }
        }
        return new Campaign(code, campaign.nameZh().strip(), campaign.nameEn().strip(), campaign.from(), campaign.to(),
                rightTypes, flags, campaign.foreignInvested().orElse(null));
    }
}
