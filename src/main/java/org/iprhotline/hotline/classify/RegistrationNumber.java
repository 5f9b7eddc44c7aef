package org.iprhotline.hotline.classify;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;

import org.iprhotline.hotline.text.Traditional;

/**
 * A registration number named in a tip, which is evidence of the right infringed.
 *
 * @param kind  what the number registers
 * @param value the number as normalised ({@code ZL201920123456.1})
 * @param valid whether its check digit is right (always true for kinds without one)
 */
public record RegistrationNumber(Kind kind, String value, boolean valid) {

    public enum Kind {
        INVENTION_PATENT, UTILITY_MODEL, DESIGN_PATENT, TRADEMARK, PLANT_VARIETY;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        public RightType rightType() {
            return switch (this) {
                case INVENTION_PATENT, UTILITY_MODEL, DESIGN_PATENT -> RightType.PATENT;
                case TRADEMARK -> RightType.TRADEMARK;
                case PLANT_VARIETY -> RightType.PLANT_VARIETY;
            };
        }
    }

    // ZL + 12 digits (since 2003: year, type, serial) or 8 digits (before), then the check character.
    // RE2/J: linear in the text whatever it holds; it has no look-around, so the digit boundaries
    // are checked by hand.
    private static final Pattern PATENT = Pattern.compile(
            "(?i)(?:ZL|专利号|patent\\s*(?:no\\.?|number)?)\\s*[:：]?\\s*(\\d{12}|\\d{8})\\s*[.．]?\\s*([0-9X])");
    private static final Pattern TRADEMARK = Pattern.compile(
            "(?i)(?:商标注册号|注册商标第|注册号|trademark\\s+(?:registration\\s+)?(?:no\\.?|number)|registered\\s+mark\\s+no\\.?)"
                    + "\\s*[:：]?\\s*(\\d{6,9})");
    private static final Pattern PLANT_VARIETY = Pattern.compile("(?i)CNA\\s*\\d{8,9}(?:\\.\\d)?");
    private static final int[] WEIGHTS = {2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5};

    /**
     * How far before a run of digits its label may start ("trademark registration number: " and
     * some spaces), and how far after it the check character may end (" . X").
     */
    static final int LABEL_BEFORE = 64;
    static final int CHECK_AFTER = 8;

    /**
     * Every registration number in the text, in order of kind, then of appearance. Every kind has a
     * run of six digits or more, so the patterns read only the stretch around each such run, not the
     * whole text: on a long complaint with one number that was most of the classifier's time. A
     * label separated from its digits by more than {@link #LABEL_BEFORE} characters is not read.
     */
    public static List<RegistrationNumber> findIn(String text) {
        List<RegistrationNumber> patents = new ArrayList<>();
        List<RegistrationNumber> trademarks = new ArrayList<>();
        List<RegistrationNumber> varieties = new ArrayList<>();
        int windowStart = -1;
        int windowEnd = -1;
        for (int i = 0; i < text.length(); ) {
            if (!DigitRuns.digitAt(text, i)) {
                i++;
                continue;
            }
            int runEnd = DigitRuns.endOfRun(text, i);
            if (runEnd - i >= 6) {
                int start = Math.max(0, i - LABEL_BEFORE);
                if (windowEnd >= start) {
                    windowEnd = Math.min(text.length(), runEnd + CHECK_AFTER);
                } else {
                    if (windowStart >= 0) {
                        scan(text, windowStart, windowEnd, patents, trademarks, varieties);
                    }
                    windowStart = start;
                    windowEnd = Math.min(text.length(), runEnd + CHECK_AFTER);
                }
            }
            i = runEnd;
        }
        if (windowStart < 0) {
            return List.of();
        }
        scan(text, windowStart, windowEnd, patents, trademarks, varieties);
        List<RegistrationNumber> found = new ArrayList<>(patents);
        found.addAll(trademarks);
        found.addAll(varieties);
        return List.copyOf(found);
    }

