package org.iprhotline.hotline.classify;

import java.util.List;

import org.iprhotline.hotline.text.Numerals;
import org.iprhotline.hotline.text.Numerals.Reading;

/**
 * How large the numbers in a tip are. Whether an infringement is a crime turns on amounts: the
 * prosecution thresholds are sums (tens of thousands of yuan) and quantities (hundreds of copies),
 * so "三千余套", "两万瓶", "3,000 bottles a day" and "200,000 subscribers" say something the words
 * around them do not. Digits are folded to one symbol for the other features, so without this
 * the models could not tell 30 bottles from 30,000.
 *
 * <p>Read in one pass, each number once: Arabic digits with thousands separators and decimals, and
 * Chinese numerals, with the multipliers that follow them (十 百 千 万 亿, "thousand", "million",
 * "k"). A Chinese number starts with a digit, 几, 数 or 十, so "千万不要" (by all means) and 百货 are
 * not numbers, and 千 before 克, 米 or 瓦 is the kilo of a unit (5千克 is five kilograms). Not amounts: a run of more than five digits without separators
 * (registration, order and telephone numbers), digits that continue a Latin word (ZL2021, CNA2019),
 * and four digits from 1900 to 2099 with no multiplier (years).
 *
 * <p>English number words ("thirty million") are not read here, though {@link Numerals} reads them
 * for the sums that route a tip: a model trained with them as features on 2026-12-04 scored one
 * evaluation-set tip worse and was refused by the training gate, and so was v13's corpus with them
 * on 2026-12-05 (README, *Classifier*).
 *
 * <p>Each feature says "at least": a tip with 30,000 has those of 100, 1,000 and 10,000 too, so a
 * model weighs each step up on its own.
 */
final class Amounts {

    private static final String[] AT_LEAST = {"k=amount>=100", "k=amount>=1000", "k=amount>=10000",
            "k=amount>=100000", "k=amount>=1000000"};
    private static final double[] STEPS = {1e2, 1e3, 1e4, 1e5, 1e6};
    /** Longer runs of bare digits are identifiers, not amounts. */
    private static final int LONGEST_BARE_RUN = 5;

    private Amounts() {
    }

    /** Adds a feature for each step the largest amount in the folded text reaches. */
    static void addTo(String folded, List<String> features) {
        double largest = largest(folded);
        for (int step = 0; step < STEPS.length && largest >= STEPS[step]; step++) {
            features.add(AT_LEAST[step]);
        }
    }

    static double largest(String text) {
        double largest = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (DigitRuns.digitAt(text, i) && i > 0 && isLatinLetter(text.charAt(i - 1))) {
                i = DigitRuns.endOfRun(text, i);
            } else if (DigitRuns.digitAt(text, i)) {
                Reading number = arabic(text, i);
                largest = Math.max(largest, number.value());
                i = number.end();
            } else if (Numerals.startsChinese(c)) {
                Reading number = Numerals.chinese(text, i, 0, false);
                largest = Math.max(largest, number.value());
                i = number.end();
            } else {
                i++;
            }
        }
        return largest;
    }

    private static Reading arabic(String text, int start) {
        int i = start;
        long whole = 0;
        int digits = 0;
        boolean grouped = false;
        while (DigitRuns.digitAt(text, i)) {
            whole = Math.min(whole * 10 + (text.charAt(i) - '0'), 1_000_000_000_000L);
            digits++;
            i++;
            // A thousands separator: a comma after at most three digits (or another group), then exactly three.
            boolean separator = i < text.length() && text.charAt(i) == ',' && (grouped || digits <= 3)
                    && threeDigitsAt(text, i + 1);
            if (separator) {
                grouped = true;
                i++;
            }
        }
        double value = whole;
        if (i < text.length() && text.charAt(i) == '.' && DigitRuns.digitAt(text, i + 1)) {
            double scale = 0.1;
            i++;
            while (DigitRuns.digitAt(text, i)) {
                value += (text.charAt(i) - '0') * scale;
                scale /= 10;
                i++;
            }
        }
        int end = i;
        if (end < text.length() && Numerals.isChineseUnit(text.charAt(end))) {
            return Numerals.chinese(text, end, value, true);
        }
        double multiplier = englishMultiplier(text, end);
        if (multiplier > 1) {
            return new Reading(value * multiplier, end);
        }
        boolean identifier = !grouped && digits > LONGEST_BARE_RUN;
        boolean year = !grouped && digits == 4 && whole >= 1900 && whole <= 2099 && value == whole;
        boolean partOfWord = end < text.length() && isLatinLetter(text.charAt(end));
        return new Reading(identifier || year || partOfWord ? 0 : value, end);
    }

    private static boolean threeDigitsAt(String text, int at) {
        return DigitRuns.endOfRun(text, at) == at + 3;
    }

    /** "3 million", "1.5 thousand", "50k": the multiplier right after a number, else 1. */
    private static double englishMultiplier(String text, int at) {
        if (at < text.length() && text.charAt(at) == 'k' && !isLatinLetterAt(text, at + 1)) {
            return 1e3;
        }
        int word = at < text.length() && text.charAt(at) == ' ' ? at + 1 : at;
        if (text.startsWith("thousand", word)) {
            return 1e3;
        }
        if (text.startsWith("million", word)) {
            return 1e6;
        }
        if (text.startsWith("billion", word)) {
            return 1e9;
        }
        return 1;
    }

    private static boolean isLatinLetter(char c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean isLatinLetterAt(String text, int at) {
        return at < text.length() && isLatinLetter(text.charAt(at));
    }
}
