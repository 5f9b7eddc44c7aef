package org.iprhotline.hotline.twilio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import org.iprhotline.hotline.infra.Database;
import org.iprhotline.hotline.infra.FakeTwilioApi;

/** Texts to reporters as Twilio's API answers them: refused, flaky, or left by an instance that died. */
@QuarkusTest
class OutgoingSmsTest {

    @Inject
    OutgoingSms outgoing;

    @Inject
    Database database;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aMessageTwilioRefusesIsNotTriedAgain() throws Exception {
        String to = FakeTwilioApi.REFUSED + String.format("%02d", (int) (Math.random() * 100));
        UUID id = outgoing.queue(to, "Your report was accepted");
        await().atMost(Duration.ofSeconds(10)).until(() -> database.count(
                "select count(*) from outgoing_sms where id = ? and failed_at is not null"
                        + " and last_error = 'Twilio refused the message (400, error 21211)'", id) == 1);
        Thread.sleep(3_000); // longer than the first wait between rounds here
        assertThat(FakeTwilioApi.REQUESTED_FOR.stream().filter(to::equals)).hasSize(1);
        assertThat(FakeTwilioApi.SENT).noneMatch(sent -> to.equals(sent.to()));
    }

    @Test
    void aMessageGetsThroughAFlakyProviderOnce() {
        String to = FakeTwilioApi.FLAKY + String.format("%02d", (int) (Math.random() * 100));
        UUID id = outgoing.queue(to, "Your report was accepted");
        await().atMost(Duration.ofSeconds(20)).until(() -> database.count(
                "select count(*) from outgoing_sms where id = ? and sent_at is not null and provider_sid like 'SM%'",
                id) == 1);
        assertThat(FakeTwilioApi.SENT.stream().filter(sent -> to.equals(sent.to()))).hasSize(1);
        assertThat(FakeTwilioApi.REQUESTED_FOR.stream().filter(to::equals)).hasSize(3);
    }

    @Test
    void aMessageLeftByAnInstanceThatDiedIsSentOnceItsLeaseEnds() throws Exception {
        String to = "+86137" + String.format("%08d", (long) (Math.random() * 100_000_000L));
        // As a sender that took the message and died before Twilio answered leaves it.
        QuarkusTransaction.requiringNew().run(() -> {
            UUID id = outgoing.queue(to, "Your report was accepted");
            try (var connection = dataSource.getConnection(); var lease = connection.prepareStatement(
                    "update outgoing_sms set attempts = 1, next_attempt_at = now() + interval '3 seconds' where id = ?")) {
                lease.setObject(1, id);
                lease.executeUpdate();
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(1_500);
        assertThat(FakeTwilioApi.REQUESTED_FOR).doesNotContain(to);
        await().atMost(Duration.ofSeconds(10)).until(() -> FakeTwilioApi.SENT.stream().anyMatch(sent -> to.equals(sent.to())));
        Thread.sleep(1_500);
        assertThat(FakeTwilioApi.SENT.stream().filter(sent -> to.equals(sent.to()))).hasSize(1);
    }

    @Test
    void numberAndTextAreSealedAtRest() {
        String to = "+86137" + String.format("%08d", (long) (Math.random() * 100_000_000L));
        UUID id = outgoing.queue(to, "Tracking number 7XK1-D52A-FNHA, access code 60070176");
        assertThat(database.count("select count(*) from outgoing_sms where id = ? and recipient not like '%' || ? || '%'"
                + " and body not like '%60070176%'", id, to.substring(1))).isEqualTo(1);
    }
}
