package org.iprhotline.hotline.classify;

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
     * One feature's weights in one model: per outcome, and their sum over the number of outcomes it
     * has a weight for (what the explanation measures a weight against).
     */
    record Weights(double[] byOutcome, double mean) {
    }

    private final List<AbstractModel> models;
    private final double[] temperatures;
    private final Map<Key, Weights[]> table = new HashMap<>();

    /**
     * @param temperatures per model, what its scores are divided by before the softmax (1: as trained);
     *     the calibration that makes a model's probabilities match how often it is right
     */
    WeightTable(List<AbstractModel> models, double[] temperatures) {
        this.models = List.copyOf(models);
        this.temperatures = temperatures.clone();
        for (int m = 0; m < models.size(); m++) {
            AbstractModel model = models.get(m);
            @SuppressWarnings("unchecked")
            Map<String, Context> contexts = (Map<String, Context>) model.getDataStructures()[1];
            for (Map.Entry<String, Context> entry : contexts.entrySet()) {
                double[] dense = new double[model.getNumOutcomes()];
                int[] outcomes = entry.getValue().getOutcomes();
                double[] parameters = entry.getValue().getParameters();
                double sum = 0;
                for (int i = 0; i < outcomes.length; i++) {
                    dense[outcomes[i]] = parameters[i];
                    sum += parameters[i];
                }
                table.computeIfAbsent(new Key(entry.getKey()), key -> new Weights[models.size()])[m] =
                        new Weights(dense, sum / Math.max(outcomes.length, 1));
            }
        }
    }

    /** Each model's outcome probabilities for these features, in the models' order. */
    double[][] evaluate(String[] features) {
        return evaluate(features, new Weights[features.length][]);
    }

    /**
     * Each model's outcome probabilities for these features, in the models' order; {@code found}
     * receives each feature's weights (null for a feature no model knows), for the explanation.
     */
    double[][] evaluate(String[] features, Weights[][] found) {
        double[][] probabilities = scores(features, found);
        for (int m = 0; m < probabilities.length; m++) {
            softmax(probabilities[m], temperatures[m]);
        }
        return probabilities;
    }

    /** Each model's outcome scores (the sums of the features' weights, before the softmax), in the models' order. */
    double[][] scores(String[] features) {
        return scores(features, new Weights[features.length][]);
    }

    private double[][] scores(String[] features, Weights[][] found) {
        double[][] sums = new double[models.size()][];
        for (int m = 0; m < sums.length; m++) {
            sums[m] = new double[models.get(m).getNumOutcomes()];
        }
        for (int f = 0; f < features.length; f++) {
            found[f] = table.get(new Key(features[f]));
            if (found[f] == null) {
                continue;
            }
            for (int m = 0; m < found[f].length; m++) {
                if (found[f][m] != null) {
                    double[] weights = found[f][m].byOutcome();
                    for (int o = 0; o < weights.length; o++) {
                        sums[m][o] += weights[o];
                    }
                }
            }
        }
        return sums;
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
