package org.iprhotline.hotline.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentTypesTest {

    private final ContentTypes types = new ContentTypes();

    @TempDir
    Path dir;

    @Test
    void picturesAndPdfAreKnownByTheirBytes() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertThat(typeOf(png, "scan.pdf")).contains("image/png");
        assertThat(typeOf("%PDF-1.7\n%âãÏÓ\n".getBytes(), "no-extension")).contains("application/pdf");
        byte[] jpeg = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 16, 'J', 'F', 'I', 'F', 0};
        assertThat(typeOf(jpeg, "photo")).contains("image/jpeg");
    }

    @Test
    void aNameCannotMakeAFileEvidence() throws Exception {
        byte[] program = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xff, (byte) 0xff, 0, 0};
        assertThat(typeOf(program, "invoice.pdf")).isEmpty();
        assertThat(typeOf("just some words".getBytes(), "letter.docx")).isEmpty();
        assertThat(typeOf(new byte[] {1, 2, 3, (byte) 200, 5, 6, 7, 8}, "photo.jpg")).isEmpty();
        assertThat(typeOf("<html><script>alert(1)</script></html>".getBytes(), "a.png")).isEmpty();
    }

    @Test
    void officeDocumentsAreToldApartByWhatTheirPackageHolds() throws Exception {
        assertThat(typeOf(zip("[Content_Types].xml", "word/document.xml"), "x.bin"))
                .contains("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(typeOf(zip("[Content_Types].xml", "xl/workbook.xml"), "x.docx"))
                .contains("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        // A plain archive renamed .docx is still an archive.
        assertThat(typeOf(zip("notes.txt"), "contract.docx")).isEmpty();
    }

    @Test
    void aPackageThatExpandsToGigabytesIsNeverExpanded() throws Exception {
        // 128 entries of 64 MiB of zeros each, 8 GiB in all, in a file of about 8 MB. Reading it as a
        // stream inflates every entry to reach the next (about 16 s here); the check must not.
        byte[] bomb = ZipBomb.of(128, 64 << 20, "word/document.xml");
        assertThat(bomb.length).isLessThan(10 << 20);
        long started = System.nanoTime();
        assertThat(typeOf(bomb, "contract.docx"))
                .contains("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
    }

    private Optional<String> typeOf(byte[] content, String name) throws IOException {
        Path file = Files.createTempFile(dir, "upload", ".part");
        Files.write(file, content);
        return types.acceptedTypeOf(file, name);
    }

    private static byte[] zip(String... entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write("<x/>".getBytes());
            }
        }
        return bytes.toByteArray();
    }
}
