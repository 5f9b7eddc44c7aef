package org.iprhotline.hotline.significance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

import org.iprhotline.hotline.text.Numerals;
import org.iprhotline.hotline.text.Numerals.Reading;

/**
 * Sums of money named in a tip, in yuan: "500万元", "1.2亿", "300,000元", "¥2,000,000",
 * "RMB 3 million", "5 million yuan", and in words, as callers say them and transcripts write them:
 * "五百万元", "三千多万元" (多 and 余, "more than", count as the figure before them), "thirty million
 * yuan", "RMB five hundred thousand". A number counts only with a currency word or sign next to it
 * (a factory's "200 workers" is no amount). One pass over the text, no patterns: linear in its
 * length whatever it holds. Sums in dollars, euros, pounds, Hong Kong dollars and yen
 * ("USD 2 million", "$500,000", "€1.5 million") are converted to yuan at rough rates (below).
 */
public final class Amounts {

    /** After digits; 千, 万 and 亿 are read with {@link Numerals#chinese}. */
    private static final String[][] MULTIPLIERS = {
            {"billion", "1000000000"}, {"million", "1000000"}, {"thousand", "1000"}, {"k", "1000"}};
    /**
     * Currency words after a number, and what one of them is worth in yuan. Foreign sums are
     * converted at rates rounded down from those of 2025 (a dollar 7 yuan, a euro 8, a pound 9, a
     * Hong Kong dollar 0.9, a yen 0.04): the sum only decides whether the procuratorate and the
     * office hear of a tip, and a rate a little low never lifts a sum over a threshold it is under.
     * "Pounds" is left out: it is also a weight. Longer words first where one ends another.
     */
    private static final Currency[] CURRENCY_AFTER = {
        new Currency("元", "1"), new Currency("块", "1"), new Currency("人民币", "1"), new Currency("yuan", "1"),
        new Currency("rmb", "1"), new Currency("cny", "1"), new Currency("美元", "7"), new Currency("usd", "7"),
        new Currency("hong kong dollars", "0.9"), new Currency("hk dollars", "0.9"), new Currency("港元", "0.9"),
        new Currency("港币", "0.9"), new Currency("hkd", "0.9"), new Currency("dollars", "7"), new Currency("dollar", "7"),
        new Currency("欧元", "8"), new Currency("euros", "8"), new Currency("euro", "8"), new Currency("eur", "8"),
        new Currency("英镑", "9"), new Currency("gbp", "9"), new Currency("日元", "0.04"), new Currency("yen", "0.04"),
        new Currency("jpy", "0.04")};
    /** Currency signs and words before a number; "hk$" and "us$" before the "$" they end with. */
    private static final Currency[] CURRENCY_BEFORE = {
        new Currency("¥", "1"), new Currency("￥", "1"), new Currency("rmb", "1"), new Currency("cny", "1"),
        new Currency("人民币", "1"), new Currency("hk$", "0.9"), new Currency("hkd", "0.9"), new Currency("us$", "7"),
        new Currency("usd", "7"), new Currency("$", "7"), new Currency("€", "8"), new Currency("eur", "8"),
        new Currency("£", "9"), new Currency("gbp", "9"), new Currency("jpy", "0.04")};
    /** Sums in words are read up to here ("一亿亿亿…" would be infinite). */
    private static final double LARGEST_SUM = 1e15;
    /** Longer digit runs are identifiers (phone or registration numbers), not sums. */
    private static final int MAX_DIGITS = 15;

    private Amounts() {
    }

    private record Currency(String word, BigDecimal yuan) {

        Currency(String word, String yuan) {
            this(word, new BigDecimal(yuan));
        }
    }

