package org.iprhotline.hotline.classify;

import java.util.ArrayList;
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
import opennlp.tools.ml.model.Context;

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

    private final LinearModel rightTypes;
    private final Map<Flag, LinearModel> flags = new EnumMap<>(Flag.class);

    public TrainedClassifier(ClassifierModels models) {
        this.rightTypes = new LinearModel(models.rightTypes());
        models.flags().forEach((flag, model) -> flags.put(flag, new LinearModel(model)));
    }

    @Override
    public Classification classify(String text) {
        String[] features = Features.of(text);
        double[] probabilities = rightTypes.model.eval(features);
        Map<RightType, Double> scores = new EnumMap<>(RightType.class);
        for (int i = 0; i < probabilities.length; i++) {
            scores.put(RightType.fromCode(rightTypes.model.getOutcome(i)).orElseThrow(), round(probabilities[i]));
        }
        List<Map.Entry<RightType, Double>> ranked = scores.entrySet().stream()
                .sorted(Map.Entry.<RightType, Double>comparingByValue(Comparator.reverseOrder()))
                .toList();
        RightType best = ranked.get(0).getKey();

        Set<String> terms = new LinkedHashSet<>(rightTypes.strongestFor(best.code(), features, TERMS_PER_DECISION));
        Set<Flag> found = EnumSet.noneOf(Flag.class);
        for (Map.Entry<Flag, LinearModel> flag : flags.entrySet()) {
            AbstractModel model = flag.getValue().model;
            double yes = model.eval(features)[model.getIndex(ClassifierModels.YES)];
            if (yes >= FLAG_THRESHOLD) {
                found.add(flag.getKey());
                terms.addAll(flag.getValue().strongestFor(ClassifierModels.YES, features, 2));
            }
        }
        List<RegistrationNumber> numbers = RegistrationNumber.findIn(text);
        boolean forestry = best == RightType.PLANT_VARIETY && namesForestrySpecies(text);
        return new Classification(best, ranked.get(0).getValue(), ranked.get(1).getKey(), found,
                new ArrayList<>(terms), scores, numbers, forestry);
    }

    private static boolean namesForestrySpecies(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return FORESTRY.stream().anyMatch(lower::contains);
    }

    private static double round(double probability) {
        return Math.round(probability * 1000) / 1000.0;
    }

    /** A trained model with its weights opened up for explanations. */
    private static final class LinearModel {

        private final AbstractModel model;
        private final Map<String, Context> weights;

        @SuppressWarnings("unchecked")
        LinearModel(AbstractModel model) {
            this.model = model;
            // OpenNLP's own structures: [parameters, feature -> weights per outcome, outcome names].
            this.weights = new HashMap<>((Map<String, Context>) model.getDataStructures()[1]);
        }

        /** The readable terms of the features that pushed hardest towards {@code outcome}. */
        List<String> strongestFor(String outcome, String[] features, int limit) {
            int outcomeIndex = model.getIndex(outcome);
            Map<String, Double> contributions = new HashMap<>();
            for (String feature : features) {
                if (!Features.isExplanatory(feature)) {
                    continue;
                }
                Context context = weights.get(feature);
                if (context == null) {
                    continue;
                }
                double weight = weightOf(context, outcomeIndex);
                if (weight > 0) {
                    contributions.merge(Features.readable(feature), weight, Double::sum);
                }
            }
            return contributions.entrySet().stream()
                    .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()))
                    .limit(limit)
                    .map(Map.Entry::getKey)
                    .toList();
        }

        private static double weightOf(Context context, int outcomeIndex) {
            int[] outcomes = context.getOutcomes();
            double[] values = context.getParameters();
            double own = 0;
            double sum = 0;
            for (int i = 0; i < outcomes.length; i++) {
                sum += values[i];
                if (outcomes[i] == outcomeIndex) {
                    own = values[i];
                }
            }
            // Weight for this outcome over the average: what sets it apart from the others.
            return own - sum / Math.max(outcomes.length, 1);
        }
    }
}
