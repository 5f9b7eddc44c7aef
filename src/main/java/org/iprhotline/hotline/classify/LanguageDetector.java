package org.iprhotline.hotline.classify;

/** Tells Chinese from English text: tips come in simplified Chinese and English only. */
public final class LanguageDetector {

    private LanguageDetector() {
    }

    /** {@code zh} when a fifth or more of the letters are Han characters, else {@code en}. */
    public static String detect(String text) {
        long letters = 0;
        long han = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            if (Character.isLetter(codePoint)) {
                letters++;
                if (Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN) {
                    han++;
                }
            }
            i += Character.charCount(codePoint);
        }
        return letters > 0 && han * 5 >= letters ? "zh" : "en";
    }
}
