package org.iprhotline.hotline.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.iprhotline.hotline.classify.Flag;
import org.iprhotline.hotline.classify.RightType;

class RoutingTableTest {

    private final RoutingTable table = RoutingTable.loadDefault();

    @Test
    void eachRightTypeGoesToItsLeadAgency() {
        assertThat(codes(RightType.PATENT, Set.of())).containsExactly("CNIPA");
        assertThat(codes(RightType.TRADEMARK, Set.of())).containsExactly("SAMR");
        assertThat(codes(RightType.COPYRIGHT, Set.of())).containsExactly("NCAC");
        assertThat(codes(RightType.TRADE_SECRET, Set.of())).containsExactly("SAMR");
        assertThat(codes(RightType.PLANT_VARIETY, Set.of())).containsExactly("MARA");
    }

    @Test
    void aTransferSaysWhatTheTipIsOnlyWhenItsTargetLeadsOnOneRight() {
        assertThat(table.onlyRightLedBy(table.agency("CNIPA").orElseThrow())).contains(RightType.PATENT);
        assertThat(table.onlyRightLedBy(table.agency("NCAC").orElseThrow())).contains(RightType.COPYRIGHT);
        assertThat(table.onlyRightLedBy(table.agency("NFGA").orElseThrow())).contains(RightType.PLANT_VARIETY);
        assertThat(table.onlyRightLedBy(table.agency("SAMR").orElseThrow())).as("trademarks and trade secrets").isEmpty();
        assertThat(table.onlyRightLedBy(table.agency("GAC").orElseThrow())).as("leads on none").isEmpty();
    }

    @Test
    void crossCuttingFlagsAddAgenciesOnce() {
        assertThat(codes(RightType.TRADEMARK, Set.of(Flag.IMPORT_EXPORT, Flag.DELIVERY, Flag.CRIMINAL, Flag.ECOMMERCE)))
                .containsExactly("SAMR", "GAC", "SPB", "MPS");
    }

    @Test
    void theProcuratorateReceivesOnlyCrimesOnTheSeriousScale() {
        Set<Flag> criminal = Set.of(Flag.CRIMINAL);
        assertThat(codes(RightType.TRADEMARK, criminal, new BigDecimal("249999"))).containsExactly("SAMR", "MPS");
        assertThat(codes(RightType.TRADEMARK, criminal, new BigDecimal("250000"))).containsExactly("SAMR", "MPS", "SPP");
        assertThat(codes(RightType.TRADEMARK, Set.of(), new BigDecimal("90000000"))).containsExactly("SAMR");
    }

    @Test
    void noneGoesToTriageOnly() {
        assertThat(codes(RightType.NONE, Set.of(Flag.CRIMINAL))).containsExactly("TRIAGE");
        assertThat(table.triage().topic()).isEqualTo("ipr.tips.triage");
    }

    @Test
    void theRegistryHoldsTheAgenciesOf2026WithTheirFormerCodes() {
        assertThat(table.agency("CNIPA").orElseThrow().name())
                .isEqualTo(new Agency.Names("国家知识产权局", "China National Intellectual Property Administration"));
        Map<String, String> successors = new HashMap<>();
        table.formerCodes().forEach(former -> successors.put(former.code(), former.successor().code()));
        assertThat(successors).containsExactlyInAnyOrderEntriesOf(
                Map.of("SIPO", "CNIPA", "SAIC", "SAMR", "SAPPRFT", "NCAC", "MOA", "MARA", "SFA", "NFGA"));
        assertThat(table.current("SAIC").map(Agency::code)).contains("SAMR");
        assertThat(table.agency("SAIC")).isEmpty();
        // The history keeps the names of its time.
        assertThat(table.name("SAIC").map(Agency.Names::zh)).contains("国家工商行政管理总局");
        assertThat(table.name("SAMR").map(Agency.Names::zh)).contains("国家市场监督管理总局");
    }

    @Test
    void courtsAreNoDestination() {
        assertThat(table.agency("SPC")).isPresent(); // the tips it holds from before can still be handled
        assertThat(table.accepting("SPC")).isEmpty();
        for (RightType type : RightType.values()) {
            assertThat(codes(type, Set.of(Flag.values()), new BigDecimal("1000000000"))).doesNotContain("SPC");
        }
        assertThatThrownBy(() -> load(MINIMAL.replace("patent: [CNIPA]", "patent: [SPC]")))
                .isInstanceOf(InvalidRoutingTableException.class).hasMessageContaining("retired agency 'SPC'");
    }

    @Test
    void onlyLeadAgenciesAndThoseTheRegistryNamesGetTheReportersContact() {
        Agency samr = table.agency("SAMR").orElseThrow();
        Agency customs = table.agency("GAC").orElseThrow();
        Agency police = table.agency("MPS").orElseThrow();
        assertThat(table.getsContact(samr, RightType.TRADEMARK)).isTrue();
        assertThat(table.getsContact(customs, RightType.TRADEMARK)).isFalse();
        assertThat(table.getsContact(police, RightType.TRADEMARK)).isTrue();
        assertThat(table.getsContact(table.triage(), RightType.NONE)).isTrue();
    }

