package org.iprhotline.hotline.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

class ContentTypesTest {

    private final ContentTypes types = new ContentTypes();

    @Test
    void picturesAndPdfAreKnownByTheirBytes() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertThat(types.acceptedTypeOf(png, "scan.pdf")).contains("image/png");
        assertThat(types.acceptedTypeOf("%PDF-1.7\n%âãÏÓ\n".getBytes(), "no-extension")).contains("application/pdf");
        byte[] jpeg = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 16, 'J', 'F', 'I', 'F', 0};
        assertThat(types.acceptedTypeOf(jpeg, "photo")).contains("image/jpeg");
    }

    @Test
    void aNameCannotMakeAFileEvidence() {
        byte[] program = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xff, (byte) 0xff, 0, 0};
        assertThat(types.acceptedTypeOf(program, "invoice.pdf")).isEmpty();
        assertThat(types.acceptedTypeOf("just some words".getBytes(), "letter.docx")).isEmpty();
        assertThat(types.acceptedTypeOf(new byte[] {1, 2, 3, (byte) 200, 5, 6, 7, 8}, "photo.jpg")).isEmpty();
        assertThat(types.acceptedTypeOf("<html><script>alert(1)</script></html>".getBytes(), "a.png")).isEmpty();
    }

    @Test
    void officeDocumentsAreToldApartByWhatTheirPackageHolds() throws Exception {
        assertThat(types.acceptedTypeOf(zip("[Content_Types].xml", "word/document.xml"), "x.bin"))
                .contains("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(types.acceptedTypeOf(zip("[Content_Types].xml", "xl/workbook.xml"), "x.docx"))
                .contains("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        // A plain archive renamed .docx is still an archive.
        assertThat(types.acceptedTypeOf(zip("notes.txt"), "contract.docx")).isEmpty();
    }

    private static byte[] zip(String... entries) throws Exception {
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