    /** The numbers in {@code text} between {@code start} and {@code end}, by kind. */
    private static void scan(String text, int start, int end, List<RegistrationNumber> patents,
            List<RegistrationNumber> trademarks, List<RegistrationNumber> varieties) {
        // Labels in traditional characters (專利號, 註冊商標) read as their simplified spelling; one
        // character for one, so positions in the window stay those of the text.
        String window = Traditional.simplified(text.substring(start, end));
        // Every match begins with a label, so each search starts at the next label rather than at
        // the window's start: RE2/J's search tries every position it passes, and most of a window
        // is the prose before the label (five times the work for a label 64 characters in).
        Labels patentLabels = new Labels(window, PATENT_LABELS);
        Matcher patent = PATENT.matcher(window);
        int from = patentLabels.next(0);
        while (from >= 0 && patent.find(from)) {
            if (DigitRuns.digitAt(text, start + patent.end())) {
                // More digits follow: no patent number ends anywhere in this run of digits.
                from = patentLabels.next(DigitRuns.endOfRun(window, patent.end()));
                continue;
            }
            String digits = patent.group(1);
            char check = Character.toUpperCase(patent.group(2).charAt(0));
            patents.add(new RegistrationNumber(patentKind(digits), "ZL" + digits + "." + check,
                    checkCharacter(digits) == check));
            from = patentLabels.next(patent.end());
        }
        Labels trademarkLabels = new Labels(window, TRADEMARK_LABELS);
        Matcher trademark = TRADEMARK.matcher(window);
        from = trademarkLabels.next(0);
        while (from >= 0 && trademark.find(from)) {
            trademarks.add(new RegistrationNumber(Kind.TRADEMARK, trademark.group(1), true));
            from = trademarkLabels.next(trademark.end());
        }
        Labels varietyLabels = new Labels(window, VARIETY_LABELS);
        Matcher variety = PLANT_VARIETY.matcher(window);
        from = varietyLabels.next(0);
        while (from >= 0 && variety.find(from)) {
            from = varietyLabels.next(variety.start() + 1);
            if (start + variety.start() > 0 && Character.isLetter(text.charAt(start + variety.start() - 1))) {
                continue; // inside a word
            }
            varieties.add(new RegistrationNumber(Kind.PLANT_VARIETY, DigitRuns.withoutWhitespace(variety.group())
                    .toUpperCase(Locale.ROOT), true));
            from = varietyLabels.next(variety.end());
        }
    }

    /**
     * The words a kind's label starts with, in lower case, and how far before each the label may
     * begin (商标注册号 starts two characters before 注册).
     */
    private record Label(String word, int lead) {
    }

    private static final List<Label> PATENT_LABELS = List.of(new Label("zl", 0), new Label("专利号", 0),
            new Label("patent", 0));
    private static final List<Label> TRADEMARK_LABELS = List.of(new Label("注册", 2), new Label("trademark", 0),
            new Label("registered", 0));
    private static final List<Label> VARIETY_LABELS = List.of(new Label("cna", 0));

    /**
     * Where in a window the next label of a kind may begin. Each word's next place is remembered
     * and looked for again only once the search has passed it, so one window is read at most once
     * per word however many numbers it holds. Letters are compared without case, one character
     * for one: lower-casing the whole window could change its length and so its positions.
     */
    private static final class Labels {

        private final String window;
        private final List<Label> labels;
        private final int[] found;

        Labels(String window, List<Label> labels) {
            this.window = window;
            this.labels = labels;
            this.found = new int[labels.size()];
            Arrays.fill(found, -2);
        }

        /** Where the next label at or after {@code from} may begin, or -1 when there is none. */
        int next(int from) {
            int earliest = -1;
            for (int l = 0; l < found.length; l++) {
                Label label = labels.get(l);
                if (found[l] != -1 && found[l] < from) {
                    found[l] = indexOf(label.word(), from);
                }
                if (found[l] >= 0) {
                    int begins = Math.max(from, found[l] - label.lead());
                    earliest = earliest < 0 ? begins : Math.min(earliest, begins);
                }
            }
            return earliest;
        }

        private int indexOf(String word, int from) {
            for (int i = Math.max(0, from); i + word.length() <= window.length(); i++) {
                int matched = 0;
                while (matched < word.length() && reads(window.charAt(i + matched), word.charAt(matched))) {
                    matched++;
                }
                if (matched == word.length()) {
                    return i;
                }
            }
            return -1;
        }

        /** Whether a character of the window reads as a label's lower-case character, case aside. */
        private static boolean reads(char c, char lower) {
            if (c == lower) {
                return true;
            }
            if (c < 128) {
                return c >= 'A' && c <= 'Z' && c + ('a' - 'A') == lower;
            }
            return Character.toLowerCase(c) == lower;
        }
    }

    /**
     * The check character of a Chinese patent application number: each digit times its weight
     * (2 to 9, then 2 to 5), summed, modulo 11; 10 is written X.
     */
    static char checkCharacter(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            sum += (digits.charAt(i) - '0') * WEIGHTS[i];
        }
        int check = sum % 11;
        return check == 10 ? 'X' : (char) ('0' + check);
    }

    /** The type digit: the fifth of a twelve-digit number, the third of an eight-digit one. */
    private static Kind patentKind(String digits) {
        char type = digits.length() == 12 ? digits.charAt(4) : digits.charAt(2);
        return switch (type) {
            case '2', '9' -> Kind.UTILITY_MODEL;
            case '3' -> Kind.DESIGN_PATENT;
            default -> Kind.INVENTION_PATENT;
        };
    }
}
