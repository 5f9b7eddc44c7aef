package org.iprhotline.hotline.notify;

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

import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;

import org.iprhotline.hotline.background.BackgroundWork;
import org.iprhotline.hotline.background.RoundLoop;
import org.iprhotline.hotline.secrets.Secrets;
import org.iprhotline.hotline.tip.Ids;

/**
 * An outbox of messages to reporters, one table per channel ({@code outgoing_sms},
 * {@code outgoing_email}, the same columns): a message is written in the transaction that causes
 * it, so it exists exactly when its cause was committed, recipient and body sealed; a loop of its
 * own sends it, on every instance, each message leased by one. A refusal ends a message at once;
 * other failures are tried again in later rounds with a doubling wait, then given up and logged.
 * At least once: an instance that dies between the provider's answer and the marking leaves the
 * message to be sent again when its lease ends.
 *
 * <p>Written here rather than with SmallRye Reactive Messaging because the message must be a row
 * in the transaction of its cause (a status change, a stored tip), which an emitter is not.
 */
public final class MessageQueue {

    private static final Logger LOG = Logger.getLogger(MessageQueue.class);
    private static final int BATCH = 20;

    /** What one try came to; a failure that may pass is thrown instead. */
    public sealed interface Delivery {
    }

    /** Taken by the provider, with its id for the message. */
    public record Sent(String providerId) implements Delivery {
    }

    /** Not to be tried again: the provider refused it, or the recipient must not get it. */
    public record Refused(String reason, String outcome) implements Delivery {
    }

    /** Sends one message; throws for a failure worth another round. */
    @FunctionalInterface
    public interface Deliverer {
        Delivery deliver(String recipient, String body);
    }

    /**
     * @param table the channel's table
     * @param what  what a message is called in logs ("text message", "e-mail")
     * @param meter the counter of outcomes, tagged {@code outcome}
     */
    public record Settings(String table, String what, String meter, String meterDescription,
            DeliverySettings delivery) {
    }

    private final AgroalDataSource dataSource;
    private final Secrets secrets;
    private final MeterRegistry registry;
    private final Settings settings;
    private final Deliverer deliverer;
    private final RoundLoop rounds;
    private final String insert;
    private final String leaseDue;
    private final String markSent;
    private final String markFailed;
    private final String defer;

    private record Leased(UUID id, String recipient, String body, int attempts) {
    }

    public MessageQueue(AgroalDataSource dataSource, Secrets secrets, BackgroundWork background, MeterRegistry registry,
            Settings settings, Deliverer deliverer) {
        this.dataSource = dataSource;
        this.secrets = secrets;
        this.registry = registry;
        this.settings = settings;
        this.deliverer = deliverer;
        String table = settings.table();
        this.insert = "insert into " + table + " (id, recipient, body, created_at, next_attempt_at) values (?, ?, ?, ?, ?)";
        this.leaseDue = """
                with due as (
                    select id from %1$s
                     where sent_at is null and failed_at is null and next_attempt_at <= now()
                     order by next_attempt_at
                     limit ?
                       for update skip locked)
                update %1$s m set next_attempt_at = now() + ?::interval, attempts = m.attempts + 1
                  from due where m.id = due.id
                returning m.id, m.recipient, m.body, m.attempts""".formatted(table);
        this.markSent = "update " + table + " set sent_at = now(), provider_sid = ? where id = ?";
        this.markFailed = "update " + table + " set failed_at = now(), last_error = ? where id = ?";
        this.defer = "update " + table + " set next_attempt_at = ?, last_error = ? where id = ?";
        // The outcomes every channel has are counted from zero at start, so that an alert on the
        // counter's increase (a first text given up) sees the first one; a series born at 1 shows none.
        // A channel's own refusals (opted out, a number Twilio refuses) appear when first counted.
        for (String outcome : List.of("sent", "deferred", "given_up", "unreadable")) {
            counter(outcome);
        }
        this.rounds = new RoundLoop(background.loop(table.replace('_', '-')), this::sendDue, BATCH,
                settings.delivery().pollInterval(), settings.delivery().firstRetryAfter());
    }

    /** Writes the message in the caller's transaction; it is sent once that commits. Returns its id. */
    public UUID queue(String recipient, String body) {
        Timestamp now = Timestamp.from(Instant.now());
        UUID id = Ids.newId();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(insert)) {
            statement.setObject(1, id);
            statement.setString(2, secrets.seal(recipient));
            statement.setString(3, secrets.seal(body));
            statement.setTimestamp(4, now);
            statement.setTimestamp(5, now);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("the " + settings.what() + " could not be queued", e);
        }
        return id;
    }

    public void start() {
        rounds.start();
    }

    public void stop() {
        rounds.stop(Duration.ofSeconds(5));
    }

    /** Sends one batch of due messages; returns how many it took. */
    public int sendDue() {
        List<Leased> due = QuarkusTransaction.requiringNew().call(this::lease);
        for (Leased message : due) {
            deliver(message);
        }
        return due.size();
    }

    private List<Leased> lease() throws SQLException {
        List<Leased> due = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(leaseDue)) {
            select.setInt(1, BATCH);
            select.setString(2, settings.delivery().lease().toMillis() + " milliseconds");
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
        String recipient = secrets.open(message.recipient()).orElse(null);
        String body = secrets.open(message.body()).orElse(null);
        if (recipient == null || body == null) {
            update(markFailed, "sealed with another key", message.id());
            count("unreadable");
            return;
        }
        try {
            Delivery delivery = deliverer.deliver(recipient, body);
            if (delivery instanceof Sent sent) {
                update(markSent, sent.providerId(), message.id());
                count("sent");
            } else if (delivery instanceof Refused refused) {
                LOG.warnf("%s %s not sent, not retried: %s", settings.what(), message.id(), refused.reason());
                update(markFailed, refused.reason(), message.id());
                count(refused.outcome());
            }
        } catch (RuntimeException e) {
            if (message.attempts() >= settings.delivery().deliveryRounds()) {
                LOG.errorf("%s %s given up after %d rounds: %s", settings.what(), message.id(), message.attempts(),
                        e.getMessage());
                update(markFailed, e.getMessage(), message.id());
                count("given_up");
            } else {
                LOG.warnf("%s %s not sent in round %d, tried again later: %s", settings.what(), message.id(),
                        message.attempts(), e.getMessage());
                postpone(message, e.getMessage());
                count("deferred");
            }
        }
    }

    private void count(String outcome) {
        counter(outcome).increment();
    }

    private Counter counter(String outcome) {
        return Counter.builder(settings.meter()).description(settings.meterDescription()).tag("outcome", outcome)
                .register(registry);
    }

    private void postpone(Leased message, String error) {
        DeliverySettings delivery = settings.delivery();
        Duration wait = delivery.firstRetryAfter().multipliedBy(1L << Math.min(message.attempts() - 1, 20));
        if (wait.compareTo(delivery.lastRetryAfter()) > 0) {
            wait = delivery.lastRetryAfter();
        }
        Instant next = Instant.now().plus(wait);
        QuarkusTransaction.requiringNew().run(() -> {
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement update = connection.prepareStatement(defer)) {
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
