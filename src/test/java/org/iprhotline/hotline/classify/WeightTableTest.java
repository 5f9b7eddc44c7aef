package org.iprhotline.hotline.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import opennlp.tools.ml.model.AbstractModel;

class WeightTableTest {

    @Test
    void givesOpenNlpsOwnProbabilitiesForEveryTextOfTheCorpus() throws Exception {
        ClassifierModels models = ClassifierModels.loadShipped();
        List<AbstractModel> all = new ArrayList<>();
        all.add(models.rightTypes());
        all.addAll(models.flags().values());
        double[] asTrained = new double[all.size()];
        Arrays.fill(asTrained, 1);
        WeightTable table = new WeightTable(all, asTrained);

        List<LabelledExample> corpus;
        try (InputStream tsv = getClass().getResourceAsStream("/classify/corpus.tsv")) {
            corpus = LabelledExample.readAll(tsv);
        }
        List<String> texts = new ArrayList<>(corpus.stream().map(LabelledExample::text).toList());
        texts.add("");
        texts.add("zzzz qqqq words no model has seen");
        for (String text : texts) {
            String[] features = Features.of(text);
            double[][] ours = table.evaluate(features);
            for (int m = 0; m < all.size(); m++) {
                double[] theirs = all.get(m).eval(features);
                for (int o = 0; o < theirs.length; o++) {
                    assertThat(ours[m][o]).as("%s, model %d, outcome %d", text, m, o).isCloseTo(theirs[o], within(1e-9));
                }
            }
        }
    }

    @Test
    void findsEveryFeatureOfTheModelsInARowOfItsOwnAndNoOtherText() {
        ClassifierModels models = ClassifierModels.loadShipped();
        WeightTable table = new WeightTable(List.of(models.rightTypes()), new double[] {1});
        @SuppressWarnings("unchecked")
        java.util.Map<String, opennlp.tools.ml.model.Context> known =
                (java.util.Map<String, opennlp.tools.ml.model.Context>) models.rightTypes().getDataStructures()[1];

        java.util.Set<Integer> rows = new java.util.HashSet<>();
        for (String feature : known.keySet()) {
            int row = table.rowOf(feature);
            assertThat(row).as(feature).isBetween(0, table.rows() - 1);
            rows.add(row);
        }
        assertThat(rows).hasSize(known.size()).hasSize(table.rows());
        for (String unknown : List.of("", "w=zzzzqqqq", "c=\u0000", "cb=\uD800x", "k=no-such-cue")) {
            assertThat(table.rowOf(unknown)).as(unknown).isEqualTo(WeightTable.UNKNOWN);
        }
    }

    @Test
    void aTemperatureAboveOneSoftensTheProbabilitiesWithoutChangingTheirOrder() {
        ClassifierModels models = ClassifierModels.loadShipped();
        String[] features = Features.of("某工厂大量生产假冒我司注册商标的运动鞋，并通过快递发往全国");
        double[] asTrained = new WeightTable(List.of(models.rightTypes()), new double[] {1}).evaluate(features)[0];
        double[] softened = new WeightTable(List.of(models.rightTypes()), new double[] {2}).evaluate(features)[0];

        int best = argmax(asTrained);
        assertThat(argmax(softened)).isEqualTo(best);
        assertThat(softened[best]).isLessThan(asTrained[best]);
        assertThat(Arrays.stream(softened).sum()).isCloseTo(1.0, within(1e-9));
        // softmax(s / 2) is the square root of softmax(s), renormalised
        double norm = Arrays.stream(asTrained).map(Math::sqrt).sum();
        for (int o = 0; o < softened.length; o++) {
            assertThat(softened[o]).isCloseTo(Math.sqrt(asTrained[o]) / norm, within(1e-9));
        }
    }

    private static int argmax(double[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            best = values[i] > values[best] ? i : best;
        }
        return best;
    }
}
