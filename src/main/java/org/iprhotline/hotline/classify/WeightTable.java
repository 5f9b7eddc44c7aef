package org.iprhotline.hotline.classify;

import java.util.ArrayList;
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
 *
 * <p>The table is laid out in flat arrays: a feature's weights in every model are one row of
 * {@link #weights}, found through an open-addressing index of 64-bit hashes. A map of strings to
 * objects cost several cache misses per feature (bucket, node, key, its string, the row), and a
 * 1,000-character tip has about a thousand features: that, not the arithmetic, was the scoring's
 * time. The index keeps the hash, not the feature: two features of the models with the same 64-bit
 * hash stop the table being built, and a feature no model knows is taken for a known one only if
 * their hashes agree, less than once in 10^14 look-ups for a table of 30,000 features.
 */
final class WeightTable {

    /** A feature no model knows. */
    static final int UNKNOWN = -1;

    private final int models;
    private final double[] temperatures;
    private final int[] offsets;
    private final int[] outcomeCounts;
    /** Outcomes of all models together: the length of a row. */
    private final int outcomes;
    /** Per slot of the index, the hash of its feature (0: empty), and the feature's row. */
    private final long[] hashes;
    private final int[] rowAt;
    private final int mask;
    /** Row r, model m, outcome o at {@code r * outcomes + offsets[m] + o}; zero where m does not know the feature. */
    private final double[] weights;
    /**
     * Row r, model m at {@code r * models + m}: the sum of the feature's weights in model m over the
     * number of outcomes it has a weight for (what the explanation measures a weight against), NaN
     * where model m does not know it.
     */
    private final double[] means;
    private final int rows;

    /**
     * @param temperatures per model, what its scores are divided by before the softmax (1: as trained);
     *     the calibration that makes a model's probabilities match how often it is right
     */
    WeightTable(List<AbstractModel> models, double[] temperatures) {
        this.models = models.size();
        this.temperatures = temperatures.clone();
        this.offsets = new int[this.models];
        this.outcomeCounts = new int[this.models];
        int total = 0;
        Map<String, Integer> rowByFeature = new HashMap<>();
        List<Map<String, Context>> contexts = new ArrayList<>();
        for (int m = 0; m < this.models; m++) {
            offsets[m] = total;
            outcomeCounts[m] = models.get(m).getNumOutcomes();
            total += outcomeCounts[m];
            @SuppressWarnings("unchecked")
            Map<String, Context> byFeature = (Map<String, Context>) models.get(m).getDataStructures()[1];
            contexts.add(byFeature);
            byFeature.keySet().forEach(feature -> rowByFeature.putIfAbsent(feature, rowByFeature.size()));
        }
        this.outcomes = total;
        this.rows = rowByFeature.size();
        this.weights = new double[rows * outcomes];
        this.means = new double[rows * this.models];
        Arrays.fill(means, Double.NaN);
        // At most half full, so that a look-up of an unknown feature meets an empty slot soon.
        int capacity = Integer.highestOneBit(Math.max(2, rows) * 4 - 1);
        this.hashes = new long[capacity];
        this.rowAt = new int[capacity];
        this.mask = capacity - 1;
        for (Map.Entry<String, Integer> feature : rowByFeature.entrySet()) {
            index(feature.getKey(), feature.getValue());
        }
        for (int m = 0; m < this.models; m++) {
            for (Map.Entry<String, Context> entry : contexts.get(m).entrySet()) {
                int row = rowByFeature.get(entry.getKey());
                int[] known = entry.getValue().getOutcomes();
                double[] parameters = entry.getValue().getParameters();
                double sum = 0;
                for (int i = 0; i < known.length; i++) {
                    weights[row * outcomes + offsets[m] + known[i]] = parameters[i];
                    sum += parameters[i];
                }
                means[row * this.models + m] = sum / Math.max(known.length, 1);
            }
        }
    }

    private void index(String feature, int row) {
        long hash = hash(feature);
        int slot = (int) hash & mask;
        while (hashes[slot] != 0) {
            if (hashes[slot] == hash) {
                throw new IllegalStateException("two features of the models share a 64-bit hash: " + feature);
            }
            slot = (slot + 1) & mask;
        }
        hashes[slot] = hash;
        rowAt[slot] = row;
    }

    /** The feature's row, or {@link #UNKNOWN}. */
    int rowOf(String feature) {
        long hash = hash(feature);
        for (int slot = (int) hash & mask; hashes[slot] != 0; slot = (slot + 1) & mask) {
            if (hashes[slot] == hash) {
                return rowAt[slot];
            }
        }
        return UNKNOWN;
    }

    /** How many features the models know: rows are numbered from 0 to this. */
    int rows() {
        return rows;
    }

    /** Each model's outcome probabilities for these features, in the models' order. */
    double[][] evaluate(String[] features) {
        return evaluate(features, new int[features.length]);
    }

    /**
     * Each model's outcome probabilities for these features, in the models' order; {@code found}
     * receives each feature's row ({@link #UNKNOWN} for a feature no model knows), for the explanation.
     */
    double[][] evaluate(String[] features, int[] found) {
        double[][] probabilities = scores(features, found);
        for (int m = 0; m < probabilities.length; m++) {
            softmax(probabilities[m], temperatures[m]);
        }
        return probabilities;
    }

    /** Each model's outcome scores (the sums of the features' weights, before the softmax), in the models' order. */
    double[][] scores(String[] features) {
        return scores(features, new int[features.length]);
    }

    private double[][] scores(String[] features, int[] found) {
        double[] sums = new double[outcomes];
        for (int f = 0; f < features.length; f++) {
            int row = rowOf(features[f]);
            found[f] = row;
            if (row != UNKNOWN) {
                int at = row * outcomes;
                for (int o = 0; o < outcomes; o++) {
                    sums[o] += weights[at + o];
                }
            }
        }
        double[][] byModel = new double[models][];
        for (int m = 0; m < models; m++) {
            byModel[m] = Arrays.copyOfRange(sums, offsets[m], offsets[m] + outcomeCounts[m]);
        }
        return byModel;
    }

    /**
     * How much more a feature weighs for one outcome of one model than on average over that
     * model's outcomes: what sets the outcome apart. NaN when the model does not know the feature.
     */
    double distinctiveWeight(int row, int model, int outcome) {
        return weights[row * outcomes + offsets[model] + outcome] - means[row * models + model];
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
     * A feature's 64-bit hash, never 0 (an empty slot). String's own hash gives many collisions for
     * our features, which are mostly one or two Han characters behind a short prefix ({@code 31 * a
     * + b} is the same for a great many character pairs); this one mixes every character in.
     */
    static long hash(String feature) {
        long h = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < feature.length(); i++) {
            h = (h ^ feature.charAt(i)) * 0xBF58476D1CE4E5B9L;
            h ^= h >>> 29;
        }
        h ^= h >>> 32;
        return h == 0 ? 1 : h;
    }
}
