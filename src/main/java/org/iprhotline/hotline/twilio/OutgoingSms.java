package org.iprhotline.hotline.twilio;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

import org.iprhotline.hotline.background.BackgroundWork;
import org.iprhotline.hotline.background.RoundLoop;
import org.iprhotline.hotline.secrets.Secrets;
import org.iprhotline.hotline.tip.Ids;

/**
 * Text messages to reporters, through an outbox of their own (table {@code outgoing_sms}): a
 * message is written in the transaction that causes it, so it exists exactly when its cause was
 * committed, and a thread of its own sends it, on every instance, each message leased by one.
 * Twilio's refusals ({@link SmsRefused}) and opted-out numbers end a message at once; other
 * failures are tried again in later rounds with a doubling wait, then given up and logged. A
 * message is sent at least once: an instance that dies between Twilio's answer and the marking
 * leaves it to be sent again when its lease ends.
 */
@ApplicationScoped
public class OutgoingSms {

    private static final Logger LOG = Logger.getLogger(OutgoingSms.class);
    private static final int BATCH = 20;

    private static final String INSERT = """
            insert into outgoing_sms (id, recipient, body, created_at, next_attempt_at) values (?, ?, ?, ?, ?)""";
    private static final String LEASE_DUE = """
            with due as (
                select id from outgoing_sms
                 where sent_at is null and failed_at is null and next_attempt_at <= now()
                 order by next_attempt_at
                 limit ?
                   for update skip locked)
            update outgoing_sms m set next_attempt_at = now() + ?::interval, attempts = m.attempts + 1
              from due where m.id = due.id
            returning m.id, m.recipient, m.body, m.attempts""";
    private static final String MARK_SENT = "update outgoing_sms set sent_at = now(), provider_sid = ? where id = ?";
    private static final String MARK_FAILED = "update outgoing_sms set failed_at = now(), last_error = ? where id = ?";
    private static final String DEFER = "update outgoing_sms set next_attempt_at = ?, last_error = ? where id = ?";

    private record Leased(UUID id, String recipient, String body, int attempts) {
    }

    private final AgroalDataSource dataSource;
    private final Secrets secrets;
    private final SmsSending sending;
    private final SmsOptOuts optOuts;
    private final TwilioConfig.Sms config;
    private final MeterRegistry registry;
    private final RoundLoop rounds;

    OutgoingSms(AgroalDataSource dataSource, Secrets secrets, SmsSending sending, SmsOptOuts optOuts,
            TwilioConfig config, BackgroundWork background, MeterRegistry registry) {
        this.dataSource = dataSource;
        this.registry = registry;
        this.secrets = secrets;
        this.sending = sending;
        this.optOuts = optOuts;
        this.config = config.sms();
        this.rounds = new RoundLoop(background.loop("outgoing-sms"), this::sendDue, BATCH, this.config.pollInterval(),
                this.config.firstRetryAfter());
    }

    /**
     * Writes the message in the caller's transaction (or one of its own); it is sent once that
     * commits. Returns the message's id.
     */
    @Transactional
    public UUID queue(String phone, String body) {
        Timestamp now = Timestamp.from(Instant.now());
        UUID id = Ids.newId();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setObject(1, id);
            insert.setString(2, secrets.seal(phone));
            insert.setString(3, secrets.seal(body));
            insert.setTimestamp(4, now);
            insert.setTimestamp(5, now);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("the text message could not be queued", e);
        }
        return id;
    }

    void start(@Observes StartupEvent startup) {
        rounds.start();
    }

    void stop(@Observes ShutdownEvent shutdown) {
        rounds.stop(Duration.ofSeconds(5));
    }

    /** Sends one batch of due messages; returns how many it took. */
    int sendDue() {
        List<Leased> due = QuarkusTransaction.requiringNew().call(this::lease);
        for (Leased message : due) {
            deliver(message);
        }
        return due.size();
    }

    private List<Leased> lease() throws SQLException {
        List<Leased> due = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(LEASE_DUE)) {
            select.setInt(1, BATCH);
            select.setString(2, config.lease().toMillis() + " milliseconds");
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    due.add(new Leased(rows.getObject(1, UUID.class), rows.getString(2), rows.getString(3),
                            rows.getInt(4)));
                }
            }
        }
        return due;
    }

    private void deliver(Leased message) {
        String phone = secrets.open(message.recipient()).orElse(null);
        String body = secrets.open(message.body()).orElse(null);
        if (phone == null || body == null) {
            update(MARK_FAILED, "sealed with another key", message.id());
            count("unreadable");
            return;
        }
        if (optOuts.hasOptedOut(phone)) {
            update(MARK_FAILED, "the number opted out", message.id());
            count("opted_out");
            return;
        }
        try {
            update(MARK_SENT, sending.send(phone, body), message.id());
            count("sent");
        } catch (SmsRefused e) {
            LOG.warnf("text message %s refused, not retried: %s", message.id(), e.getMessage());
            update(MARK_FAILED, e.getMessage(), message.id());
            count("refused");
        } catch (RuntimeException e) {
            if (message.attempts() >= config.deliveryRounds()) {
                LOG.errorf("text message %s given up after %d rounds: %s", message.id(), message.attempts(),
                        e.getMessage());
                update(MARK_FAILED, e.getMessage(), message.id());
                count("given_up");
            } else {
                defer(message, e.getMessage());
                count("deferred");
            }
        }
    }

    private void count(String outcome) {
        Counter.builder("ipr.sms.outgoing").description("Texts to reporters, by what became of each try round")
                .tag("outcome", outcome).register(registry).increment();
    }

    private void defer(Leased message, String error) {
        Duration wait = config.firstRetryAfter().multipliedBy(1L << Math.min(message.attempts() - 1, 20));
        if (wait.compareTo(config.lastRetryAfter()) > 0) {
            wait = config.lastRetryAfter();
        }
        Instant next = Instant.now().plus(wait);
        QuarkusTransaction.requiringNew().run(() -> {
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement update = connection.prepareStatement(DEFER)) {
                update.setTimestamp(1, Timestamp.from(next));
                update.setString(2, error);
                update.setObject(3, message.id());
                update.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private void update(String sql, String text, UUID id) {
        QuarkusTransaction.requiringNew().run(() -> {
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement update = connection.prepareStatement(sql)) {
                update.setString(1, text);
                update.setObject(2, id);
                update.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
