package org.iprhotline.hotline.evidence;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypeException;
import org.apache.tika.mime.MimeTypes;

/**
 * Tells what a file is from its bytes (Apache Tika's magic numbers), never from its name, and
 * whether we accept it as evidence: pictures, PDF and office documents. It reads the file where
 * the upload left it on disk, only as far as it must: the first bytes for the magic numbers and,
 * for an office package, the ZIP's central directory. Nothing is ever decompressed, so an archive
 * built to expand to terabytes costs what its directory costs.
 */
final class ContentTypes {

    private static final String OOXML = "application/x-tika-ooxml";
    private static final String OLE2 = "application/x-tika-msoffice";

    /** The office formats whose container (ZIP or OLE2) is found by content and whose kind the name may refine. */
    private static final Set<String> OLE2_KINDS = Set.of("application/msword", "application/vnd.ms-excel",
            "application/vnd.ms-powerpoint");
    private static final Map<String, String> OOXML_PARTS = Map.of(
            "word/", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xl/", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "ppt/", "application/vnd.openxmlformats-officedocument.presentationml.presentation");

    private static final Set<String> ACCEPTED = Set.of(
            "image/jpeg", "image/png", "image/gif", "image/webp", "image/bmp", "image/tiff", "image/heic", "image/heif",
            "application/pdf", "application/rtf",
            "application/msword", "application/vnd.ms-excel", "application/vnd.ms-powerpoint",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet",
            "application/vnd.oasis.opendocument.presentation");

    /** Entries of a package looked at before giving up on finding an office part. */
    private static final int MAX_ENTRIES_LOOKED_AT = 10_000;

    private final Detector detector = TikaConfig.getDefaultConfig().getDetector();
    private final MimeTypes types = MimeTypes.getDefaultMimeTypes();

    /** The accepted type of this content, or empty when it is not a kind of file we take. */
    Optional<String> acceptedTypeOf(Path content, String name) {
        String type = detect(content, new Metadata());
        if (type.equals(OOXML)) {
            type = ooxmlKind(content).orElse(type);
        } else if (type.equals(OLE2)) {
            Metadata named = new Metadata();
            named.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
            String byName = detect(content, named);
            type = OLE2_KINDS.contains(byName) ? byName : "application/msword";
        }
        return ACCEPTED.contains(type) ? Optional.of(type) : Optional.empty();
    }

    /** The usual file name extension of an accepted type, with its dot. */
    String extensionOf(String type) {
        try {
            return types.forName(type).getExtension();
        } catch (MimeTypeException e) {
            return "";
        }
    }

    private String detect(Path content, Metadata metadata) {
        // Tika marks the stream, reads what its magic numbers need (a few kilobytes) and resets.
        try (InputStream in = new BufferedInputStream(Files.newInputStream(content))) {
            MediaType type = detector.detect(in, metadata);
            return type.getBaseType().toString();
        } catch (IOException e) {
            return MediaType.OCTET_STREAM.toString();
        }
    }

    /**
     * Word, Excel or PowerPoint, by the names of the parts the package holds. {@link ZipFile} reads
     * them from the central directory; a {@code ZipInputStream} would inflate every entry to reach
     * the next one.
     */
    private static Optional<String> ooxmlKind(Path content) {
        try (ZipFile zip = new ZipFile(content.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            for (int looked = 0; entries.hasMoreElements() && looked < MAX_ENTRIES_LOOKED_AT; looked++) {
                String name = entries.nextElement().getName();
                for (Map.Entry<String, String> part : OOXML_PARTS.entrySet()) {
                    if (name.startsWith(part.getKey())) {
                        return Optional.of(part.getValue());
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
