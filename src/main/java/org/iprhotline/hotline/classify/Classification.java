package org.iprhotline.hotline.classify;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the classifier decided about a tip's text.
 *
 * @param rightType           the most likely right type
 * @param confidence          how sure the classifier is of {@code rightType}, from 0 to 1
 * @param runnerUp            the second most likely right type
 * @param flags               cross-cutting circumstances found in the text
 * @param terms               the words that drove the decision, for triage staff
 * @param scores              the probability of every right type
 * @param registrationNumbers patent, trademark and variety numbers named in the text
 * @param forestry            for plant varieties: a forestry species (trees, bamboo, woody ornamentals)
 */
public record Classification(RightType rightType, double confidence, RightType runnerUp, Set<Flag> flags,
        List<String> terms, Map<RightType, Double> scores, List<RegistrationNumber> registrationNumbers,
        boolean forestry) {

    public Classification {
        flags = Set.copyOf(flags);
        terms = List.copyOf(terms);
        scores = Map.copyOf(scores);
        registrationNumbers = List.copyOf(registrationNumbers);
    }

    /** A decision as stored with a tip, without the detail that only matters while routing. */
    public Classification(RightType rightType, double confidence, RightType runnerUp, Set<Flag> flags,
            List<String> terms) {
        this(rightType, confidence, runnerUp, flags, terms, Map.of(rightType, confidence), List.of(), false);
    }

    /** The probability the classifier gives {@code type}; 0 when it gave none. */
    public double probabilityOf(RightType type) {
        return scores.getOrDefault(type, 0.0);
    }
}
