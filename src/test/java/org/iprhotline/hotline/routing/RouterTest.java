package org.iprhotline.hotline.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.iprhotline.hotline.classify.Classification;
import org.iprhotline.hotline.classify.Flag;
import org.iprhotline.hotline.classify.RightType;

class RouterTest {

    private final Router router = new Router(new RoutingConfig() {
        @Override
        public Optional<Path> file() {
            return Optional.empty();
        }

        @Override
        public double triageThreshold() {
            return 0.5;
        }

        @Override
        public double disagreementThreshold() {
            return 0.05;
        }
    });

    @Test
    void confidentDecisionGoesToTheResponsibleAgencies() {
        assertThat(codes(router.route(decision(RightType.COPYRIGHT, 0.9, Map.of(), false), Optional.empty(), Optional.empty())))
                .containsExactly("NCAC");
    }

    @Test
    void unsureDecisionGoesToTriageOnly() {
        assertThat(codes(router.route(decision(RightType.COPYRIGHT, 0.4, Map.of(), false), Optional.empty(), Optional.empty())))
                .containsExactly("TRIAGE");
    }

    @Test
    void reporterChoiceThatTheTextStronglyContradictsAddsTriage() {
        Classification decision = decision(RightType.COPYRIGHT, 0.9, Map.of(RightType.PATENT, 0.01), false);
        assertThat(codes(router.route(decision, Optional.of(RightType.PATENT), Optional.empty()))).containsExactly("NCAC", "TRIAGE");
    }

    @Test
    void reporterChoiceTheTextFindsPlausibleChangesNothing() {
        Classification decision = decision(RightType.TRADEMARK, 0.7, Map.of(RightType.PATENT, 0.25), false);
        assertThat(codes(router.route(decision, Optional.of(RightType.PATENT), Optional.empty()))).containsExactly("SAMR");
        assertThat(codes(router.route(decision, Optional.of(RightType.TRADEMARK), Optional.empty()))).containsExactly("SAMR");
    }

    @Test
    void forestrySpeciesGoToForestryAndCropsToAgriculture() {
        assertThat(codes(router.route(decision(RightType.PLANT_VARIETY, 0.9, Map.of(), true), Optional.empty(), Optional.empty())))
                .containsExactly("NFGA");
        assertThat(codes(router.route(decision(RightType.PLANT_VARIETY, 0.9, Map.of(), false), Optional.empty(), Optional.empty())))
                .containsExactly("MARA");
    }

    private static Classification decision(RightType type, double confidence, Map<RightType, Double> others,
            boolean forestry) {
        Map<RightType, Double> scores = new java.util.EnumMap<>(RightType.class);
        scores.putAll(others);
        scores.put(type, confidence);
        return new Classification(type, confidence, RightType.NONE, Set.<Flag>of(), List.of(), scores, List.of(),
                forestry);
    }

    private static List<String> codes(List<Agency> agencies) {
        return agencies.stream().map(Agency::code).toList();
    }
}
