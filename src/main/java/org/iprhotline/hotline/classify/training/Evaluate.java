package org.iprhotline.hotline.classify.training;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

import opennlp.tools.util.TrainingParameters;

import org.iprhotline.hotline.classify.Classification;
import org.iprhotline.hotline.classify.ClassifierModels;
import org.iprhotline.hotline.classify.Flag;
import org.iprhotline.hotline.classify.LabelledExample;
import org.iprhotline.hotline.classify.RightType;
import org.iprhotline.hotline.classify.TrainedClassifier;

/**
 * Cross-validates the classifier on the corpus: {@code ./mvnw -q compile exec:java@evaluate}
 * (add {@code -Dexec.args=--compare} to compare OpenNLP's trainers). Folds hold out whole scenario
 * templates, so every score is measured on wording the model never saw in training.
 */
public final class Evaluate {

    static final int FOLDS = 5;
    static final Path EVALUATION_SET = Path.of("tools/corpus/evaluation.tsv");

    private Evaluate() {
    }

    /** What cross-validation measured. */
    public record Result(double macroF1, Map<RightType, double[]> precisionRecall, double flagMicroF1,
            long[][] confusion, Map<String, double[]> accuracyBySlice, Calibration calibration) {
    }

    /**
     * How far the confidence can be trusted: expected calibration error over ten bins, each bin's
     * count, mean confidence and accuracy; and the lowest confidence at which what is routed
     * automatically (a right type, not "none") is right at least {@link #TARGET_PRECISION} of the
     * time, with the share of tips that threshold would send to triage.
     */
    public record Calibration(double expectedError, List<double[]> bins, double threshold, double triageShare,
            double precisionAtThreshold) {
    }

    static final double TARGET_PRECISION = 0.95;

    public static void main(String[] args) throws Exception {
        List<LabelledExample> examples;
        try (InputStream in = Files.newInputStream(Train.CORPUS)) {
            examples = LabelledExample.readAll(in);
        }
        if (args.length > 0 && args[0].equals("--compare")) {
            for (TrainingParameters candidate : List.of(
                    ClassifierModels.defaultParameters(),
                    ClassifierModels.parameters("MAXENT", 300, 1),
                    ClassifierModels.parameters("PERCEPTRON", 300, 1),
                    ClassifierModels.parameters("NAIVEBAYES", 1, 1))) {
                long started = System.nanoTime();
                Result result = crossValidate(examples, candidate);
                System.out.printf("%-11s macro-F1 %.3f  min recall %.3f  flag micro-F1 %.3f  (%.0f s)%n",
                        candidate.algorithm(), result.macroF1(),
                        result.precisionRecall().values().stream().mapToDouble(pr -> pr[1]).min().orElse(0),
                        result.flagMicroF1(), (System.nanoTime() - started) / 1e9);
            }
            return;
        }
        List<LabelledExample> evaluation = evaluationSet();
        System.out.printf("The shipped model on the evaluation set (%s, %d tips written by hand apart from the corpus,"
                + " never trained on)%n%n", EVALUATION_SET, evaluation.size());
        printScores(score(new TrainedClassifier(ClassifierModels.loadShipped()), evaluation));
        System.out.printf("%nSecondary: %d examples of the corpus, %d-fold cross-validation holding out whole templates%n%n",
                examples.size(), FOLDS);
        printScores(crossValidate(examples, ClassifierModels.defaultParameters()));
    }

    public static Result crossValidate(List<LabelledExample> examples, TrainingParameters parameters) {
        List<String> groups = new ArrayList<>(new TreeSet<>(examples.stream().map(LabelledExample::group).toList()));
        Collections.shuffle(groups, new Random(12330));
        Map<String, Integer> foldOf = new HashMap<>();
        for (int i = 0; i < groups.size(); i++) {
            foldOf.put(groups.get(i), i % FOLDS);
        }
        Scores scores = new Scores();
        for (int fold = 0; fold < FOLDS; fold++) {
            List<LabelledExample> training = new ArrayList<>();
            List<LabelledExample> held = new ArrayList<>();
            for (LabelledExample example : examples) {
                (foldOf.get(example.group()) == fold ? held : training).add(example);
            }
            TrainedClassifier classifier = new TrainedClassifier(ClassifierModels.train(training, parameters));
            for (LabelledExample example : held) {
                scores.add(example, classifier.classify(example.text()));
            }
        }
        return scores.result();
    }

    /** How a trained classifier does on examples it was not trained on (the evaluation set). */
    public static Result score(TrainedClassifier classifier, List<LabelledExample> examples) {
        Scores scores = new Scores();
        examples.forEach(example -> scores.add(example, classifier.classify(example.text())));
        return scores.result();
    }

    /** The evaluation set: tips written by hand, apart from the corpus, never trained on nor tuned to. */
    public static List<LabelledExample> evaluationSet() throws IOException {
        try (InputStream in = Files.newInputStream(EVALUATION_SET)) {
            return LabelledExample.readAll(in);
        }
    }

    /** Confusion, flag counts and per-slice accuracy, added up one decision at a time. */
    private static final class Scores {

        private final int classes = RightType.values().length;
        private final long[][] confusion = new long[classes][classes];
        private final Map<String, long[]> slices = new HashMap<>();
        private final List<double[]> decisions = new ArrayList<>();
        private long flagTruePositives;
        private long flagFalsePositives;
        private long flagFalseNegatives;

