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
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import opennlp.tools.util.TrainingParameters;

import org.iprhotline.hotline.classify.Classification;
import org.iprhotline.hotline.classify.ClassifierModels;
import org.iprhotline.hotline.classify.Flag;
import org.iprhotline.hotline.classify.LabelledExample;
import org.iprhotline.hotline.classify.RightType;
import org.iprhotline.hotline.classify.TrainedClassifier;

/**
 * Scores the shipped model on the evaluation set, then cross-validates the classifier on the corpus:
 * {@code ./mvnw -q compile exec:java@evaluate} (add {@code -Dexec.args=--compare} to compare OpenNLP's
 * trainers, {@code -Dexec.args="--set file.tsv"} to score the shipped model on another labelled file and list its misses,
 * or {@code -Dexec.args=--misses} to list the cross-validation's misses among the tips written one by one). Folds hold out whole scenario
 * templates, so every score is measured on wording the model never saw in training.
 */
public final class Evaluate {

    static final int FOLDS = 5;
    static final Path EVALUATION_SET = Path.of("tools/corpus/evaluation.tsv");

    private Evaluate() {
    }

    /** What cross-validation measured. */
    public record Result(double macroF1, Map<RightType, double[]> precisionRecall, double flagMicroF1,
            Map<Flag, double[]> flagPrecisionRecall, long[][] confusion, Map<String, double[]> accuracyBySlice,
            Calibration calibration) {
    }

    /**
     * How far the confidence can be trusted: expected calibration error over ten bins, each bin's
     * count, mean confidence and accuracy; and the lowest confidence at which what is routed
     * automatically (a right type, not "none") is right at least {@link #TARGET_PRECISION} of the
     * time, with the share of tips that threshold would send to triage.
     */
    public record Calibration(double expectedError, List<double[]> bins, double threshold, double triageShare,
            double precisionAtThreshold, double precisionAtDefault, double triageShareAtDefault) {
    }