    @Test
    void regionalAgenciesReadTipsPerProvince() {
        Agency samr = table.agency("SAMR").orElseThrow();
        assertThat(samr.topicFor(Optional.of("44"))).isEqualTo("ipr.tips.samr.44");
        assertThat(samr.topicFor(Optional.empty())).isEqualTo("ipr.tips.samr");
        assertThat(table.agency("GAC").orElseThrow().topicFor(Optional.of("44"))).isEqualTo("ipr.tips.gac");
    }

    @Test
    void topicsFollowTheAgencyCode() {
        assertThat(table.destinations()).extracting(Agency::topic).contains("ipr.tips.cnipa", "ipr.tips.samr",
                "ipr.tips.ncac", "ipr.tips.mara", "ipr.tips.nfga", "ipr.tips.gac", "ipr.tips.spb",
                "ipr.tips.mps", "ipr.tips.spp", "ipr.tips.triage");
    }

    @Test
    void anOperatorsTableCanRenameAndMoveAgencies() {
        RoutingTable renamed = load(MINIMAL.replace("topic: ipr.tips.cnipa", "topic: cnipa.tips"));
        assertThat(renamed.responsibleFor(RightType.TRADEMARK, Set.of(Flag.DELIVERY)))
                .containsExactly(new Agency("CNIPA", new Agency.Names("国家知识产权局",
                        "China National Intellectual Property Administration"), "cnipa.tips", false, false));
    }

    @Test
    void aFormerCodeCannotBeACurrentOneOrBelongToTwoAgencies() {
        String twice = MINIMAL.replace("""
                  CNIPA:
                """, """
                  SAMR:
                    name: { zh: 国家市场监督管理总局, en: State Administration for Market Regulation }
                    topic: ipr.tips.samr
                    formerly: [{ code: SIPO, zh: x, en: x, until: 2018-04-10 }]
                  CNIPA:
                """);
        assertThatThrownBy(() -> load(twice)).isInstanceOf(InvalidRoutingTableException.class)
                .hasMessageContaining("'SIPO' is given to two agencies");
        String clash = MINIMAL.replace("until: 2018-04-10", "until: 2018-04-10 }, { code: CNIPA, zh: x, en: x, until: 2018-04-10");
        assertThatThrownBy(() -> load(clash)).isInstanceOf(InvalidRoutingTableException.class)
                .hasMessageContaining("'CNIPA' is both a former code and a current one");
    }

    @Test
    void aTableNamingAnUnknownAgencyIsRefused() {
        assertThatThrownBy(() -> load(MINIMAL.replace("trademark: [CNIPA]", "trademark: [SAMR]")))
                .isInstanceOf(InvalidRoutingTableException.class).hasMessageContaining("unknown agency 'SAMR'");
    }

    @Test
    void anAgencyWithoutBothNamesIsRefused() {
        assertThatThrownBy(() -> load(MINIMAL.replace("zh: 国家知识产权局, ", "")))
                .isInstanceOf(InvalidRoutingTableException.class).hasMessageContaining("a name in Chinese and in English");
    }

    @Test
    void aTableLeavingARightTypeWithoutAnAgencyIsRefused() {
        assertThatThrownBy(() -> load("""
                agencies:
                  CNIPA: { name: { zh: 国家知识产权局, en: CNIPA }, topic: ipr.tips.cnipa }
                triage: { code: TRIAGE, name: { zh: 热线分办台, en: Triage }, topic: ipr.tips.triage }
                rightTypes:
                  patent: [CNIPA]
                """)).isInstanceOf(InvalidRoutingTableException.class).hasMessageContaining("no agency for right type");
    }

    private static final String MINIMAL = """
            agencies:
              CNIPA:
                name: { zh: 国家知识产权局, en: China National Intellectual Property Administration }
                topic: ipr.tips.cnipa
                formerly: [{ code: SIPO, zh: 国家知识产权局, en: State Intellectual Property Office, until: 2018-04-10 }]
              SPC:
                name: { zh: 最高人民法院, en: Supreme People's Court }
                topic: ipr.tips.spc
                retired: 2026-12-02
            triage: { code: TRIAGE, name: { zh: 热线分办台, en: Triage }, topic: ipr.tips.triage }
            rightTypes:
              patent: [CNIPA]
              trademark: [CNIPA]
              trade_secret: [CNIPA]
              copyright: [CNIPA]
              plant_variety: [CNIPA]
            """;

    private List<String> codes(RightType type, Set<Flag> flags) {
        return table.responsibleFor(type, flags).stream().map(Agency::code).toList();
    }

    private List<String> codes(RightType type, Set<Flag> flags, BigDecimal largestAmountYuan) {
        return table.responsibleFor(type, flags, false, Optional.of(largestAmountYuan)).stream().map(Agency::code)
                .toList();
    }

    private static RoutingTable load(String yaml) {
        return RoutingTable.load(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test");
    }
}
