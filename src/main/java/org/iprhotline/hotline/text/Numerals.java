package org.iprhotline.hotline.text;

/**
 * Numbers written in words, read from lower-case text: Chinese numerals ("三千", "八百万", "两亿")
 * and English number words ("thirty million", "five hundred and fifty thousand"). Callers say
 * their numbers and people write them; a voice tip's transcript and a worried SMS are full of them.
 * Each reading looks at every character once and says where it stopped, so a caller that goes on
 * from there reads any text in one pass.
 */
public final class Numerals {

    /** A number read, and the index just after what was read. */
    public record Reading(double value, int end) {
    }

    /** Larger than any amount that matters, so that "hundred hundred hundred…" stays a number. */
    private static final double CEILING = 1e12;
    /** The first CJK unified ideograph: no Chinese numeral is below it but 〇, which starts none. */
    private static final char FIRST_HAN = '\u4E00';
    private static final String[] UNITS = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
        "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
        "nineteen"};
    private static final String[] TENS = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
        "ninety"};

    private Numerals() {
    }

    /** A Chinese number starts with a digit, 几, 数 or 十: "千万不要" (by all means) and 百货 are not numbers. */
    public static boolean startsChinese(char c) {
        return c >= FIRST_HAN && (chineseDigit(c) > 0 || c == '十');
    }

    public static boolean isChineseUnit(char c) {
        return c == '十' || c == '百' || c == '千' || c == '万' || c == '亿';
    }

    /**
     * Chinese numerals from {@code at}: digits set the next figure, 十 百 千 multiply it within a
     * section, 万 and 亿 close a section; 千 before 克, 米 or 瓦 is the kilo of a unit and ends the
     * number. {@code carried} is a figure already read ("20万": 20), if {@code hasCarried}.
     */
    public static Reading chinese(String text, int at, double carried, boolean hasCarried) {
        double total = 0;
        double section = 0;
        double figure = carried;
        boolean any = hasCarried;
        int i = at;
        while (i < text.length()) {
            char c = text.charAt(i);
            int digit = chineseDigit(c);
            if (digit >= 0) {
                figure = digit;
                any = true;
            } else if (c == '千' && i + 1 < text.length() && "克米瓦".indexOf(text.charAt(i + 1)) >= 0) {
                break;
            } else if (c == '十' || c == '百' || c == '千') {
                double unit = c == '十' ? 10 : c == '百' ? 100 : 1000;
                section += (any && figure > 0 ? figure : 1) * unit;
                figure = 0;
                any = true;
            } else if (c == '万' || c == '亿') {
                double unit = c == '万' ? 1e4 : 1e8;
                total = (total + section + figure) * unit;
                section = 0;
                figure = 0;
            } else {
                break;
            }
            i++;
        }
        return new Reading(total + section + figure, i);
    }

    /**
     * English number words from the word at {@code start}: "thirty million", "five hundred and
     * fifty thousand", "a thousand", "hundreds of thousands", "tens of thousands". A plural
     * multiplier with no figure before it counts as two of it ("thousands" is 2,000), as 几 and 数
     * count as two. The reading ends at the first word that is neither a number nor "a", "an",
     * "and" or "of" (its end is where that word starts), and at least past the first word: a caller
     * that goes on from its end looks at each word once. Value 0 when no number word was read.
     */
    public static Reading english(String text, int start) {
        double total = 0;
        double current = 0;
        boolean read = false;
        int i = start;
        int stop = text.length();
        while (i < text.length()) {
            int wordEnd = endOfLatinWord(text, i);
            double figure = englishFigure(text, i, wordEnd);
            double multiplier = englishMultiplier(text, i, wordEnd);
            if (figure >= 0) {
                current = Math.min(current + figure, CEILING);
                read = true;
            } else if (multiplier > 0) {
                double base = current > 0 ? current : text.charAt(wordEnd - 1) == 's' ? 2 : 1;
                if (multiplier < 1e3) {
                    current = Math.min(base * multiplier, CEILING);
                } else {
                    total = Math.min(total + base * multiplier, CEILING);
                    current = 0;
                }
                read = true;
            } else if (!isConnector(text, i, wordEnd)) {
                stop = i;
                break;
            }
            boolean joined = wordEnd + 1 < text.length() && (text.charAt(wordEnd) == ' ' || text.charAt(wordEnd) == '-')
                    && isLatinLetter(text.charAt(wordEnd + 1));
            if (!joined) {
                stop = wordEnd;
                break;
            }
            i = wordEnd + 1;
        }
        int end = stop > start ? stop : endOfLatinWord(text, start);
        return new Reading(read ? total + current : 0, end);
    }

    public static boolean isLatinLetter(char c) {
        return c >= 'a' && c <= 'z';
    }

    /** The value of a Chinese digit; 几 and 数 ("several") count as two. -1 for anything else. */
    private static int chineseDigit(char c) {
        switch (c) {
            case '零':
            case '〇':
                return 0;
            case '一':
                return 1;
            case '二':
            case '两':
            case '几':
            case '数':
                return 2;
            case '三':
                return 3;
            case '四':
                return 4;
            case '五':
                return 5;
            case '六':
                return 6;
            case '七':
                return 7;
            case '八':
                return 8;
            case '九':
                return 9;
            default:
                return -1;
        }
    }

    /** The value of a figure word ("seven", "forty"; "several" and "tens" count as 2 and 20), else -1. */
    private static double englishFigure(String text, int start, int end) {
        for (int n = 0; n < UNITS.length; n++) {
            if (isWord(text, start, end, UNITS[n])) {
                return n;
            }
        }
        for (int n = 0; n < TENS.length; n++) {
            if (isWord(text, start, end, TENS[n])) {
                return 20 + 10 * n;
            }
        }
        if (isWord(text, start, end, "several")) {
            return 2;
        }
        return isWord(text, start, end, "tens") ? 20 : -1;
    }

    /** 100 for "hundred" or "hundreds", and so on for dozen, thousand, million and billion; else 0. */
    private static double englishMultiplier(String text, int start, int end) {
        int singular = end > start && text.charAt(end - 1) == 's' ? end - 1 : end;
        if (isWord(text, start, singular, "dozen")) {
            return 12;
        }
        if (isWord(text, start, singular, "hundred")) {
            return 1e2;
        }
        if (isWord(text, start, singular, "thousand")) {
            return 1e3;
        }
        if (isWord(text, start, singular, "million")) {
            return 1e6;
        }
        return isWord(text, start, singular, "billion") ? 1e9 : 0;
    }

    private static boolean isConnector(String text, int start, int end) {
        return isWord(text, start, end, "a") || isWord(text, start, end, "an") || isWord(text, start, end, "and")
                || isWord(text, start, end, "of");
    }

    private static boolean isWord(String text, int start, int end, String word) {
        return end - start == word.length() && text.startsWith(word, start);
    }

    private static int endOfLatinWord(String text, int start) {
        int i = start;
        while (i < text.length() && isLatinLetter(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
