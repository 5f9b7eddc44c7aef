package org.iprhotline.hotline.evidence;

import java.text.Normalizer;
import java.util.Locale;

/** Makes an uploaded file's name safe to store, show and offer for download. */
final class FileNames {

    private static final int MAX_LENGTH = 120;

    private FileNames() {
    }

    /**
     * The name without any folder, control or reserved characters, at most 120 characters, and
     * ending in the extension of the type found in the content.
     */
    static String sanitise(String original, String extension) {
        String name = original == null ? "" : Normalizer.normalize(original, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\\p{Cf}<>:\"|?*]", "").replaceAll("\\s+", " ").strip();
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
        stem = stem.replaceAll("^[.\\s]+", "").strip();
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
