import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;

import org.iprhotline.hotline.classify.Classification;
import org.iprhotline.hotline.classify.Classifier;
import org.iprhotline.hotline.classify.ClassifierModels;
import org.iprhotline.hotline.classify.TrainedClassifier;

/**
 * A second opinion for the tips the classifier is unsure of, tried and measured (run.sh): the
 * nearest training tips by sentence embedding vote for the right type. Arguments: the training
 * corpus and the evaluation set, both in the corpus's TSV layout.
 */
public class Trial {

    private static final String[] RIGHT_TYPES = {"patent", "trademark", "copyright", "trade_secret", "plant_variety", "none"};
    private static final int NEIGHBOURS = 15;

    record Example(String rightType, String text) {
    }

    public static void main(String[] args) throws Exception {
        List<Example> training = read(Path.of(args[0]));
        List<Example> evaluation = read(Path.of(args[1]));
        Classifier classifier = new TrainedClassifier(ClassifierModels.loadShipped());

        System.gc();
        long rssBefore = rssMegabytes();
        long started = System.nanoTime();
        EmbeddingModel model = new BgeSmallZhV15QuantizedEmbeddingModel();
        embed(model, "warm up");
        System.gc();
        System.out.printf("embedding model loaded in %d ms; RSS %d -> %d MB%n", (System.nanoTime() - started) / 1_000_000,
                rssBefore, rssMegabytes());

        started = System.nanoTime();
        float[][] vectors = new float[training.size()][];
        for (int i = 0; i < training.size(); i++) {
            vectors[i] = embed(model, training.get(i).text());
        }
        System.out.printf("%d training tips embedded in %d s%n", training.size(), (System.nanoTime() - started) / 1_000_000_000);

        String thousandCharacters = (evaluation.get(1).text() + " ").repeat(20).substring(0, 1000);
        long[] times = new long[50];
        for (int i = 0; i < times.length; i++) {
            long start = System.nanoTime();
            embed(model, thousandCharacters);
            times[i] = System.nanoTime() - start;
        }
        Arrays.sort(times);
        System.out.printf("a 1,000-character tip: embedding median %.1f ms, p90 %.1f ms (one thread)%n", times[25] / 1e6,
                times[45] / 1e6);

        for (double threshold : new double[] {0.0, 0.552, 0.7, 0.9, 1.01}) {
            Map<String, int[]> counts = new HashMap<>(); // true positives, false positives, false negatives
            for (String rightType : RIGHT_TYPES) {
                counts.put(rightType, new int[3]);
            }
            int asked = 0;
            for (Example example : evaluation) {
                Classification classification = classifier.classify(example.text());
                String predicted = classification.rightType().code();
                if (classification.confidence() < threshold) {
                    asked++;
                    predicted = neighboursVote(embed(model, example.text()), vectors, training);
                }
                if (predicted.equals(example.rightType())) {
                    counts.get(predicted)[0]++;
                } else {
                    counts.get(predicted)[1]++;
                    counts.get(example.rightType())[2]++;
                }
            }
            double f1Sum = 0;
            StringBuilder recalls = new StringBuilder();
            for (String rightType : RIGHT_TYPES) {
                int[] count = counts.get(rightType);
                double precision = count[0] + count[1] == 0 ? 0 : count[0] / (double) (count[0] + count[1]);
                double recall = count[0] / (double) (count[0] + count[2]);
                f1Sum += precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
                recalls.append(String.format(" %s %.2f", rightType, recall));
            }
            System.out.printf("second opinion below confidence %.3f (%d of %d tips): macro-F1 %.3f; recall%s%n", threshold,
                    asked, evaluation.size(), f1Sum / RIGHT_TYPES.length, recalls);
        }
    }

    private static String neighboursVote(float[] vector, float[][] vectors, List<Example> training) {
        Integer[] order = new Integer[vectors.length];
        double[] similarity = new double[vectors.length];
        for (int i = 0; i < vectors.length; i++) {
            order[i] = i;
            similarity[i] = cosine(vector, vectors[i]);
        }
        Arrays.sort(order, (a, b) -> Double.compare(similarity[b], similarity[a]));
        Map<String, Double> votes = new HashMap<>();
        for (int k = 0; k < NEIGHBOURS; k++) {
            votes.merge(training.get(order[k]).rightType(), similarity[order[k]], Double::sum);
        }
        return Collections.max(votes.entrySet(), Map.Entry.comparingByValue()).getKey();
    }

    private static List<Example> read(Path tsv) throws Exception {
        List<String> lines = Files.readAllLines(tsv);
        List<Example> examples = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] fields = line.split("\t", -1);
            examples.add(new Example(fields[4], fields[6]));
        }
        return examples;
    }

    private static float[] embed(EmbeddingModel model, String text) {
        return model.embed(TextSegment.from(text)).content().vector();
    }

    /** The vectors come normalised, so their dot product is their cosine. */
    private static double cosine(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    private static long rssMegabytes() throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        }
        return 0;
    }
}
