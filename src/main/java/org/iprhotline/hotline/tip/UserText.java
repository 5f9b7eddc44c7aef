package org.iprhotline.hotline.tip;

/**
 * What text from the public may hold. PostgreSQL cannot store NUL; control characters and lone
 * surrogates are junk that breaks what reads the text later; bidirectional embeddings, overrides
 * and isolates make the text that agency staff see read differently from the text that is stored
 * ("Trojan Source"). Forms and the API refuse such text with a 400; channels that cannot ask
 * again (SMS, transcriptions) have it removed. One pass over the text, whatever its length.
 */
public final class UserText {

    private UserText() {
    }

    /** Whether the text holds nothing but characters we accept. */
    public static boolean acceptable(CharSequence text) {
        if (text == null) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (refused(c)) {
                return false;
            }
        }
        return true;
    }

    /** The text without the characters we do not accept. */
    public static String clean(String text) {
        if (text == null || acceptable(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (!refused(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean refused(char c) {
        if (c < 0x20) {
            return c != '\t' && c != '\n' && c != '\r';
        }
        return c >= 0x7f && c <= 0x9f // DEL and the C1 controls
                || Character.isSurrogate(c) // only reached when unpaired
                || c >= 0x202a && c <= 0x202e // embeddings and overrides
                || c >= 0x2066 && c <= 0x2069 // isolates
                || c == 0xfffe || c == 0xffff;
    }
}
