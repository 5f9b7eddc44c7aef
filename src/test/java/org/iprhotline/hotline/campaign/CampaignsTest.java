package org.iprhotline.hotline.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Which tips a campaign takes, by its window (in Beijing time) and scope; and campaigns that cannot be right. */
class CampaignsTest {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private record Settings(String nameZh, String nameEn, LocalDate from, LocalDate to,
            Optional<Set<String>> rightTypes, Optional<Set<String>> flags, Optional<Boolean> foreignInvested)
            implements CampaignConfig.Campaign {
    }

    private static Campaigns of(String code, Settings settings) {
        return new Campaigns(() -> Map.of(code, settings), CHINA);
    }

    private static final Settings SWORD_NET = new Settings("剑网", "Sword Net", LocalDate.of(2026, 6, 1),
            LocalDate.of(2026, 11, 30), Optional.of(Set.of("copyright")), Optional.of(Set.of("ecommerce", "delivery")),
            Optional.empty());

    @Test
    void aTipInTheWindowAndTheScopeIsInTheCampaign() {
        Campaigns campaigns = of("sword-net", SWORD_NET);
        Instant lastDayInBeijing = Instant.parse("2026-11-30T15:59:00Z");
        assertThat(campaigns.inScope(lastDayInBeijing, "copyright", List.of("ecommerce"), false)).containsExactly("sword-net");
        assertThat(campaigns.inScope(lastDayInBeijing, "copyright", List.of("delivery", "criminal"), true))
                .containsExactly("sword-net");
        assertThat(campaigns.inScope(Instant.parse("2026-11-30T16:00:00Z"), "copyright", List.of("ecommerce"), false))
                .isEmpty();
        assertThat(campaigns.inScope(lastDayInBeijing, "trademark", List.of("ecommerce"), false)).isEmpty();
        assertThat(campaigns.inScope(lastDayInBeijing, "copyright", List.of(), false)).isEmpty();
    }

    @Test
    void aScopeOnForeignInvestedRightHoldersTakesOnlyThem() {
        Campaigns campaigns = of("foreign", new Settings("外资", "Foreign-invested", LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31), Optional.empty(), Optional.empty(), Optional.of(true)));
        Instant day = Instant.parse("2026-05-05T08:00:00Z");
        assertThat(campaigns.inScope(day, "patent", List.of(), true)).containsExactly("foreign");
        assertThat(campaigns.inScope(day, "patent", List.of(), false)).isEmpty();
        assertThat(campaigns.inScope(day, "none", List.of(), true)).isEmpty();
    }

    @Test
    void aCampaignThatCannotBeRightStopsTheServiceNamingItsSetting() {
        assertThatThrownBy(() -> of("Sword Net", SWORD_NET)).hasMessageContaining("ipr.campaigns.Sword Net");
        assertThatThrownBy(() -> of("late", new Settings("晚", "Late", LocalDate.of(2026, 6, 1), LocalDate.of(2026, 5, 1),
                Optional.empty(), Optional.empty(), Optional.empty()))).hasMessage("ipr.campaigns.late.to is before its from");
        assertThatThrownBy(() -> of("typo", new Settings("错", "Typo", LocalDate.of(2026, 6, 1), LocalDate.of(2026, 7, 1),
                Optional.of(Set.of("copyrihgt")), Optional.empty(), Optional.empty())))
                .hasMessage("ipr.campaigns.typo.right-types: unknown right type copyrihgt");
        assertThatThrownBy(() -> of("flag", new Settings("旗", "Flag", LocalDate.of(2026, 6, 1), LocalDate.of(2026, 7, 1),
                Optional.empty(), Optional.of(Set.of("online")), Optional.empty())))
                .hasMessage("ipr.campaigns.flag.flags: unknown flag online");
    }
}
