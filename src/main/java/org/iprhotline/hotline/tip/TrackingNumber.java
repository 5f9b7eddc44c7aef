package org.iprhotline.hotline.tip;

import java.util.Locale;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The number a reporter quotes to follow a tip: twelve characters of Crockford's base 32 shown as
 * {@code XXXX-XXXX-XXXX}. Eleven are random (55 bits, so numbers are neither sequential nor
 * guessable); the last is a Luhn mod 32 check character, which catches any single mistyped
 * character and any swap of two neighbours. The alphabet leaves out I, L, O and U so that a number
 * read over the phone is not misheard; when parsing, those letters are read as the digits they
 * resemble.
 */
public record TrackingNumber(String value) {

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final int BASE = ALPHABET.length();
    private static final int LENGTH = 12;
    private static final RandomGenerator RANDOM = AccessCode.secretSource();

    public TrackingNumber {
        if (!isWellFormed(value)) {
            throw new IllegalArgumentException("not a tracking number");
        }
    }

    public static TrackingNumber generate() {
        return generate(RANDOM);
    }

    static TrackingNumber generate(RandomGenerator random) {
        // One draw of 64 bits gives the eleven characters of 5 bits each.
        long bits = random.nextLong();
        StringBuilder digits = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH - 1; i++) {
            digits.append(ALPHABET.charAt((int) (bits & (BASE - 1))));
            bits >>>= 5;
        }
        digits.append(checkCharacter(digits));
        return new TrackingNumber(digits.toString());
    }

    /** Reads what a person typed or said: case, hyphens and spaces do not matter. */
    public static Optional<TrackingNumber> parse(String input) {
        if (input == null || input.length() > 40) {
            return Optional.empty();
        }
        StringBuilder compact = new StringBuilder(LENGTH);
        input.toUpperCase(Locale.ROOT).chars().filter(c -> c != '-' && !Character.isWhitespace(c))
                .forEach(c -> compact.append((char) c));
        String normalized = compact.toString()
                .replace('O', '0')
                .replace('I', '1')
                .replace('L', '1');
        return isWellFormed(normalized) ? Optional.of(new TrackingNumber(normalized)) : Optional.empty();
    }

    /** {@code 7K3M-9QPD-2WX5}: how the number is shown and printed. */
    public String formatted() {
        return value.substring(0, 4) + "-" + value.substring(4, 8) + "-" + value.substring(8);
    }

    @Override
    public String toString() {
        return formatted();
    }

    private static boolean isWellFormed(String candidate) {
        if (candidate == null || candidate.length() != LENGTH) {
            return false;
        }
        for (int i = 0; i < LENGTH; i++) {
            if (ALPHABET.indexOf(candidate.charAt(i)) < 0) {
                return false;
            }
        }
        return luhnSum(candidate, 1) % BASE == 0;
    }

    private static char checkCharacter(CharSequence payload) {
        int remainder = luhnSum(payload, 2) % BASE;
        return ALPHABET.charAt((BASE - remainder) % BASE);
    }

    /** Luhn mod N, from the rightmost character, doubling every other one starting with {@code firstFactor}. */
    private static int luhnSum(CharSequence digits, int firstFactor) {
        int factor = firstFactor;
        int sum = 0;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int addend = factor * ALPHABET.indexOf(digits.charAt(i));
            sum += addend / BASE + addend % BASE;
            factor = factor == 2 ? 1 : 2;
        }
        return sum;
    }
}
