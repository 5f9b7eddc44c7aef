package org.iprhotline.hotline.significance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import io.quarkus.runtime.Startup;

import org.iprhotline.hotline.text.Numerals;
import org.iprhotline.hotline.text.Numerals.Reading;

/**
 * Sums of money named in a tip, in yuan: "500万元", "1.2亿", "300,000元", "¥2,000,000",
 * "RMB 3 million", "5 million yuan", and in words, as callers say them and transcripts write them:
 * "五百万元", "三千多万元" (多 and 余, "more than", count as the figure before them), "thirty million
 * yuan", "RMB five hundred thousand". A number counts only with a currency word or sign next to it
 * (a factory's "200 workers" is no amount). One pass over the text, no patterns: linear in its
 * length whatever it holds. Sums in the currencies of the places foreign-invested enterprises come
 * from most ("USD 2 million", "$500,000", "€1.5 million", "3亿韩元", "NT$800,000") are converted to
 * yuan at the rates in {@link SumsConfig}.
 */
@Startup
@Singleton
public final class Amounts {

    /** After digits; 千, 万 and 亿 are read with {@link Numerals#chinese}. */
    private static final String[][] MULTIPLIERS = {
            {"billion", "1000000000"}, {"million", "1000000"}, {"thousand", "1000"}, {"k", "1000"}};
    /**
     * Currency words after a number, and the currency each names. "Pounds" is left out: it is also
     * a weight; "mop" and "rub" are also things, and "francs" alone says too little. Longer words first where one
     * ends another ("hong kong dollars" before "dollars").
     */
    private static final Name[] CURRENCY_AFTER = {
        new Name("元", "cny"), new Name("块", "cny"), new Name("人民币", "cny"), new Name("yuan", "cny"),
        new Name("rmb", "cny"), new Name("cny", "cny"),
        new Name("美元", "usd"), new Name("美金", "usd"), new Name("usd", "usd"),
        new Name("hong kong dollars", "hkd"), new Name("hk dollars", "hkd"), new Name("港元", "hkd"),
        new Name("港币", "hkd"), new Name("hkd", "hkd"),
        new Name("new taiwan dollars", "twd"), new Name("taiwan dollars", "twd"), new Name("nt dollars", "twd"),
        new Name("新台币", "twd"), new Name("台币", "twd"), new Name("twd", "twd"),
        new Name("singapore dollars", "sgd"), new Name("新加坡元", "sgd"), new Name("sgd", "sgd"),
        new Name("dollars", "usd"), new Name("dollar", "usd"),
        new Name("澳门元", "mop"), new Name("澳门币", "mop"), new Name("葡币", "mop"), new Name("patacas", "mop"),
        new Name("欧元", "eur"), new Name("euros", "eur"), new Name("euro", "eur"), new Name("eur", "eur"),
        new Name("英镑", "gbp"), new Name("gbp", "gbp"),
        new Name("日元", "jpy"), new Name("日币", "jpy"), new Name("yen", "jpy"), new Name("jpy", "jpy"),
        new Name("韩元", "krw"), new Name("韩币", "krw"), new Name("won", "krw"), new Name("krw", "krw"),
        new Name("瑞士法郎", "chf"), new Name("swiss francs", "chf"), new Name("chf", "chf"),
        new Name("卢布", "rub"), new Name("roubles", "rub"), new Name("rubles", "rub")};
    /** Currency signs and words before a number; "hk$", "nt$" and the like before the "$" they end with. */
    private static final Name[] CURRENCY_BEFORE = {
        new Name("¥", "cny"), new Name("￥", "cny"), new Name("rmb", "cny"), new Name("cny", "cny"),
        new Name("人民币", "cny"), new Name("hk$", "hkd"), new Name("hkd", "hkd"), new Name("nt$", "twd"),
        new Name("twd", "twd"), new Name("s$", "sgd"), new Name("sgd", "sgd"), new Name("mop$", "mop"),
        new Name("us$", "usd"), new Name("usd", "usd"), new Name("$", "usd"),
        new Name("€", "eur"), new Name("eur", "eur"), new Name("£", "gbp"), new Name("gbp", "gbp"),
        new Name("jpy", "jpy"), new Name("₩", "krw"), new Name("krw", "krw"), new Name("chf", "chf"),
        new Name("₽", "rub")};
    /** Sums in words are read up to here ("一亿亿亿…" would be infinite). */
    private static final double LARGEST_SUM = 1e15;
    /** Longer digit runs are identifiers (phone or registration numbers), not sums. */
    private static final int MAX_DIGITS = 15;

