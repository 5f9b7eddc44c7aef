package org.iprhotline.hotline.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import org.iprhotline.hotline.classify.training.Evaluate;
import org.iprhotline.hotline.classify.training.Train;

/**
 * The retrain command's gate: a model that scores worse on the evaluation set than the shipped one
 * did is refused.
 */
class TrainingGateTest {

    @Test
    void aModelTrainedOnATenthOfTheCorpusIsRefusedAndTheShippedOneIsNot() throws Exception {
        List<LabelledExample> corpus;
        try (InputStream in = Files.newInputStream(Train.CORPUS)) {
            corpus = LabelledExample.readAll(in);
        }
        List<LabelledExample> evaluation = Evaluate.evaluationSet();
        ClassifierModels shipped = ClassifierModels.loadShipped();
        // Every tenth example: fewer words, fewer cues; a model that knows less.
        List<LabelledExample> tenth = java.util.stream.IntStream.range(0, corpus.size()).filter(i -> i % 10 == 0)
                .mapToObj(corpus::get).toList();
        ClassifierModels weaker = ClassifierModels.train(tenth, ClassifierModels.defaultParameters());

        Train.Verdict refused = Train.gate(shipped, weaker, evaluation);
        assertThat(refused.accepted()).as(refused.reason()).isFalse();
        assertThat(refused.reason()).contains("below the shipped model's");

        Train.Verdict same = Train.gate(shipped, shipped, evaluation);
        assertThat(same.accepted()).isTrue();
    }

    @Test
    void theShippedModelIsJudgedByTheScoresRecordedWhenItWasTrainedOnTheSameSet() throws Exception {
        List<LabelledExample> evaluation = Evaluate.evaluationSet();
        ClassifierModels shipped = ClassifierModels.loadShipped();
        assertThat(Train.gate(shipped, shipped, evaluation).shipped().source()).isEqualTo("as recorded when trained");

        // Recorded as perfect: the same model scored now falls short of what it once scored.
        ClassifierModels recordedPerfect = withMetadata(shipped, "evaluation.macroF1", "1.0");
        Train.Verdict refused = Train.gate(recordedPerfect, shipped, evaluation);
        assertThat(refused.accepted()).isFalse();
        assertThat(refused.reason()).contains("below the shipped model's 1.000");

        // Recorded on other tips: those figures say nothing of this set, so the shipped model is scored again.
        ClassifierModels otherSet = withMetadata(recordedPerfect, "evaluation.sha256", "0".repeat(64));
        Train.Verdict accepted = Train.gate(otherSet, shipped, evaluation);
        assertThat(accepted.shipped().source()).isEqualTo("scored now");
        assertThat(accepted.accepted()).as(accepted.reason()).isTrue();
    }

    private static ClassifierModels withMetadata(ClassifierModels models, String key, String value) {
        Properties metadata = new Properties();
        metadata.putAll(models.metadata());
        metadata.setProperty(key, value);
        return new ClassifierModels(models.rightTypes(), models.flags(), metadata);
    }
}
