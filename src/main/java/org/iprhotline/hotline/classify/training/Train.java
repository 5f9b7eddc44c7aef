package org.iprhotline.hotline.classify.training;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.iprhotline.hotline.classify.ClassifierModels;
import org.iprhotline.hotline.classify.LabelledExample;
import org.iprhotline.hotline.classify.TrainedClassifier;

/**
 * Trains the shipped models on the whole corpus and writes them, versioned, into the source tree:
 * {@code ./mvnw -q compile exec:java@train}. Training is deterministic, so the same corpus always
 * gives the same models. A model that scores worse than the shipped one on the evaluation set
 * (macro-F1 or flag micro-F1) is refused and nothing is written, unless {@code -Dexec.args=--force}.
 * The shipped model's scores are the ones written next to it when it was trained: a change to the
 * features changes what the old model reads, so scoring it again with the new code would compare
 * the candidate with a model nobody shipped.
 */
public final class Train {

    public static final Path CORPUS = Path.of("src/main/resources/classify/corpus.tsv");
    public static final Path MODEL_DIRECTORY = Path.of("src/main/resources", ClassifierModels.RESOURCE_DIRECTORY);
    /** The metadata keys of a model's scores on the evaluation set, and of the set they were measured on. */
    static final String EVALUATION_SET_SHA256 = "evaluation.sha256";
    static final String EVALUATION_MACRO_F1 = "evaluation.macroF1";
    static final String EVALUATION_FLAG_MICRO_F1 = "evaluation.flagMicroF1";

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
        double temperature = calibrate(examples);
        models.metadata().setProperty(ClassifierModels.TEMPERATURE, String.format(Locale.ROOT, "%.3f", temperature));
        List<LabelledExample> evaluation = Evaluate.evaluationSet();
        Verdict verdict = gate(ClassifierModels.loadShipped(), models, evaluation);
        System.out.printf("evaluation set: shipped macro-F1 %.3f flag micro-F1 %.3f (%s); new %.3f, %.3f%n",
                verdict.shipped().macroF1(), verdict.shipped().flagMicroF1(), verdict.shipped().source(),
                verdict.candidate().macroF1(), verdict.candidate().flagMicroF1());
        record(models, verdict.candidate(), evaluation);
        if (!verdict.accepted()) {
            boolean force = args.length > 0 && args[0].equals("--force");
            System.out.println((force ? "written anyway (--force): " : "refused, nothing written: ") + verdict.reason());
            if (!force) {
                System.exit(1);
            }
        }
        models.writeTo(MODEL_DIRECTORY);
        System.out.printf("trained on %d examples in %.1f s, written to %s%n", examples.size(),
                (System.nanoTime() - started) / 1e9, MODEL_DIRECTORY);
    }

    /**
     * The right-type model's temperature, fitted on the cross-validation's held-out decisions for the
     * examples written one by one (by hand, or people's decisions on real tips). The generator's
     * held-out templates are not used: on them the model is already right as often as it says
     * (see README), while on wording in other voices it is sure of itself too often, which is the
     * confidence that matters for triage.
     */
    static double calibrate(List<LabelledExample> examples) {
        Map<String, Long> groupSizes = Evaluate.groupSizes(examples);
        List<Temperature.HeldOut> heldOut = Evaluate.outOfFold(examples, ClassifierModels.defaultParameters(), 1).stream()
                .filter(prediction -> Evaluate.writtenOneByOne(prediction.example(), groupSizes))
                .map(prediction -> new Temperature.HeldOut(prediction.scores(), prediction.example().rightType()))
                .toList();
        double temperature = Temperature.fit(heldOut);
        System.out.printf("calibration: temperature %.3f fitted on %d held-out decisions (negative log-likelihood"
                + " %.3f, as trained %.3f)%n", temperature, heldOut.size(),
                Temperature.negativeLogLikelihood(heldOut, temperature), Temperature.negativeLogLikelihood(heldOut, 1));
        return temperature;
    }

    /** A model's two headline scores on the evaluation set, and where they come from. */
    public record Scores(double macroF1, double flagMicroF1, String source) {
    }

    /** Whether a new model may replace the shipped one, and how both scored. */
    public record Verdict(boolean accepted, String reason, Scores shipped, Scores candidate) {
    }

    /**
     * A new model may replace the shipped one when it scores no worse on the evaluation set. The
     * shipped model's scores are those recorded when it was trained, on the same evaluation set;
     * it is scored again only when they were not recorded or the set has changed since.
     */
    public static Verdict gate(ClassifierModels shipped, ClassifierModels candidate, List<LabelledExample> evaluation) {
        Scores before = recorded(shipped, evaluation);
        if (before == null) {
            before = scores(shipped, evaluation, "scored now");
        }
        Scores after = scores(candidate, evaluation, "scored now");
        if (after.macroF1() < before.macroF1()) {
            return new Verdict(false, String.format("macro-F1 %.3f is below the shipped model's %.3f", after.macroF1(),
                    before.macroF1()), before, after);
        }
        if (after.flagMicroF1() < before.flagMicroF1()) {
            return new Verdict(false, String.format("flag micro-F1 %.3f is below the shipped model's %.3f",
                    after.flagMicroF1(), before.flagMicroF1()), before, after);
        }
        return new Verdict(true, "no worse on the evaluation set", before, after);
    }

    /** Writes a model's scores, and which evaluation set they are on, into its metadata. */
    static void record(ClassifierModels models, Scores scores, List<LabelledExample> evaluation) {
        models.metadata().setProperty(EVALUATION_SET_SHA256, fingerprint(evaluation));
        // Exactly, not rounded: the same model must not fall short of its own scores.
        models.metadata().setProperty(EVALUATION_MACRO_F1, Double.toString(scores.macroF1()));
        models.metadata().setProperty(EVALUATION_FLAG_MICRO_F1, Double.toString(scores.flagMicroF1()));
    }

    private static Scores recorded(ClassifierModels shipped, List<LabelledExample> evaluation) {
        String set = shipped.metadata().getProperty(EVALUATION_SET_SHA256);
        String macroF1 = shipped.metadata().getProperty(EVALUATION_MACRO_F1);
        String flagMicroF1 = shipped.metadata().getProperty(EVALUATION_FLAG_MICRO_F1);
        if (set == null || macroF1 == null || flagMicroF1 == null || !set.equals(fingerprint(evaluation))) {
            return null;
        }
        return new Scores(Double.parseDouble(macroF1), Double.parseDouble(flagMicroF1), "as recorded when trained");
    }

    private static Scores scores(ClassifierModels models, List<LabelledExample> evaluation, String source) {
        Evaluate.Result result = Evaluate.score(new TrainedClassifier(models), evaluation);
        return new Scores(result.macroF1(), result.flagMicroF1(), source);
    }

    /** A hash of a labelled set's tips and labels: whether two scores were measured on the same tips. */
    static String fingerprint(List<LabelledExample> examples) {
        StringBuilder all = new StringBuilder();
        examples.forEach(example -> all.append(example).append('\n'));
        return sha256(all.toString().getBytes(StandardCharsets.UTF_8));
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException everyJavaHasIt) {
            throw new IllegalStateException(everyJavaHasIt);
        }
    }
}
