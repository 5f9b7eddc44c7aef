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
    /**
     * Per row of {@link #weights}, how the feature reads in an explanation ({@link #UNREADABLE_TERM}
     * for one that explains nothing), worked out the first time a tip has it. Written without a
     * lock: a string is safe to share however it was published, and two threads that both work a
     * term out write the same one.
     */
    private final String[] termOfRow;
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
        this.termOfRow = new String[weights.rows()];
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
        int[] rows = new int[features.length];
        double[][] probabilities = weights.evaluate(features, rows);
        Map<RightType, Double> scores = new EnumMap<>(RightType.class);
        for (int i = 0; i < probabilities[RIGHT_TYPES].length; i++) {
            scores.put(RightType.fromCode(rightTypes.getOutcome(i)).orElseThrow(), round(probabilities[RIGHT_TYPES][i]));
        }
        List<Map.Entry<RightType, Double>> ranked = scores.entrySet().stream()
                .sorted(Map.Entry.<RightType, Double>comparingByValue(Comparator.reverseOrder()))
                .toList();
        RightType best = ranked.get(0).getKey();

        Explanation explanation = new Explanation(weights, termOfRow, features, rows);
        Set<String> terms = new LinkedHashSet<>(
                explanation.strongestFor(RIGHT_TYPES, rightTypes.getIndex(best.code()), TERMS_PER_DECISION));
        Set<Flag> found = EnumSet.noneOf(Flag.class);
        // A flag names the channel of an infringement, so a tip decided `none` carries none, as in the
        // corpus: no campaign tags a lost parcel for its `delivery`, no one reads `criminal` on a refund.
        for (int i = 0; best != RightType.NONE && i < flags.size(); i++) {
            int yes = flags.get(i).getValue().getIndex(ClassifierModels.YES);
            if (probabilities[i + 1][yes] >= FLAG_THRESHOLD) {
                found.add(flags.get(i).getKey());
                terms.addAll(explanation.strongestFor(i + 1, yes, 2));
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

    /**
     * Marks, in {@link #termOfRow}, a feature that explains nothing to a person: no feature that
     * does reads as the empty string.
     */
    private static final String UNREADABLE_TERM = "";

    /**
     * The features of one text that weighed most for a decision, in the words triage staff read. A
     * decision is explained for the right type and again for every flag found, so each feature's
     * weights come from the scoring's own look-up, and how a feature reads is worked out once for
     * the classifier's life and only for features that pushed towards some outcome.
     */
    private static final class Explanation {

        private static final int NOT_JUDGED = -2;
        private static final int UNREADABLE = -1;

        private final WeightTable table;
        private final String[] termOfRow;
        private final String[] features;
        private final int[] rows;
        /** Per feature, the number of the term it reads as in this text, once judged. */
        private final int[] termOf;
        private final List<String> terms = new ArrayList<>();
        private final Map<String, Integer> termNumbers = new HashMap<>();

        Explanation(WeightTable table, String[] termOfRow, String[] features, int[] rows) {
            this.table = table;
            this.termOfRow = termOfRow;
            this.features = features;
            this.rows = rows;
            this.termOf = new int[features.length];
            Arrays.fill(termOf, NOT_JUDGED);
        }

        /** The readable terms of the features that pushed hardest towards this model's outcome. */
        List<String> strongestFor(int model, int outcome, int limit) {
            double[] contributions = new double[features.length];
            for (int f = 0; f < features.length; f++) {
                if (rows[f] == WeightTable.UNKNOWN) {
                    continue;
                }
                double weight = table.distinctiveWeight(rows[f], model, outcome);
                int term = weight > 0 ? term(f) : UNREADABLE;
                if (term >= 0) {
                    contributions[term] += weight;
                }
            }
            // The few largest, by selection: there are hundreds of terms and at most six are wanted.
            List<String> strongest = new ArrayList<>(limit);
            boolean[] taken = new boolean[terms.size()];
            for (int k = 0; k < limit; k++) {
                int best = -1;
                for (int t = 0; t < terms.size(); t++) {
                    if (!taken[t] && contributions[t] > 0 && (best < 0 || contributions[t] > contributions[best])) {
                        best = t;
                    }
                }
                if (best < 0) {
                    break;
                }
                taken[best] = true;
                strongest.add(terms.get(best));
            }
            return strongest;
        }

        /** The number of the term the feature reads as, or {@link #UNREADABLE}. */
        private int term(int f) {
            if (termOf[f] == NOT_JUDGED) {
                String term = termOfRow[rows[f]];
                if (term == null) {
                    term = Features.isExplanatory(features[f]) ? Features.readable(features[f]) : UNREADABLE_TERM;
                    termOfRow[rows[f]] = term;
                }
                termOf[f] = term.isEmpty() ? UNREADABLE : termNumbers.computeIfAbsent(term, read -> {
                    terms.add(read);
                    return terms.size() - 1;
                });
            }
            return termOf[f];
        }
    }

    private static boolean namesForestrySpecies(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return FORESTRY.stream().anyMatch(lower::contains);
    }

    private static double round(double probability) {
        return Math.round(probability * 1000) / 1000.0;
    }
}