    /** The largest sum named, in whole yuan. */
    public static Optional<BigDecimal> largestYuan(String text) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        BigDecimal largest = null;
        int i = 0;
        while (i < lower.length()) {
            char first = lower.charAt(i);
            if (Numerals.startsChinese(first)) {
                Reading number = moreThan(lower, Numerals.chinese(lower, i, 0, false));
                largest = largerSum(largest, number, i, lower);
                i = number.end();
                continue;
            }
            if (Numerals.isLatinLetter(first) && (i == 0 || !Numerals.isLatinLetter(lower.charAt(i - 1)))) {
                Reading number = Numerals.english(lower, i);
                largest = largerSum(largest, number, i, lower);
                i = number.end();
                continue;
            }
            if (!startsNumber(lower, i)) {
                i++;
                continue;
            }
            int start = i;
            StringBuilder digits = new StringBuilder();
            boolean point = false;
            while (i < lower.length()) {
                char c = lower.charAt(i);
                if (isDigit(c)) {
                    digits.append(c);
                } else if (c == ',' && i + 1 < lower.length() && isDigit(lower.charAt(i + 1))) {
                    // a thousands separator
                } else if (c == '.' && !point && i + 1 < lower.length() && isDigit(lower.charAt(i + 1))) {
                    point = true;
                    digits.append('.');
                } else {
                    break;
                }
                i++;
                if (digits.length() > MAX_DIGITS) {
                    break;
                }
            }
            if (digits.length() > MAX_DIGITS) {
                while (i < lower.length() && isDigit(lower.charAt(i))) {
                    i++;
                }
                continue;
            }
            BigDecimal value = new BigDecimal(digits.toString());
            int after = skipSpaces(lower, i);
            int unit = after < lower.length() && isMoreThan(lower.charAt(after)) ? after + 1 : after;
            if (unit < lower.length() && Numerals.isChineseUnit(lower.charAt(unit))) {
                // "3千万元", "500多万元": the Chinese units after the digits, read as one number.
                Reading number = moreThan(lower, Numerals.chinese(lower, unit, value.doubleValue(), true));
                largest = largerSum(largest, number, start, lower);
                i = number.end();
                continue;
            }
            for (String[] multiplier : MULTIPLIERS) {
                if (lower.startsWith(multiplier[0], after) && wordEnds(lower, after + multiplier[0].length(), multiplier[0])) {
                    value = value.multiply(new BigDecimal(multiplier[1]));
                    after = skipSpaces(lower, after + multiplier[0].length());
                    break;
                }
            }
            BigDecimal yuan = currencyAt(lower, after);
            yuan = yuan != null ? yuan : currencyBefore(lower, start);
            if (yuan != null) {
                value = value.multiply(yuan);
                largest = largest == null || value.compareTo(largest) > 0 ? value : largest;
            }
        }
        return Optional.ofNullable(largest).map(value -> value.setScale(0, RoundingMode.DOWN));
    }

    /** "三千多万": a reading stopped at 多 or 余 goes on with the units after it, the figure carried. */
    private static Reading moreThan(String text, Reading number) {
        int at = number.end();
        if (number.value() > 0 && at + 1 < text.length() && isMoreThan(text.charAt(at))
                && Numerals.isChineseUnit(text.charAt(at + 1))) {
            return Numerals.chinese(text, at + 1, number.value(), true);
        }
        return number;
    }

    private static boolean isMoreThan(char c) {
        return c == '多' || c == '余';
    }

    /**
     * The larger of the sum so far and a number read from {@code start}, if a currency word or sign
     * stands next to it. The reading is in floating point (2.3亿 is 229,999,999.99…), so it is rounded
     * to the fen before it is compared.
     */
    private static BigDecimal largerSum(BigDecimal largest, Reading number, int start, String text) {
        if (!(number.value() > 0)) {
            return largest;
        }
        int after = skipSpaces(text, number.end());
        after = after < text.length() && isMoreThan(text.charAt(after)) ? after + 1 : after;
        BigDecimal yuan = currencyAt(text, after);
        yuan = yuan != null ? yuan : currencyBefore(text, start);
        if (yuan == null) {
            return largest;
        }
        BigDecimal value = BigDecimal.valueOf(Math.min(number.value(), LARGEST_SUM)).setScale(2, RoundingMode.HALF_UP)
                .multiply(yuan);
        return largest == null || value.compareTo(largest) > 0 ? value : largest;
    }

    /** A digit not inside a longer number or a Latin word ("X500"), though "RMB500" is a sum. */
    private static boolean startsNumber(String text, int at) {
        if (!isDigit(text.charAt(at))) {
            return false;
        }
        if (at == 0) {
            return true;
        }
        char before = text.charAt(at - 1);
        boolean latinLetter = before >= 'a' && before <= 'z';
        return !isDigit(before) && before != '.' && (!latinLetter || currencyBefore(text, at) != null);
    }

    /** What one of the currency named at {@code at} is worth in yuan; null when none is named there. */
    private static BigDecimal currencyAt(String text, int at) {
        for (Currency currency : CURRENCY_AFTER) {
            if (text.startsWith(currency.word(), at) && wordEnds(text, at + currency.word().length(), currency.word())) {
                return currency.yuan();
            }
        }
        return null;
    }

    /** What one of the currency named just before {@code start} is worth in yuan; null when none is. */
    private static BigDecimal currencyBefore(String text, int start) {
        int end = start;
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        for (Currency currency : CURRENCY_BEFORE) {
            String sign = currency.word();
            int at = end - sign.length();
            // A sign after a letter is another: "chauffeur 5000" is no euro sum, NT$ and S$ no US dollars.
            boolean wordStarts = at <= 0 || !Numerals.isLatinLetter(text.charAt(at - 1));
            if (at >= 0 && text.startsWith(sign, at) && wordStarts) {
                return currency.yuan();
            }
        }
        return null;
    }

    /** A Latin word must end where it is followed by no other letter ("k" is not "kg"). */
    private static boolean wordEnds(String text, int at, String word) {
        return !Character.isLetter(word.charAt(word.length() - 1)) || word.charAt(0) > 0x7f
                || at >= text.length() || !Character.isLetter(text.charAt(at)) || text.charAt(at) > 0x7f;
    }

    private static int skipSpaces(String text, int at) {
        while (at < text.length() && text.charAt(at) == ' ') {
            at++;
        }
        return at;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