        void add(LabelledExample example, Classification result) {
            confusion[example.rightType().ordinal()][result.rightType().ordinal()]++;
            decisions.add(new double[] {result.confidence(), result.rightType() == example.rightType() ? 1 : 0,
                result.rightType() == RightType.NONE ? 1 : 0});
            boolean right = result.rightType() == example.rightType();
            for (String slice : List.of("language " + example.language(), "style " + example.style())) {
                long[] counts = slices.computeIfAbsent(slice, key -> new long[2]);
                counts[0] += right ? 1 : 0;
                counts[1]++;
            }
            for (Flag flag : Flag.values()) {
                boolean expected = example.flags().contains(flag);
                boolean predicted = result.flags().contains(flag);
                flagTruePositives += expected && predicted ? 1 : 0;
                flagFalsePositives += !expected && predicted ? 1 : 0;
                flagFalseNegatives += expected && !predicted ? 1 : 0;
            }
        }

        Result result() {
            Map<RightType, double[]> precisionRecall = new EnumMap<>(RightType.class);
            double f1Sum = 0;
            for (RightType type : RightType.values()) {
                int k = type.ordinal();
                long truePositives = confusion[k][k];
                long predicted = 0;
                long actual = 0;
                for (int j = 0; j < classes; j++) {
                    predicted += confusion[j][k];
                    actual += confusion[k][j];
                }
                double precision = predicted == 0 ? 0 : (double) truePositives / predicted;
                double recall = actual == 0 ? 0 : (double) truePositives / actual;
                precisionRecall.put(type, new double[] {precision, recall});
                f1Sum += precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            }
            long flagged = 2 * flagTruePositives + flagFalsePositives + flagFalseNegatives;
            double flagF1 = flagged == 0 ? 0 : 2.0 * flagTruePositives / flagged;
            Map<String, double[]> accuracy = new HashMap<>();
            slices.forEach((slice, counts) -> accuracy.put(slice,
                    new double[] {(double) counts[0] / counts[1], counts[1]}));
            return new Result(f1Sum / classes, precisionRecall, flagF1, confusion, accuracy, calibration());
        }

        private Calibration calibration() {
            int binCount = 10;
            double[][] sums = new double[binCount][3];
            for (double[] decision : decisions) {
                int bin = Math.min(binCount - 1, (int) (decision[0] * binCount));
                sums[bin][0]++;
                sums[bin][1] += decision[0];
                sums[bin][2] += decision[1];
            }
            double error = 0;
            List<double[]> bins = new ArrayList<>();
            for (int bin = 0; bin < binCount; bin++) {
                double count = sums[bin][0];
                if (count > 0) {
                    double confidence = sums[bin][1] / count;
                    double accuracy = sums[bin][2] / count;
                    error += count / decisions.size() * Math.abs(confidence - accuracy);
                    bins.add(new double[] {(double) bin / binCount, count, confidence, accuracy});
                }
            }
            // Routed automatically: a right type at or above the threshold. Scan from the most confident down.
            List<double[]> routable = decisions.stream().filter(decision -> decision[2] == 0)
                    .sorted((a, b) -> Double.compare(b[0], a[0])).toList();
            double threshold = 1.0;
            double precision = 1.0;
            long routed = 0;
            long right = 0;
            for (int i = 0; i < routable.size(); i++) {
                routed++;
                right += (long) routable.get(i)[1];
                boolean lastOfItsConfidence = i + 1 == routable.size() || routable.get(i + 1)[0] < routable.get(i)[0];
                if (lastOfItsConfidence && (double) right / routed >= TARGET_PRECISION) {
                    threshold = routable.get(i)[0];
                    precision = (double) right / routed;
                }
            }
            double cut = threshold;
            long sentOn = routable.stream().filter(decision -> decision[0] >= cut).count();
            double triageShare = decisions.isEmpty() ? 0 : 1 - (double) sentOn / decisions.size();
            return new Calibration(error, bins, threshold, triageShare, precision);
        }
    }

    private static void printScores(Result result) {
        System.out.printf("macro-F1 %.3f   flag micro-F1 %.3f%n%n", result.macroF1(), result.flagMicroF1());
        System.out.printf("%-14s %9s %9s%n", "class", "precision", "recall");
        result.precisionRecall().forEach((type, pr) ->
                System.out.printf("%-14s %9.3f %9.3f%n", type.code(), pr[0], pr[1]));
        System.out.printf("%nconfusion (rows: truth, columns: decision)%n%-14s", "");
        for (RightType type : RightType.values()) {
            System.out.printf("%8.8s", type.code());
        }
        System.out.println();
        for (RightType truth : RightType.values()) {
            System.out.printf("%-14s", truth.code());
            for (RightType decided : RightType.values()) {
                System.out.printf("%8d", result.confusion()[truth.ordinal()][decided.ordinal()]);
            }
            System.out.println();
        }
        System.out.println();
        new TreeSet<>(result.accuracyBySlice().keySet()).forEach(slice -> System.out.printf("accuracy, %-15s %.3f (%d)%n",
                slice, result.accuracyBySlice().get(slice)[0], (long) result.accuracyBySlice().get(slice)[1]));
        Calibration calibration = result.calibration();
        System.out.printf("%nexpected calibration error %.3f; reliability (confidence bin, tips, mean confidence,"
                + " accuracy):%n", calibration.expectedError());
        calibration.bins().forEach(bin -> System.out.printf("  %.1f-%.1f %6d %8.3f %8.3f%n", bin[0], bin[0] + 0.1,
                (long) bin[1], bin[2], bin[3]));
        System.out.printf("routed automatically at %.0f %% precision: confidence >= %.3f (precision %.3f),"
                + " %.1f %% of tips to triage%n", TARGET_PRECISION * 100, calibration.threshold(),
                calibration.precisionAtThreshold(), calibration.triageShare() * 100);
    }
}
