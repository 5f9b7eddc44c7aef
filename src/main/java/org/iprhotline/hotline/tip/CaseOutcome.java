package org.iprhotline.hotline.tip;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** What an agency's closing of a tip came to; every closing names one. */
public enum CaseOutcome {
    CASE_FILED,
    /** Comes with the amount of the penalty, in yuan. */
    PENALTY_IMPOSED,
    REFERRED_TO_POLICE,
    NO_INFRINGEMENT,
    INSUFFICIENT_EVIDENCE,
    SETTLED,
    /**
     * Not an intellectual-property matter at all (a lost parcel, a refund, a noisy neighbour): kept as
     * a {@code none} example for the classifier's next training ({@link LabelledExamples}).
     */
    NOT_IP_MATTER,
    OTHER;

    /** All codes, for a message that tells an agency what it may send. */
    public static final String CODES = Arrays.stream(values()).map(CaseOutcome::code)
            .collect(Collectors.joining(", "));

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<CaseOutcome> parse(String code) {
        return Arrays.stream(values()).filter(outcome -> outcome.code().equals(code)).findFirst();
    }
}
