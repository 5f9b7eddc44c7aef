package org.iprhotline.hotline.classify;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import opennlp.tools.ml.model.AbstractModel;

/**
 * Classifies tips with the models learnt from the corpus, and explains each decision by the
 * features that weighed most for it.
 */
public final class TrainedClassifier implements Classifier {

    private static final int TERMS_PER_DECISION = 6;
    private static final double FLAG_THRESHOLD = 0.5;

    /** Forestry species and the words for them; plant-variety tips naming one go to forestry, not agriculture. */
    private static final List<String> FORESTRY = List.of(
            "树", "林", "竹", "杉", "松", "柏", "杨", "桉", "油茶", "银杏", "月季", "牡丹", "红豆杉", "苗木", "花木",
            "tree", "forest", "timber", "poplar", "eucalyptus", "pine", "fir", "bamboo", "ginkgo", "camellia", "rose",
            "peony", "walnut", "willow", "oak", "sapling", "yew");

    private static final int RIGHT_TYPES = 0;

    private final AbstractModel rightTypes;
    /** The flag models, each at its position + 1 in {@link #weights}. */
    private final List<Map.Entry<Flag, AbstractModel>> flags;
    private final WeightTable weights;
    private final String model;

    public TrainedClassifier(ClassifierModels models) {
        this.model = "v" + models.metadata().getProperty("version", "?") + "-"
                + models.metadata().getProperty("corpus.sha256", "unknown").substring(0,
                        Math.min(8, models.metadata().getProperty("corpus.sha256", "unknown").length()));
        this.rightTypes = models.rightTypes();
        this.flags = List.copyOf(new EnumMap<>(models.flags()).entrySet());
        List<AbstractModel> all = new ArrayList<>();
        all.add(rightTypes);
        flags.forEach(flag -> all.add(flag.getValue()));
        double[] temperatures = new double[all.size()];
        Arrays.fill(temperatures, 1);
        // Only the right type's confidence is read as a probability; a flag is a yes at 0.5, whatever the temperature.
        temperatures[RIGHT_TYPES] = models.temperature();
        this.weights = new WeightTable(all, temperatures);
    }

    @Override
    public String model() {
        return model;
    }

    @Override
    public Classification classify(String whole) {
        // A tip grown by many follow-up texts is judged by its first 20,000 characters, in bounded time.
        String text = whole.length() > Features.MAX_LENGTH ? whole.substring(0, Features.MAX_LENGTH) : whole;
        String[] features = Features.of(text);
        double[][] probabilities = weights.evaluate(features);
        Map<RightType, Double> scores = new EnumMap<>(RightType.class);
        for (int i = 0; i < probabilities[RIGHT_TYPES].length; i++) {
            scores.put(RightType.fromCode(rightTypes.getOutcome(i)).orElseThrow(), round(probabilities[RIGHT_TYPES][i]));
        }
        List<Map.Entry<RightType, Double>> ranked = scores.entrySet().stream()
                .sorted(Map.Entry.<RightType, Double>comparingByValue(Comparator.reverseOrder()))
                .toList();
        RightType best = ranked.get(0).getKey();

        List<Explanatory> explanatory = explanatory(features);
        Set<String> terms = new LinkedHashSet<>(
                strongestFor(RIGHT_TYPES, rightTypes.getIndex(best.code()), explanatory, TERMS_PER_DECISION));
        Set<Flag> found = EnumSet.noneOf(Flag.class);
        for (int i = 0; i < flags.size(); i++) {
            int yes = flags.get(i).getValue().getIndex(ClassifierModels.YES);
            if (probabilities[i + 1][yes] >= FLAG_THRESHOLD) {
                found.add(flags.get(i).getKey());
                terms.addAll(strongestFor(i + 1, yes, explanatory, 2));
            }
        }
        List<RegistrationNumber> numbers = RegistrationNumber.findIn(text);
        boolean forestry = best == RightType.PLANT_VARIETY && namesForestrySpecies(text);
        return new Classification(best, ranked.get(0).getValue(), ranked.get(1).getKey(), found,
                new ArrayList<>(terms), scores, numbers, forestry);
    }

    /**
     * The right-type model's scores for a text before the softmax and the temperature, by right type:
     * what calibration fits the temperature on.
     */
    public Map<RightType, Double> rightTypeScores(String text) {
        double[] scores = weights.scores(Features.of(text))[RIGHT_TYPES];
        Map<RightType, Double> byType = new EnumMap<>(RightType.class);
        for (int i = 0; i < scores.length; i++) {
            byType.put(RightType.fromCode(rightTypes.getOutcome(i)).orElseThrow(), scores[i]);
        }
        return byType;
    }

    /** A feature a person can read, as triage staff see it, with its weights in every model. */
    private record Explanatory(String readable, WeightTable.Weights[] weights) {
    }

    /**
     * The text's features that explain something, each looked up and made readable once: a decision
     * is explained for the right type and again for every flag found, and doing this work for each
     * of them cost more than the classification itself.
     */
    private List<Explanatory> explanatory(String[] features) {
        List<Explanatory> explanatory = new ArrayList<>();
        for (String feature : features) {
            WeightTable.Weights[] weights = Features.isExplanatory(feature) ? this.weights.weightsOf(feature) : null;
            if (weights != null) {
                explanatory.add(new Explanatory(Features.readable(feature), weights));
            }
        }
        return explanatory;
    }

    /** The readable terms of the features that pushed hardest towards the model's outcome. */
    private static List<String> strongestFor(int model, int outcome, List<Explanatory> features, int limit) {
        Map<String, Double> contributions = new HashMap<>();
        for (Explanatory feature : features) {
            WeightTable.Weights found = feature.weights()[model];
            if (found == null) {
                continue;
            }
            double weight = distinctiveWeight(found, outcome);
            if (weight > 0) {
                contributions.merge(feature.readable(), weight, Double::sum);
            }
        }
        return contributions.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()))
                .limit(limit)
                .map(Map.Entry::getKey)
                .toList();
    }

    /** The weight for this outcome over the average: what sets it apart from the others. */
    private static double distinctiveWeight(WeightTable.Weights weights, int outcome) {
        double sum = 0;
        for (double weight : weights.byOutcome()) {
            sum += weight;
        }
        return weights.byOutcome()[outcome] - sum / Math.max(weights.outcomesWithWeight(), 1);
    }

    private static boolean namesForestrySpecies(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return FORESTRY.stream().anyMatch(lower::contains);
    }

    private static double round(double probability) {
        return Math.round(probability * 1000) / 1000.0;
    }
}
