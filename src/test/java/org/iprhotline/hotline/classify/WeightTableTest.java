package org.iprhotline.hotline.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.InputStream;
import java.util.ArrayList;
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
        WeightTable table = new WeightTable(all);

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
}