    /** A word or sign for a currency, and the currency's code. */
    private record Name(String word, String currency) {
    }

    /** What one unit of each currency is worth in yuan, by code; the yuan's own is 1. */
    private final Map<String, BigDecimal> yuanPer;

    @Inject
    Amounts(SumsConfig config) {
        this(Map.ofEntries(Map.entry("usd", config.yuanPer().usd()), Map.entry("eur", config.yuanPer().eur()),
                Map.entry("gbp", config.yuanPer().gbp()), Map.entry("hkd", config.yuanPer().hkd()),
                Map.entry("mop", config.yuanPer().mop()), Map.entry("twd", config.yuanPer().twd()),
                Map.entry("jpy", config.yuanPer().jpy()), Map.entry("krw", config.yuanPer().krw()),
                Map.entry("sgd", config.yuanPer().sgd()), Map.entry("chf", config.yuanPer().chf()),
                Map.entry("rub", config.yuanPer().rub())));
    }

    /**
     * Sums read at these rates: yuan per unit of each foreign currency, by its code in lower case
     * (usd, eur, gbp, hkd, mop, twd, jpy, krw, sgd, chf, rub). A rate missing or not above zero
     * stops the service at start, naming it.
     */
    public Amounts(Map<String, BigDecimal> foreignRates) {
        Map<String, BigDecimal> rates = new HashMap<>(foreignRates);
        rates.put("cny", BigDecimal.ONE);
        for (Name name : CURRENCY_AFTER) {
            requireRate(rates, name.currency());
        }
        for (Name name : CURRENCY_BEFORE) {
            requireRate(rates, name.currency());
        }
        this.yuanPer = Map.copyOf(rates);
    }

    private static void requireRate(Map<String, BigDecimal> rates, String currency) {
        BigDecimal rate = rates.get(currency);
        if (rate == null || rate.signum() <= 0) {
            throw new IllegalArgumentException("ipr.sums.yuan-per." + currency
                    + " must be the yuan one unit is worth, above zero; it is " + rate);
        }
    }

    /** The largest sum named, in whole yuan. */
    public Optional<BigDecimal> largestYuan(String text) {
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
    private BigDecimal largerSum(BigDecimal largest, Reading number, int start, String text) {
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
    private boolean startsNumber(String text, int at) {
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
    private BigDecimal currencyAt(String text, int at) {
        for (Name name : CURRENCY_AFTER) {
            if (text.startsWith(name.word(), at) && wordEnds(text, at + name.word().length(), name.word())) {
                return yuanPer.get(name.currency());
            }
        }
        return null;
    }

    /** What one of the currency named just before {@code start} is worth in yuan; null when none is. */
    private BigDecimal currencyBefore(String text, int start) {
        int end = start;
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        for (Name name : CURRENCY_BEFORE) {
            String sign = name.word();
            int at = end - sign.length();
            // A sign after a letter is another: "chauffeur 5000" is no euro sum, A$ and C$ no US dollars.
            boolean wordStarts = at <= 0 || !Numerals.isLatinLetter(text.charAt(at - 1));
            if (at >= 0 && text.startsWith(sign, at) && wordStarts) {
                return yuanPer.get(name.currency());
            }
        }
        return null;
    }

    /**
     * A Latin word must end where it is followed by no other letter ("k" is not "kg"), nor by a
     * contraction ("2 million won't" names no won).
     */
    private static boolean wordEnds(String text, int at, String word) {
        if (!Character.isLetter(word.charAt(word.length() - 1)) || word.charAt(0) > 0x7f || at >= text.length()) {
            return true;
        }
        char next = text.charAt(at);
        boolean contraction = (next == '\'' || next == '\u2019') && at + 1 < text.length() && text.charAt(at + 1) == 't';
        return !contraction && (!Character.isLetter(next) || next > 0x7f);
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
