package org.iprhotline.hotline.classify;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.iprhotline.hotline.text.Traditional;

/**
 * Turns a tip's text into the features the models read. Chinese is not segmented: Han characters
 * give character unigrams and bigrams, which carry most of the meaning of Chinese words without a
 * dictionary. Latin text gives words, word pairs and the character 4-grams of each word, so that
 * a typo in an SMS ("conterfeit") still shares most features with the word it means. Digits are
 * folded to one symbol: the number itself says nothing, its shape (ZL0.0) does.
 */
public final class Features {

    /** Words too common to explain anything; they stay features, they are just not shown. */
    private static final Set<String> STOP_WORDS = Set.of("the", "and", "our", "for", "with", "was", "are", "they",
            "their", "them", "this", "that", "from", "have", "has", "his", "her", "its", "you", "your", "who", "but",
            "not", "all", "now", "one", "out", "also", "been", "were", "will", "into", "than", "then", "there", "what",
            "when", "which", "while", "would", "about", "after", "some", "such", "very", "just", "any", "can", "did");

    /**
     * A feature every text has: the models' intercept, what they say of a text in which they know
     * nothing else. Without it a text of unknown words scored 0.5 for every yes/no flag, and so
     * carried all four flags.
     */
    static final String PRIOR = "b=prior";

    /** No character below this one is Han: Latin text skips the look-up of its script. */
    static final char FIRST_HAN = '\u2E80';

    /** The most text the features are taken from: the longest tip any channel accepts. */
    static final int MAX_LENGTH = 20_000;

    private Features() {
    }

    /**
     * Lower case, full-width forms folded (NFKC), traditional Chinese characters written simplified
     * (網 as 网: the training tips are simplified). NFKC can make one character eighteen (U+FDFA);
     * what folding adds past {@link #MAX_LENGTH} is not read. The cue words are looked for in
     * this text, digits included ("1688" is a shop).
     */
    static String fold(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        if (folded.length() > MAX_LENGTH) {
            folded = folded.substring(0, MAX_LENGTH);
        }
        StringBuilder out = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            out.append(c >= FIRST_HAN ? Traditional.simplified(c) : c);
        }
        return out.toString();
    }

    /** Folded text with every run of digits written as {@code 0}: what the words are read from. */
    private static String foldDigits(String folded) {
        StringBuilder out = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            boolean digit = c >= '0' && c <= '9';
            if (!digit) {
                out.append(c);
            } else if (i == 0 || folded.charAt(i - 1) < '0' || folded.charAt(i - 1) > '9') {
                out.append('0');
            }
        }
        return out.toString();
    }

    public static String[] of(String text) {
        String folded = fold(text);
        String normalized = foldDigits(folded);
        List<String> features = new ArrayList<>();
        features.add(PRIOR);
        StringBuilder han = new StringBuilder();
        StringBuilder word = new StringBuilder();
        String previousWord = null;
        for (int i = 0; i <= normalized.length(); i++) {
            char c = i < normalized.length() ? normalized.charAt(i) : ' ';
            boolean isHan = c >= FIRST_HAN && Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
            boolean isWordChar = !isHan && Character.isLetterOrDigit(c);
            if (isHan) {
                han.append(c);
            } else if (han.length() > 0) {
                addHan(han, features);
                han.setLength(0);
            }
            if (isWordChar) {
                word.append(c);
            } else if (word.length() > 0) {
                String current = word.toString();
                addWord(current, features);
                if (previousWord != null) {
                    features.add("wb=" + previousWord + "_" + current);
                }
                previousWord = current;
                word.setLength(0);
            }
            if (isHan) {
                previousWord = null;
            }
        }
        Cues.addTo(folded, features);
        Amounts.addTo(folded, features);
        return features.toArray(String[]::new);
    }

    /**
     * Whether a feature means something to a person reading the explanation: words of three
     * letters or more, Chinese characters and pairs, word pairs and cue groups; not the
     * fragments of words that make the model robust to typos.
     */
    static boolean isExplanatory(String feature) {
        if (feature.equals(PRIOR) || feature.startsWith("g=") || feature.startsWith("w=") && feature.length() < 5) {
            return false;
        }
        if (feature.startsWith("w=") || feature.startsWith("wb=")) {
            return Arrays.stream(feature.substring(feature.indexOf('=') + 1).split("_")).noneMatch(STOP_WORDS::contains);
        }
        return true;
    }

    /** The text a feature stands for, as triage staff would read it. */
    public static String readable(String feature) {
        String value = feature.substring(feature.indexOf('=') + 1);
        return switch (feature.substring(0, feature.indexOf('='))) {
            case "wb" -> value.replace('_', ' ');
            case "g" -> value.replace("^", "").replace("$", "");
            case "k" -> "(" + value + ")";
            case "w" -> value.replace("0", "#");
            default -> value;
        };
    }

    private static void addHan(CharSequence run, List<String> features) {
        for (int i = 0; i < run.length(); i++) {
            features.add("c=" + run.charAt(i));
            if (i + 1 < run.length()) {
                features.add("cb=" + run.charAt(i) + run.charAt(i + 1));
            }
        }
    }

    private static void addWord(String word, List<String> features) {
        features.add("w=" + word);
        if (word.length() >= 5) {
            String bounded = "^" + word + "$";
            for (int i = 0; i + 4 <= bounded.length(); i++) {
                features.add(new StringBuilder(6).append("g=").append(bounded, i, i + 4).toString());
            }
        }
    }
}
