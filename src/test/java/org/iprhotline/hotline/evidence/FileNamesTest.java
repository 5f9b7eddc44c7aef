package org.iprhotline.hotline.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileNamesTest {

    @Test
    void foldersAndReservedCharactersAreDropped() {
        assertThat(FileNames.sanitise("../../etc/passwd.png", ".png")).isEqualTo("passwd.png");
        assertThat(FileNames.sanitise("C:\\Users\\li\\证据 1.pdf", ".pdf")).isEqualTo("证据 1.pdf");
        assertThat(FileNames.sanitise("a<b>c:\"d|e?f*.png", ".png")).isEqualTo("abcdef.png");
        assertThat(FileNames.sanitise("right\u202Egnp.exe", ".png")).isEqualTo("rightgnp.png");
    }

    @Test
    void theExtensionFollowsTheContent() {
        assertThat(FileNames.sanitise("photo.pdf", ".png")).isEqualTo("photo.png");
        assertThat(FileNames.sanitise("photo.JPEG", ".jpg")).isEqualTo("photo.jpeg");
        assertThat(FileNames.sanitise("scan", ".pdf")).isEqualTo("scan.pdf");
    }

    @Test
    void emptyHiddenOrOverlongNamesGetAUsableOne() {
        assertThat(FileNames.sanitise("", ".png")).isEqualTo("evidence.png");
        assertThat(FileNames.sanitise(".png", ".png")).isEqualTo("evidence.png");
        assertThat(FileNames.sanitise("..hidden.pdf", ".pdf")).isEqualTo("hidden.pdf");
        assertThat(FileNames.sanitise("长".repeat(300) + ".pdf", ".pdf")).hasSize(120).endsWith(".pdf");
    }
}