    /** The service's triage threshold when none is configured ({@code IPR_ROUTING_TRIAGE_THRESHOLD}). */
    static final double DEFAULT_THRESHOLD = 0.5;

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
        if (args.length > 1 && args[0].equals("--set")) {
            List<LabelledExample> set;
            try (InputStream in = Files.newInputStream(Path.of(args[1]))) {
                set = LabelledExample.readAll(in);
            }
            System.out.printf("The shipped model on %s (%d tips)%n%n", args[1], set.size());
            TrainedClassifier classifier = new TrainedClassifier(ClassifierModels.loadShipped());
            printScores(score(classifier, set));
            printMisses(classifier, set);
            return;
        }
        List<LabelledExample> evaluation = evaluationSet();
        System.out.printf("The shipped model on the evaluation set (%s, %d tips written by hand apart from the corpus,"
                + " never trained on)%n%n", EVALUATION_SET, evaluation.size());
        printScores(score(new TrainedClassifier(ClassifierModels.loadShipped()), evaluation));
        double temperature = ClassifierModels.loadShipped().temperature();
        System.out.printf("%nSecondary: %d examples of the corpus, %d-fold cross-validation holding out whole templates,"
                + " each fold's model calibrated with the shipped temperature %.3f%n%n", examples.size(), FOLDS, temperature);
        Map<String, Long> groupSizes = groupSizes(examples);
        Scores scores = new Scores(groupSizes);
        List<Prediction> predictions = outOfFold(examples, ClassifierModels.defaultParameters(), temperature);
        predictions.forEach(held -> scores.add(held.example(), held.classification()));
        printScores(scores.result());
        if (args.length > 0 && args[0].equals("--misses")) {
            System.out.printf("%ntips written one by one that their fold's model got wrong (id, truth, decision,"
                    + " confidence, text):%n");
            predictions.stream()
                    .filter(held -> writtenOneByOne(held.example(), groupSizes))
                    .filter(held -> held.classification().rightType() != held.example().rightType())
                    .forEach(held -> System.out.printf("  %-5s %s -> %s %.2f  %s%n", held.example().id(),
                            held.example().rightType().code(), held.classification().rightType().code(),
                            held.classification().confidence(), held.example().text()));
        }
    }

    public static Result crossValidate(List<LabelledExample> examples, TrainingParameters parameters) {
        Scores scores = new Scores(groupSizes(examples));
        outOfFold(examples, parameters, 1).forEach(held -> scores.add(held.example(), held.classification()));
        return scores.result();
    }

    /** A held-out example, what the classifier trained without it decided, and its right-type scores. */
    public record Prediction(LabelledExample example, Classification classification, Map<RightType, Double> scores) {
    }

    /**
     * Every example of the corpus classified by the model of the fold that held it out, each model
     * calibrated with {@code temperature}.
     */
    public static List<Prediction> outOfFold(List<LabelledExample> examples, TrainingParameters parameters,
            double temperature) {
        List<String> groups = new ArrayList<>(new TreeSet<>(examples.stream().map(LabelledExample::group).toList()));
        Collections.shuffle(groups, new Random(12330));
        Map<String, Integer> foldOf = new HashMap<>();
        for (int i = 0; i < groups.size(); i++) {
            foldOf.put(groups.get(i), i % FOLDS);
        }
        // Each fold trains its own models from the same read-only lists, so the folds run side by
        // side on the machine's cores; the ordered stream keeps the predictions in fold order and the
        // figures the same as one after another.
        return IntStream.range(0, FOLDS).parallel()
                .mapToObj(fold -> heldOutBy(fold, examples, foldOf, parameters, temperature))
                .flatMap(List::stream)
                .toList();
    }

    private static List<Prediction> heldOutBy(int fold, List<LabelledExample> examples, Map<String, Integer> foldOf,
            TrainingParameters parameters, double temperature) {
        List<LabelledExample> training = new ArrayList<>();
        List<LabelledExample> held = new ArrayList<>();
        for (LabelledExample example : examples) {
            (foldOf.get(example.group()) == fold ? held : training).add(example);
        }
        ClassifierModels models = ClassifierModels.train(training, parameters);
        models.metadata().setProperty(ClassifierModels.TEMPERATURE, String.valueOf(temperature));
        TrainedClassifier classifier = new TrainedClassifier(models);
        List<Prediction> predictions = new ArrayList<>();
        for (LabelledExample example : held) {
            predictions.add(new Prediction(example, classifier.classify(example.text()),
                    classifier.rightTypeScores(example.text())));
        }
        return predictions;
    }

    /**
     * Whether an example was written one by one (by hand, or a person's decision on a real tip)
     * rather than from one of the generator's templates: it is a group of its own.
     */
    static boolean writtenOneByOne(LabelledExample example, Map<String, Long> groupSizes) {
        return groupSizes.get(example.group()) == 1;
    }

    static Map<String, Long> groupSizes(List<LabelledExample> examples) {
        return examples.stream().collect(Collectors.groupingBy(LabelledExample::group, Collectors.counting()));
    }

    /** How a trained classifier does on examples it was not trained on (the evaluation set). */
    public static Result score(TrainedClassifier classifier, List<LabelledExample> examples) {
        Scores scores = new Scores(Map.of());
        examples.forEach(example -> scores.add(example, classifier.classify(example.text())));
        return scores.result();
    }

    /** Each tip whose right type or flags the classifier got wrong, to read what it missed. */
    static void printMisses(TrainedClassifier classifier, List<LabelledExample> examples) {
        System.out.printf("%ntips with a wrong right type or flags (id, truth, decision, confidence):%n");
        for (LabelledExample example : examples) {
            Classification decided = classifier.classify(example.text());
            if (decided.rightType() != example.rightType() || !decided.flags().equals(example.flags())) {
                System.out.printf("  %-6s %s %s -> %s %s %.2f%n", example.id(), example.rightType().code(),
                        example.flags().stream().map(Flag::code).sorted().toList(), decided.rightType().code(),
                        decided.flags().stream().map(Flag::code).sorted().toList(), decided.confidence());
            }
        }
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
        /** The corpus's groups and their sizes, to tell apart what was written one by one; empty for other sets. */
        private final Map<String, Long> groupSizes;

        Scores(Map<String, Long> groupSizes) {
            this.groupSizes = groupSizes;
        }
        /** Per flag: true positives, false positives, false negatives. */
        private final Map<Flag, long[]> flagCounts = new EnumMap<>(Flag.class);

        void add(LabelledExample example, Classification result) {
            confusion[example.rightType().ordinal()][result.rightType().ordinal()]++;
            decisions.add(new double[] {result.confidence(), result.rightType() == example.rightType() ? 1 : 0,
                result.rightType() == RightType.NONE ? 1 : 0});
            boolean right = result.rightType() == example.rightType();
            List<String> sliced = new ArrayList<>(List.of("language " + example.language(), "style " + example.style()));
            if (!groupSizes.isEmpty()) {
                sliced.add(writtenOneByOne(example, groupSizes) ? "one by one" : "from templates");
            }
            for (String slice : sliced) {
                long[] counts = slices.computeIfAbsent(slice, key -> new long[2]);
                counts[0] += right ? 1 : 0;
                counts[1]++;
            }
            for (Flag flag : Flag.values()) {
                boolean expected = example.flags().contains(flag);
                boolean predicted = result.flags().contains(flag);
                long[] counts = flagCounts.computeIfAbsent(flag, key -> new long[3]);
                counts[0] += expected && predicted ? 1 : 0;
                counts[1] += !expected && predicted ? 1 : 0;
                counts[2] += expected && !predicted ? 1 : 0;
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
            long[] all = new long[3];
            Map<Flag, double[]> flagPrecisionRecall = new EnumMap<>(Flag.class);
            flagCounts.forEach((flag, counts) -> {
                for (int i = 0; i < 3; i++) {
                    all[i] += counts[i];
                }
                flagPrecisionRecall.put(flag, new double[] {
                    counts[0] + counts[1] == 0 ? 0 : (double) counts[0] / (counts[0] + counts[1]),
                    counts[0] + counts[2] == 0 ? 0 : (double) counts[0] / (counts[0] + counts[2]),
                    counts[0] + counts[2]});
            });
            long flagged = 2 * all[0] + all[1] + all[2];
            double flagF1 = flagged == 0 ? 0 : 2.0 * all[0] / flagged;
            Map<String, double[]> accuracy = new HashMap<>();
            slices.forEach((slice, counts) -> accuracy.put(slice,
                    new double[] {(double) counts[0] / counts[1], counts[1]}));
            return new Result(f1Sum / classes, precisionRecall, flagF1, flagPrecisionRecall, confusion, accuracy,
                    calibration());
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
            double[] atDefault = routedAt(routable, DEFAULT_THRESHOLD);
            return new Calibration(error, bins, threshold, routedAt(routable, threshold)[1], precision, atDefault[0],
                    atDefault[1]);
        }

        /** Of what a threshold routes automatically: the precision, and the share of all tips left to triage. */
        private double[] routedAt(List<double[]> routable, double threshold) {
            List<double[]> sentOn = routable.stream().filter(decision -> decision[0] >= threshold).toList();
            double right = sentOn.stream().mapToDouble(decision -> decision[1]).sum();
            return new double[] {sentOn.isEmpty() ? 1 : right / sentOn.size(),
                decisions.isEmpty() ? 0 : 1 - (double) sentOn.size() / decisions.size()};
        }
    }

    private static void printScores(Result result) {
        System.out.printf("macro-F1 %.3f   flag micro-F1 %.3f%n%n", result.macroF1(), result.flagMicroF1());
        System.out.printf("%-14s %9s %9s%n", "class", "precision", "recall");
        result.precisionRecall().forEach((type, pr) ->
                System.out.printf("%-14s %9.3f %9.3f%n", type.code(), pr[0], pr[1]));
        System.out.printf("%n%-14s %9s %9s %6s%n", "flag", "precision", "recall", "tips");
        result.flagPrecisionRecall().forEach((flag, pr) ->
                System.out.printf("%-14s %9.3f %9.3f %6d%n", flag.code(), pr[0], pr[1], (long) pr[2]));
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
        System.out.printf("at the service's default threshold %.2f: precision %.3f, %.1f %% of tips to triage%n",
                DEFAULT_THRESHOLD, calibration.precisionAtDefault(), calibration.triageShareAtDefault() * 100);
    }
}
