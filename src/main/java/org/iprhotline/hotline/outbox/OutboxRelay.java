package org.iprhotline.hotline.outbox;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;

import org.eclipse.microprofile.context.ManagedExecutor;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;

import org.iprhotline.hotline.background.BackgroundWork;
import org.iprhotline.hotline.background.CachedFigure;
import org.iprhotline.hotline.background.RoundLoop;

/**
 * Publishes staged events to Kafka, oldest first, and marks them sent.
 *
 * <p>Each round leases a batch in one short transaction ({@code FOR UPDATE SKIP LOCKED}, then
 * {@code next_attempt_at} moved past the lease), publishes it with no transaction open, and marks
 * what Kafka acknowledged in a second short transaction. Several instances can share one database:
 * a leased row is not due for anyone else until its lease ends, which is longer than a round can
 * take. A topic Kafka does not take (deleted, not yet created, refused) is skipped for the rest
 * of the round after its first failure, so the other topics flow; its events are retried with a
 * growing backoff and nothing is dropped. The producer is idempotent with {@code acks=all}. After
 * a crash between Kafka's acknowledgement and the marking, an event is published again when its
 * lease ends: consumers drop it by its CloudEvents id.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private static final String LEASE_BATCH = """
            with due as (
                select seq from outbox_event
                 where sent_at is null and next_attempt_at <= now()
                 order by seq
                 limit ?
                   for update skip locked)
            update outbox_event e set next_attempt_at = now() + ?::interval
              from due where e.seq = due.seq
            returning e.seq, e.event_id, e.aggregate_id, e.topic, e.event_type, e.payload, e.created_at, e.attempts,
                      e.traceparent, e.region""";
    private static final String OLDEST_PENDING = """
            select created_at from outbox_event where sent_at is null order by seq limit 1""";
    private static final String PENDING = "select count(*) from outbox_event where sent_at is null";
    private static final String MARK_SENT = "update outbox_event set sent_at = now(), attempts = attempts + 1 where seq = any(?)";
    private static final String DEFER = """
            update outbox_event
               set attempts = attempts + 1, next_attempt_at = ?, last_error = ?
             where seq = ?""";

    private final AgroalDataSource dataSource;
    private final OutboxConfig.Relay config;
    private final OutboxConfig outboxConfig;
    private final Map<String, Object> kafkaConfig;
    private final RoundLoop rounds;
    private final MeterRegistry registry;
    private final Timer deliveryDelay;
    private volatile Producer<String, byte[]> producer;

    OutboxRelay(AgroalDataSource dataSource, OutboxConfig config, BackgroundWork background, MeterRegistry registry,
            ManagedExecutor executor, @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig) {
        this.dataSource = dataSource;
        this.rounds = new RoundLoop(background.loop("outbox-relay"), this::relayBatch, config.relay().batchSize(),
                config.relay().pollInterval(), config.relay().initialBackoff());
        this.registry = registry;
        this.deliveryDelay = Timer.builder("ipr.outbox.delivery.delay")
                .description("From an event's staging with its change to Kafka's acknowledgement")
                .publishPercentileHistogram().register(registry);
        CachedFigure<Long> pending = new CachedFigure<>(this::pendingCount, 0L, Duration.ofSeconds(5), executor);
        // Strong references: Micrometer holds a gauge's object weakly, and nothing else holds these.
        Gauge.builder("ipr.outbox.pending", pending, figure -> figure.get()).strongReference(true)
                .description("Events staged and not yet acknowledged by Kafka").register(registry);
        CachedFigure<Double> oldest = new CachedFigure<>(
                () -> oldestPendingAge().map(age -> age.toMillis() / 1000.0).orElse(0.0), 0.0, Duration.ofSeconds(5),
                executor);
        Gauge.builder("ipr.outbox.oldest.pending", oldest, figure -> figure.get()).strongReference(true).baseUnit("seconds")
                .description("Age of the oldest event not yet acknowledged by Kafka").register(registry);
        this.outboxConfig = config;
        this.config = config.relay();
        this.kafkaConfig = kafkaConfig;
    }

    void start(@Observes StartupEvent startup) {
        if (!config.enabled()) {
            LOG.info("outbox relay disabled on this instance");
            return;
        }
        producer = new KafkaProducer<>(producerConfig(), new StringSerializer(), new ByteArraySerializer());
        rounds.start();
    }

    void stop(@Observes ShutdownEvent shutdown) {
        rounds.stop(Duration.ofSeconds(10));
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }

    private Map<String, Object> producerConfig() {
        Map<String, Object> settings = new HashMap<>();
        kafkaConfig.forEach((key, value) -> settings.put(key, String.valueOf(value)));
        settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        settings.put(ProducerConfig.ACKS_CONFIG, "all");
        settings.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        settings.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, String.valueOf(Math.min(config.sendTimeout().toMillis(), 5000)));
        settings.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, String.valueOf(config.sendTimeout().toMillis()));
        settings.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG,
                String.valueOf(Math.min(config.sendTimeout().toMillis() - 1000, 30000)));
        settings.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "ipr-hotline-outbox");
        return settings;
    }

    /** Publishes one batch of due events; returns how many it took. */
    int relayBatch() {
        List<PendingEvent> batch = QuarkusTransaction.requiringNew().call(this::leaseBatch);
        if (batch.isEmpty()) {
            return 0;
        }
        Delivery delivery = publish(batch);
        QuarkusTransaction.requiringNew().call(() -> {
            try (Connection connection = dataSource.getConnection()) {
                markSent(connection, delivery.sent());
                defer(connection, delivery.failed());
            }
            return null;
        });
        return batch.size();
    }

    /**
     * How long the oldest event not yet on Kafka has waited, if there is one. Health reads it.
     */
    public Optional<Duration> oldestPendingAge() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(OLDEST_PENDING);
                ResultSet row = select.executeQuery()) {
            return row.next() ? Optional.of(Duration.between(row.getTimestamp(1).toInstant(), Instant.now()))
                    : Optional.empty();
        } catch (SQLException e) {
            throw new IllegalStateException("the outbox could not be read", e);
        }
    }

    private long pendingCount() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(PENDING);
                ResultSet row = select.executeQuery()) {
            row.next();
            return row.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("the outbox could not be read", e);
        }
    }

    /** Longer than a round can take, so that no row is leased twice while its round is still on. */
    private Duration lease() {
        return config.sendTimeout().multipliedBy(2).plusSeconds(30);
    }

    private List<PendingEvent> leaseBatch() throws SQLException {
        List<PendingEvent> batch = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(LEASE_BATCH)) {
            select.setInt(1, config.batchSize());
            select.setString(2, lease().toMillis() + " milliseconds");
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    batch.add(new PendingEvent(rows.getLong(1), rows.getObject(2, UUID.class),
                            rows.getObject(3, UUID.class), rows.getString(4), rows.getString(5), rows.getString(6),
                            rows.getTimestamp(7).toInstant(), rows.getInt(8), rows.getString(9),
                            rows.getString(10)));
                }
            }
        }
        // Rows come back from the update in no particular order.
        batch.sort(Comparator.comparingLong(PendingEvent::seq));
        return batch;
    }

    /** What Kafka acknowledged in a round, and why the rest was not. */
    private record Delivery(List<Long> sent, Map<PendingEvent, String> failed) {
    }

    private Delivery publish(List<PendingEvent> batch) {
        List<Future<RecordMetadata>> acks = new ArrayList<>(batch.size());
        // A topic whose send fails (no metadata within max.block.ms: deleted or not yet created)
        // is not tried again this round; the other topics go on.
        Map<String, String> failedTopics = new HashMap<>();
        for (PendingEvent pending : batch) {
            if (failedTopics.containsKey(pending.topic())) {
                acks.add(null);
                continue;
            }
            try {
                Future<RecordMetadata> ack = producer.send(CloudEventRecords.toRecord(pending, outboxConfig.source()));
                Optional<String> noTopic = topicNotFound(ack);
                noTopic.ifPresent(reason -> failedTopics.put(pending.topic(), reason));
                acks.add(noTopic.isPresent() ? null : ack);
            } catch (RuntimeException e) {
                failedTopics.put(pending.topic(), String.valueOf(e.getMessage()));
                acks.add(null);
            }
        }
        long deadline = System.nanoTime() + config.sendTimeout().toNanos();
        List<Long> sent = new ArrayList<>();
        Map<PendingEvent, String> failed = new HashMap<>();
        for (int i = 0; i < batch.size(); i++) {
            PendingEvent pending = batch.get(i);
            if (acks.get(i) == null) {
                failed.put(pending, failedTopics.get(pending.topic()));
                continue;
            }
            try {
                acks.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                sent.add(pending.seq());
                deliveryDelay.record(Duration.between(pending.createdAt(), Instant.now()));
            } catch (ExecutionException e) {
                failed.put(pending, e.getCause().getMessage());
            } catch (TimeoutException e) {
                failed.put(pending, "no acknowledgement within " + config.sendTimeout());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failed.put(pending, "relay stopped");
            }
        }
        failed.keySet().forEach(pending -> Counter.builder("ipr.outbox.deferred")
                .description("Events Kafka did not take in a round, to be tried again").tag("topic", pending.topic())
                .register(registry).increment());
        if (!failed.isEmpty()) {
            LOG.warnf("outbox: %d event(s) published, %d deferred: %s", sent.size(), failed.size(),
                    failed.values().iterator().next());
        }
        return new Delivery(sent, failed);
    }

    /**
     * Why a send found no topic, when it did. The producer does not throw when a topic's metadata
     * does not come within max.block.ms: it blocks that long, then hands back a future that has
     * already failed with Kafka's {@code TimeoutException}. Read only then, after every send of
     * the round, each of a missing topic's events would block a round for max.block.ms in turn
     * (500 events, 40 minutes) while the other agencies' events waited behind them. Other
     * refusals at once (a record too large) are the one event's own and do not stop its topic.
     */
    private static Optional<String> topicNotFound(Future<RecordMetadata> ack) {
        if (!ack.isDone()) {
            return Optional.empty();
        }
        try {
            ack.get();
            return Optional.empty();
        } catch (ExecutionException e) {
            return e.getCause() instanceof org.apache.kafka.common.errors.TimeoutException
                    ? Optional.of(String.valueOf(e.getCause().getMessage()))
                    : Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private void markSent(Connection connection, List<Long> seqs) throws SQLException {
        if (seqs.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement(MARK_SENT)) {
            Array array = connection.createArrayOf("bigint", seqs.toArray());
            update.setArray(1, array);
            update.executeUpdate();
        }
    }

    private void defer(Connection connection, Map<PendingEvent, String> failed) throws SQLException {
        if (failed.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement(DEFER)) {
            for (Map.Entry<PendingEvent, String> entry : failed.entrySet()) {
                update.setTimestamp(1, Timestamp.from(Instant.now().plus(backoff(entry.getKey().attempts()))));
                update.setString(2, entry.getValue());
                update.setLong(3, entry.getKey().seq());
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    private Duration backoff(int attempts) {
        Duration wait = config.initialBackoff().multipliedBy(1L << Math.min(attempts, 20));
        return wait.compareTo(config.maxBackoff()) > 0 ? config.maxBackoff() : wait;
    }

    /** Deletes published events once they are past their retention; {@code retention/Retention} calls it. */
    public void purgePublished() {
        QuarkusTransaction.requiringNew().run(() -> {
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement delete = connection.prepareStatement(
                            "delete from outbox_event where sent_at < ?")) {
                delete.setTimestamp(1, Timestamp.from(Instant.now().minus(config.retention())));
                int deleted = delete.executeUpdate();
                LOG.debugf("outbox: purged %d published event(s)", deleted);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
