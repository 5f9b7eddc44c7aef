package org.iprhotline.hotline.tip;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import org.iprhotline.hotline.infra.Database;

/**
 * Tips that arrive together are written together; one the database refuses (here a tracking
 * number already taken, as two calls could never be issued but a bug could) fails alone, and
 * every other tip of its batch is stored.
 */
@QuarkusTest
class BadTipFailsAloneTest {

    @Inject
    TipIntake intake;

    @Inject
    Database database;

    @Test
    void aTipTheDatabaseRefusesFailsWithoutTheOthersOfItsBatch() {
        TipSubmission.Credentials taken = TipSubmission.Credentials.issue();
        List<CompletableFuture<Receipt>> receipts = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            Optional<TipSubmission.Credentials> credentials = i == 5 || i == 17 ? Optional.of(taken) : Optional.empty();
            receipts.add(intake.submitLater(new TipSubmission(Channel.VOICE,
                    "Someone sells counterfeit Nike shoes at the night market, stall " + i,
                    new Reporter(null, null, null, null), false, Optional.empty(), List.of(), credentials, false))
                    .toCompletableFuture());
        }
        int stored = 0;
        int refused = 0;
        for (CompletableFuture<Receipt> receipt : receipts) {
            try {
                receipt.join();
                stored++;
            } catch (CompletionException e) {
                assertThat(e.getCause()).isInstanceOf(IntakeUnavailableException.class);
                refused++;
            }
        }
        assertThat(refused).isEqualTo(1);
        assertThat(stored).isEqualTo(23);
        assertThat(database.count("select count(*) from tip where tracking_number = ?", taken.trackingNumber().value()))
                .isEqualTo(1);
    }
}
