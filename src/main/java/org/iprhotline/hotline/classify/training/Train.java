package org.iprhotline.hotline.classify.training;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import org.iprhotline.hotline.classify.ClassifierModels;
import org.iprhotline.hotline.classify.LabelledExample;

/**
 * Trains the shipped models on the whole corpus and writes them, versioned, into the source tree:
 * {@code ./mvnw -q compile exec:java@train}. Training is deterministic, so the same corpus always
 * gives the same models.
 */
public final class Train {

    public static final Path CORPUS = Path.of("src/main/resources/classify/corpus.tsv");
    public static final Path MODEL_DIRECTORY = Path.of("src/main/resources", ClassifierModels.RESOURCE_DIRECTORY);

    private Train() {
    }

    public static void main(String[] args) throws Exception {
        byte[] corpus = Files.readAllBytes(CORPUS);
        List<LabelledExample> examples;
        try (InputStream in = Files.newInputStream(CORPUS)) {
            examples = LabelledExample.readAll(in);
        }
        long started = System.nanoTime();
        ClassifierModels models = ClassifierModels.train(examples, ClassifierModels.defaultParameters());
        models.metadata().setProperty("corpus.sha256", sha256(corpus));
        models.writeTo(MODEL_DIRECTORY);
        System.out.printf("trained on %d examples in %.1f s, written to %s%n", examples.size(),
                (System.nanoTime() - started) / 1e9, MODEL_DIRECTORY);
    }

    public static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
