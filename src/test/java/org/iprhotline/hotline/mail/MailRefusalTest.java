package org.iprhotline.hotline.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletionException;

import org.junit.jupiter.api.Test;

import io.vertx.ext.mail.SMTPException;

import org.iprhotline.hotline.notify.MessageQueue;

/**
 * Which mail server answers end an e-mail for good. GreenMail, the tests' SMTP server, accepts every
 * well-formed recipient, so the answers are the mail client's own exceptions, as Quarkus Mailer
 * hands them over (wrapped, as a blocking send wraps them).
 */
class MailRefusalTest {

    @Test
    void aPermanentAnswerEndsTheEMailWithTheServersWords() {
        SMTPException noMailbox = new SMTPException("RCPT TO failed", 550, List.of("5.1.1 no such mailbox"), false);

        assertThat(OutgoingEmail.permanent(new CompletionException(noMailbox))).get()
                .isInstanceOfSatisfying(MessageQueue.Refused.class, refused -> {
                    assertThat(refused.reason()).startsWith("the mail server refused it: 550").contains("no such mailbox");
                    assertThat(refused.outcome()).isEqualTo("refused");
                });
    }

    @Test
    void aTransientAnswerOrALostConnectionIsTriedAgain() {
        SMTPException busy = new SMTPException("RCPT TO failed", 451, List.of("4.3.0 try again later"), false);

        assertThat(OutgoingEmail.permanent(new CompletionException(busy))).isEmpty();
        assertThat(OutgoingEmail.permanent(new IllegalStateException("connection reset"))).isEmpty();
    }
}
