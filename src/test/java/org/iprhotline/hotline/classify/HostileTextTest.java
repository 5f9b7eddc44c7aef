package org.iprhotline.hotline.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import org.iprhotline.hotline.AdversarialText;

/**
 * The classifier, its features and the registration-number scan take time in proportion to the
 * text, whatever the text: each worst case of 20,000 characters is handled well within a bound
 * that a super-linear pattern would miss by orders of magnitude (2 KB once took 112 s).
 */
class HostileTextTest {

    private static final Classifier CLASSIFIER = new TrainedClassifier(ClassifierModels.loadShipped());
    /** Generous for a shared CI machine; the benchmark gives the real figure (a few ms). */
    private static final Duration BOUND = Duration.ofMillis(500);

    @Test
    void everyWorstCaseIsHandledInBoundedTime() {
        warmUp();
        for (Map.Entry<String, String> worst : AdversarialText.cases(AdversarialText.MAX).entrySet()) {
            assertBounded(worst.getKey(), worst.getValue(), RegistrationNumber::findIn);
            assertBounded(worst.getKey(), worst.getValue(), Features::of);
            assertBounded(worst.getKey(), worst.getValue(), CLASSIFIER::classify);
        }
    }

    @Test
    void randomPiecesAreHandledInBoundedTime() {
        warmUp();
        AdversarialText.random(20261127L, 60).forEach(text -> {
            assertBounded("random", text, RegistrationNumber::findIn);
            assertBounded("random", text, CLASSIFIER::classify);
        });
    }

    @Test
    void theReportedPatentCaseStillFindsNumbersAroundIt() {
        String text = "patent" + " ".repeat(2_000) + "x 123456 and patent no. ZL201920123456.5";
        assertThat(RegistrationNumber.findIn(text)).extracting(RegistrationNumber::value)
                .containsExactly("ZL201920123456.5");
    }

    private static void warmUp() {
        for (String text : AdversarialText.cases(2_000).values()) {
            RegistrationNumber.findIn(text);
            CLASSIFIER.classify(text);
        }
    }

    static void assertBounded(String name, String text, Consumer<String> handling) {
        long started = System.nanoTime();
        handling.accept(text);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertThat(took).as("%s (%d characters)", name, text.length()).isLessThan(BOUND);
    }
}
