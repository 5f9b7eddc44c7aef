package org.iprhotline.hotline.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Traditional Chinese characters read as the simplified ones the mainland writes (網 as 网, 產 as 产):
 * a tip from Hong Kong, Macao, Taiwan or abroad is classified and placed like one written on the
 * mainland. The table ({@code text/traditional.tsv}) is OpenCC's, written by
 * {@code tools/traditional/generate.sh}; a character not in it is its own. One look-up per character
 * in an array indexed by the character: no cost a text's length or content can make grow.
 */
public final class Traditional {

    private static final char[] SIMPLIFIED = load();

    private Traditional() {
    }

    /** The simplified form of a character, or the character itself. */
    public static char simplified(char c) {
        return SIMPLIFIED[c];
    }

    /** The text with every traditional character in the table written simplified. */
    public static String simplified(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = SIMPLIFIED[chars[i]];
        }
        return new String(chars);
    }

    private static char[] load() {
        char[] table = new char[Character.MAX_VALUE + 1];
        for (int c = 0; c < table.length; c++) {
            table[c] = (char) c;
        }
        try (InputStream in = Traditional.class.getResourceAsStream("/text/traditional.tsv")) {
            if (in == null) {
                throw new IllegalStateException("text/traditional.tsv is missing from the jar");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.length() == 3 && line.charAt(1) == '\t') {
                    table[line.charAt(0)] = line.charAt(2);
                } else if (!line.startsWith("#")) {
                    throw new IllegalStateException("text/traditional.tsv: not a character, a tab and a character: " + line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return table;
    }
}
