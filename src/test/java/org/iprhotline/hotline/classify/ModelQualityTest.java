package org.iprhotline.hotline.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.iprhotline.hotline.classify.training.Evaluate;
import org.iprhotline.hotline.classify.training.Train;

class ModelQualityTest {

    @Test
    void shippedModelWasTrainedOnTheCurrentCorpus() throws Exception {
        String corpusDigest = Train.sha256(Files.readAllBytes(Train.CORPUS));
        assertThat(ClassifierModels.loadShipped().metadata().getProperty("corpus.sha256"))
                .as("the corpus changed: retrain with ./mvnw -q compile exec:java@train")
                .isEqualTo(corpusDigest);
    }

    @Test
    void shippedModelIsCalibrated() {
        double temperature = ClassifierModels.loadShipped().temperature();
        assertThat(ClassifierModels.loadShipped().metadata()).containsKey(ClassifierModels.TEMPERATURE);
        assertThat(temperature).as("fitted by the Train command").isBetween(0.25, 20.0);
    }

    @Test
    void corpusIsLargeAndVaried() throws Exception {
        List<LabelledExample> examples = read();
        assertThat(examples).hasSizeGreaterThanOrEqualTo(2000);
        assertThat(examples).extracting(LabelledExample::rightType).contains(RightType.values());
        assertThat(examples).extracting(LabelledExample::language).contains("zh", "en");
        assertThat(examples).extracting(LabelledExample::style).contains("web", "sms", "voice");
    }

    @Test
    void crossValidatedScoresStayAboveTheirFloors() throws Exception {
        Evaluate.Result result = Evaluate.crossValidate(read(), ClassifierModels.defaultParameters());
        assertThat(result.macroF1()).isGreaterThanOrEqualTo(0.90);
        assertThat(result.flagMicroF1()).isGreaterThanOrEqualTo(0.80);
        result.precisionRecall().forEach((type, precisionRecall) ->
                assertThat(precisionRecall[1]).as("recall of " + type.code()).isGreaterThanOrEqualTo(0.83));
    }

    private static List<LabelledExample> read() throws Exception {
        try (InputStream in = Files.newInputStream(Train.CORPUS)) {
            return LabelledExample.readAll(in);
        }
    }
}
