package org.iprhotline.hotline.classify;

import java.util.List;
import java.util.Set;

/**
 * What the classifier decided about a tip's text.
 *
 * @param rightType  the most likely right type
 * @param confidence how sure the classifier is of {@code rightType}, from 0 to 1
 * @param runnerUp   the second most likely right type
 * @param flags      cross-cutting circumstances found in the text
 * @param terms      the words that drove the decision, for triage staff
 */
public record Classification(RightType rightType, double confidence, RightType runnerUp, Set<Flag> flags,
        List<String> terms) {

    public Classification {
        flags = Set.copyOf(flags);
        terms = List.copyOf(terms);
    }
}
