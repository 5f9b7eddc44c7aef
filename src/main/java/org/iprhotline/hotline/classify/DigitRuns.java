package org.iprhotline.hotline.classify;

/** A cheap look before a regular expression: does the text hold a run of digits at least this long? */
public final class DigitRuns {

    private DigitRuns() {
    }

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
}
