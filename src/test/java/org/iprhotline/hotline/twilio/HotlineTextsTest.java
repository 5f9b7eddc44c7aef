package org.iprhotline.hotline.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import org.iprhotline.hotline.tip.TrackingNumber;

/**
 * The receipt tells the numbers configuration gives, and a caller nothing about merging texts (the
 * words come from the text catalogue, which the running service provides).
 */
@QuarkusTest
class HotlineTextsTest {

    private final TrackingNumber number = TrackingNumber.generate();

    @Test
    void aTextedReceiptStatesTheConfiguredDeadlineAndMergeWindow() {
        assertThat(HotlineTexts.receipt("en", number, "12345678", 20, Optional.of(Duration.ofMinutes(30))))
                .contains("decides within 20 working days").contains("Texts in the next 30 minutes");
        assertThat(HotlineTexts.receipt("zh", number, "12345678", 20, Optional.of(Duration.ofMinutes(30))))
                .contains("20个工作日内").contains("30分钟内再发的短信");
    }

    @Test
    void aCallersReceiptSaysNothingAboutAddingTexts() {
        assertThat(HotlineTexts.receipt("en", number, "12345678", 15, Optional.empty()))
                .contains("within 15 working days").doesNotContain("Texts in the next");
        assertThat(HotlineTexts.receipt("zh", number, "12345678", 15, Optional.empty())).doesNotContain("分钟内再发");
    }
}
