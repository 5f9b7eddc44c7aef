package org.iprhotline.hotline.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import org.iprhotline.hotline.infra.Database;

/**
 * An address that can never be written to ends its e-mail at once, with the reason kept; it is not
 * tried again round after round. (A mail server's 5xx answer is treated the same; GreenMail, the
 * real SMTP server of the tests, accepts every well-formed recipient, so that path is not staged
 * here; {@link MailRefusalTest} hands the mail client's own 5xx and 4xx answers to the same decision.)
 */
@QuarkusTest
class RefusedMailTest {

    @Inject
    OutgoingEmail outgoing;

    @Inject
    Database database;

    @Test
    void aPermanentRefusalIsNotTriedAgain() {
        UUID id = outgoing.queue("no such mailbox@", "Your report", "Received.");
        await().atMost(Duration.ofSeconds(20)).until(() -> database.count(
                "select count(*) from outgoing_email where id = ? and (failed_at is not null or last_error is not null)",
                id) == 1);
        assertThat(database.count("""
                select count(*) from outgoing_email where id = ? and attempts = 1 and sent_at is null
                   and last_error like 'the address is not valid%'""", id)).isEqualTo(1);
    }
}
