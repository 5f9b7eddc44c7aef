package org.iprhotline.hotline.classify;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;

/**
 * The weights of several maximum-entropy models over the same features, gathered so that each
 * feature of a text is looked up once for all of them. OpenNLP evaluates each model on its own,
 * looking every feature up again in each model's map; with one right-type model and four flag
 * models that was most of the classifier's time. The arithmetic is OpenNLP's (a sum of the active
 * features' weights per outcome, then a softmax); {@code WeightTableTest} checks it gives the same
 * probabilities on the whole corpus.
 */
final class WeightTable {

    /**
     * One feature's weights in every model, side by side: model m's outcomes start at
     * {@code offsets[m]} (zero where the model does not know the feature), so the scoring adds one
     * contiguous array per feature. {@code means[m]} is the sum of the feature's weights in model m
     * over the number of outcomes it has a weight for (what the explanation measures a weight
     * against), NaN where model m does not know it.
     */
    record Weights(double[] byOutcome, double[] means) {
    }

    private final List<AbstractModel> models;
    private final double[] temperatures;
    private final int[] offsets;
    private final int outcomes;
    private final Map<Key, Weights> table = new HashMap<>();

    /**
     * @param temperatures per model, what its scores are divided by before the softmax (1: as trained);
     *     the calibration that makes a model's probabilities match how often it is right
     */
    WeightTable(List<AbstractModel> models, double[] temperatures) {
        this.models = List.copyOf(models);
        this.temperatures = temperatures.clone();
        this.offsets = new int[models.size()];
        int total = 0;
        for (int m = 0; m < models.size(); m++) {
            offsets[m] = total;
            total += models.get(m).getNumOutcomes();
        }
        this.outcomes = total;
        for (int m = 0; m < models.size(); m++) {
            AbstractModel model = models.get(m);
            @SuppressWarnings("unchecked")
            Map<String, Context> contexts = (Map<String, Context>) model.getDataStructures()[1];
            for (Map.Entry<String, Context> entry : contexts.entrySet()) {
                Weights weights = table.computeIfAbsent(new Key(entry.getKey()), key -> unknown());
                int[] known = entry.getValue().getOutcomes();
                double[] parameters = entry.getValue().getParameters();
                double sum = 0;
                for (int i = 0; i < known.length; i++) {
                    weights.byOutcome()[offsets[m] + known[i]] = parameters[i];
                    sum += parameters[i];
                }
                weights.means()[m] = sum / Math.max(known.length, 1);
            }
        }
    }

    private Weights unknown() {
        double[] means = new double[models.size()];
        Arrays.fill(means, Double.NaN);
        return new Weights(new double[outcomes], means);
    }

    /** Each model's outcome probabilities for these features, in the models' order. */
    double[][] evaluate(String[] features) {
        return evaluate(features, new Weights[features.length]);
    }

    /**
     * Each model's outcome probabilities for these features, in the models' order; {@code found}
     * receives each feature's weights (null for a feature no model knows), for the explanation.
     */
    double[][] evaluate(String[] features, Weights[] found) {
        double[][] probabilities = scores(features, found);
        for (int m = 0; m < probabilities.length; m++) {
            softmax(probabilities[m], temperatures[m]);
        }
        return probabilities;
    }

    /** Each model's outcome scores (the sums of the features' weights, before the softmax), in the models' order. */
    double[][] scores(String[] features) {
        return scores(features, new Weights[features.length]);
    }

    private double[][] scores(String[] features, Weights[] found) {
        double[] sums = new double[outcomes];
        for (int f = 0; f < features.length; f++) {
            found[f] = table.get(new Key(features[f]));
            if (found[f] != null) {
                double[] weights = found[f].byOutcome();
                for (int o = 0; o < sums.length; o++) {
                    sums[o] += weights[o];
                }
            }
        }
        double[][] byModel = new double[models.size()][];
        for (int m = 0; m < byModel.length; m++) {
            byModel[m] = Arrays.copyOfRange(sums, offsets[m], offsets[m] + models.get(m).getNumOutcomes());
        }
        return byModel;
    }

    /**
     * How much more a feature weighs for one outcome of one model than on average over that
     * model's outcomes: what sets the outcome apart. NaN when the model does not know the feature.
     */
    double distinctiveWeight(Weights weights, int model, int outcome) {
        return weights.byOutcome()[offsets[model] + outcome] - weights.means()[model];
    }

    /** Turns scores into probabilities in place: softmax of the scores divided by the temperature. */
    static void softmax(double[] scores, double temperature) {
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < scores.length; i++) {
            scores[i] /= temperature;
            max = Math.max(max, scores[i]);
        }
        double sum = 0;
        for (double score : scores) {
            sum += Math.exp(score - max);
        }
        double logSum = max + Math.log(sum);
        for (int i = 0; i < scores.length; i++) {
            scores[i] = Math.exp(scores[i] - logSum);
        }
    }

    /**
     * A feature as a map key. String's own hash gives many collisions for our features, which
     * are mostly one or two Han characters behind a short prefix ({@code 31 * a + b} is the same
     * for a great many character pairs), and turns the map's buckets into trees; this key mixes
     * the characters thoroughly instead.
     */
    private static final class Key {

        private final String feature;
        private final int hash;

        Key(String feature) {
            this.feature = feature;
            long h = 0x9E3779B97F4A7C15L;
            for (int i = 0; i < feature.length(); i++) {
                h = (h ^ feature.charAt(i)) * 0xBF58476D1CE4E5B9L;
                h ^= h >>> 29;
            }
            this.hash = (int) (h ^ (h >>> 32));
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.hash == hash && key.feature.equals(feature);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
