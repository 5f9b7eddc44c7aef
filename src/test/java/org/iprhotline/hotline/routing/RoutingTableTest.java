package org.iprhotline.hotline.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.iprhotline.hotline.classify.Flag;
import org.iprhotline.hotline.classify.RightType;

class RoutingTableTest {

    private final RoutingTable table = RoutingTable.loadDefault();

    @Test
    void eachRightTypeGoesToItsLeadAgency() {
        assertThat(codes(RightType.PATENT, Set.of())).containsExactly("SIPO");
        assertThat(codes(RightType.TRADEMARK, Set.of())).containsExactly("SAIC");
        assertThat(codes(RightType.COPYRIGHT, Set.of())).containsExactly("SAPPRFT");
        assertThat(codes(RightType.TRADE_SECRET, Set.of())).containsExactly("SAIC", "SPC");
        assertThat(codes(RightType.PLANT_VARIETY, Set.of())).containsExactly("MOA");
    }

    @Test
    void crossCuttingFlagsAddAgenciesOnce() {
        assertThat(codes(RightType.TRADEMARK, Set.of(Flag.IMPORT_EXPORT, Flag.DELIVERY, Flag.CRIMINAL, Flag.ECOMMERCE)))
                .containsExactly("SAIC", "GAC", "SPB", "MPS", "SPP");
    }

    @Test
    void noneGoesToTriageOnly() {
        assertThat(codes(RightType.NONE, Set.of(Flag.CRIMINAL))).containsExactly("TRIAGE");
        assertThat(table.triage().topic()).isEqualTo("ipr.tips.triage");
    }

    @Test
    void topicsFollowTheAgencyCode() {
        assertThat(table.destinations()).extracting(Agency::topic).contains("ipr.tips.sipo", "ipr.tips.saic",
                "ipr.tips.spc", "ipr.tips.sapprft", "ipr.tips.moa", "ipr.tips.sfa", "ipr.tips.gac", "ipr.tips.spb",
                "ipr.tips.mps", "ipr.tips.spp", "ipr.tips.triage");
    }

    @Test
    void anOperatorsTableCanRenameAndMoveAgencies() {
        RoutingTable renamed = load("""
                agencies:
                  CNIPA: { name: China National Intellectual Property Administration, topic: cnipa.tips }
                triage: { code: TRIAGE, name: Triage, topic: triage.tips }
                rightTypes:
                  patent: [CNIPA]
                  trademark: [CNIPA]
                  trade_secret: [CNIPA]
                  copyright: [CNIPA]
                  plant_variety: [CNIPA]
                """);
        assertThat(renamed.responsibleFor(RightType.TRADEMARK, Set.of(Flag.DELIVERY)))
                .containsExactly(new Agency("CNIPA", "China National Intellectual Property Administration", "cnipa.tips"));
    }

    @Test
    void aTableNamingAnUnknownAgencyIsRefused() {
        assertThatThrownBy(() -> load("""
                agencies:
                  SIPO: { name: SIPO, topic: ipr.tips.sipo }
                triage: { code: TRIAGE, name: Triage, topic: ipr.tips.triage }
                rightTypes:
                  patent: [SIPO]
                  trademark: [SAIC]
                  trade_secret: [SIPO]
                  copyright: [SIPO]
                  plant_variety: [SIPO]
                """)).isInstanceOf(InvalidRoutingTableException.class).hasMessageContaining("unknown agency 'SAIC'");
    }

    @Test
    void aTableLeavingARightTypeWithoutAnAgencyIsRefused() {
        assertThatThrownBy(() -> load("""
                agencies:
                  SIPO: { name: SIPO, topic: ipr.tips.sipo }
                triage: { code: TRIAGE, name: Triage, topic: ipr.tips.triage }
                rightTypes:
                  patent: [SIPO]
                """)).isInstanceOf(InvalidRoutingTableException.class).hasMessageContaining("no agency for right type");
    }

    private List<String> codes(RightType type, Set<Flag> flags) {
        return table.responsibleFor(type, flags).stream().map(Agency::code).toList();
    }

    private static RoutingTable load(String yaml) {
        return RoutingTable.load(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test");
    }
}
