package org.iprhotline.hotline.evidence;

import java.text.Normalizer;
import java.util.Locale;

import com.google.re2j.Pattern;

/** Makes an uploaded file's name safe to store, show and offer for download. */
final class FileNames {

    private static final int MAX_LENGTH = 120;
    private static final Pattern UNSAFE = Pattern.compile("[\\p{Cc}\\p{Cf}<>:\"|?*]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern LEADING_DOTS = Pattern.compile("^[.\\s]+");

    private FileNames() {
    }

    /**
     * The name without any folder, control or reserved characters, at most 120 characters, and
     * ending in the extension of the type found in the content.
     */
    static String sanitise(String original, String extension) {
        String name = original == null ? "" : Normalizer.normalize(original, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = SPACES.matcher(UNSAFE.matcher(name).replaceAll("")).replaceAll(" ").strip();
        String stem = name;
        int dot = name.lastIndexOf('.');
        if (dot >= 0) {
            String current = name.substring(dot).toLowerCase(Locale.ROOT);
            if (current.equals(extension) || equivalent(current, extension)) {
                extension = current;
            }
            stem = name.substring(0, dot);
        }
        // No hidden files, no names made of dots.
        stem = LEADING_DOTS.matcher(stem).replaceFirst("").strip();
        if (stem.isBlank()) {
            stem = "evidence";
        }
        int room = MAX_LENGTH - extension.length();
        if (stem.codePointCount(0, stem.length()) > room) {
            stem = stem.substring(0, stem.offsetByCodePoints(0, room));
        }
        return stem.strip() + extension;
    }

    private static boolean equivalent(String a, String b) {
        return (a.equals(".jpeg") || a.equals(".jpg")) && (b.equals(".jpg") || b.equals(".jpeg"))
                || (a.equals(".tif") || a.equals(".tiff")) && (b.equals(".tif") || b.equals(".tiff"));
    }
}
