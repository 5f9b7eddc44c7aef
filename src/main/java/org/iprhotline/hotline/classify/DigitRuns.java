package org.iprhotline.hotline.classify;

/**
 * Small scans of a text done by hand, each in one pass: a cheap look before a regular expression,
 * and the digit boundaries that RE2/J, having no look-around, leaves to its callers.
 */
public final class DigitRuns {

    private DigitRuns() {
    }

    /** Whether the text holds a run of digits at least this long. */
    public static boolean atLeast(String text, int length) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = Character.isDigit(text.charAt(i)) ? run + 1 : 0;
            if (run >= length) {
                return true;
            }
        }
        return false;
    }

    /** Whether there is an ASCII digit at this index (false outside the text). */
    public static boolean digitAt(CharSequence text, int index) {
        return index >= 0 && index < text.length() && text.charAt(index) >= '0' && text.charAt(index) <= '9';
    }

    /** The index just after the run of ASCII digits that holds this index. */
    public static int endOfRun(CharSequence text, int index) {
        int end = index;
        while (digitAt(text, end)) {
            end++;
        }
        return end;
    }

    public static String withoutWhitespace(String value) {
        StringBuilder out = new StringBuilder(value.length());
        value.codePoints().filter(c -> !Character.isWhitespace(c)).forEach(out::appendCodePoint);
        return out.toString();
    }
}
