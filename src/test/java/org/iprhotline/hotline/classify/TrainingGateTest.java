package org.iprhotline.hotline.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.iprhotline.hotline.classify.training.Evaluate;
import org.iprhotline.hotline.classify.training.Train;

/** The retrain command's gate: a model that scores worse on the evaluation set is refused. */
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
}
