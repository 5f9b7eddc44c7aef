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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.common.annotation.Identifier;

/**
 * Publishes staged events to Kafka, oldest first, and marks them sent.
 *
 * <p>Each round locks a batch with {@code FOR UPDATE SKIP LOCKED}, so several service instances
 * can share one database and no row is published by two of them. The producer is idempotent
 * with {@code acks=all}. An event Kafka does not take stays in the table and is retried with a
 * growing backoff; nothing is dropped. After a crash between Kafka's acknowledgement and the
 * commit, an event can be published twice: consumers drop it by its CloudEvents id.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private static final String TAKE_BATCH = """
            select seq, event_id, aggregate_id, topic, event_type, payload, created_at, attempts
              from outbox_event
             where sent_at is null and next_attempt_at <= now()
             order by seq
             limit ?
               for update skip locked""";
    private static final String MARK_SENT = "update outbox_event set sent_at = now(), attempts = attempts + 1 where seq = any(?)";
    private static final String DEFER = """
            update outbox_event
               set attempts = attempts + 1, next_attempt_at = ?, last_error = ?
             where seq = ?""";

    private final AgroalDataSource dataSource;
    private final OutboxConfig.Relay config;
    private final OutboxConfig outboxConfig;
    private final Map<String, Object> kafkaConfig;
    private volatile Producer<String, byte[]> producer;
    private volatile Thread worker;
    private volatile boolean running;

    OutboxRelay(AgroalDataSource dataSource, OutboxConfig config,
            @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig) {
        this.dataSource = dataSource;
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
        running = true;
        worker = new Thread(this::run, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    void stop(@Observes ShutdownEvent shutdown) {
        running = false;
        if (worker != null) {
            worker.interrupt();
            try {
                worker.join(Duration.ofSeconds(10).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
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

    private void run() {
        while (running) {
            try {
                int relayed = relayBatch();
                if (relayed < config.batchSize()) {
                    Thread.sleep(config.pollInterval().toMillis());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // The database is away or the round failed as a whole; the rows stay pending.
                LOG.warnf("outbox relay round failed, retrying: %s", e.getMessage());
                sleepQuietly(config.initialBackoff());
            }
        }
    }

    /** Publishes one batch of due events; returns how many it took. */
    int relayBatch() {
        return QuarkusTransaction.requiringNew()
                .timeout((int) config.sendTimeout().toSeconds() + 30)
                .call(() -> {
                    try (Connection connection = dataSource.getConnection()) {
                        List<PendingEvent> batch = takeBatch(connection);
                        if (!batch.isEmpty()) {
                            publish(connection, batch);
                        }
                        return batch.size();
                    }
                });
    }

    private List<PendingEvent> takeBatch(Connection connection) throws SQLException {
        List<PendingEvent> batch = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(TAKE_BATCH)) {
            select.setInt(1, config.batchSize());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    batch.add(new PendingEvent(rows.getLong(1), rows.getObject(2, UUID.class),
                            rows.getObject(3, UUID.class), rows.getString(4), rows.getString(5), rows.getString(6),
                            rows.getTimestamp(7).toInstant(), rows.getInt(8)));
                }
            }
        }
        return batch;
    }

    private void publish(Connection connection, List<PendingEvent> batch) throws SQLException {
        List<Future<RecordMetadata>> acks = new ArrayList<>(batch.size());
        String sendFailure = null;
        for (PendingEvent pending : batch) {
            try {
                acks.add(producer.send(CloudEventRecords.toRecord(pending, outboxConfig.source())));
            } catch (RuntimeException e) {
                // Kafka is unreachable: do not wait for it once per row; retry the rest later.
                sendFailure = e.getMessage();
                break;
            }
        }
        long deadline = System.nanoTime() + config.sendTimeout().toNanos();
        List<Long> sent = new ArrayList<>();
        Map<PendingEvent, String> failed = new HashMap<>();
        for (int i = 0; i < batch.size(); i++) {
            PendingEvent pending = batch.get(i);
            if (i >= acks.size()) {
                failed.put(pending, sendFailure);
                continue;
            }
            try {
                acks.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                sent.add(pending.seq());
            } catch (ExecutionException e) {
                failed.put(pending, e.getCause().getMessage());
            } catch (TimeoutException e) {
                failed.put(pending, "no acknowledgement within " + config.sendTimeout());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failed.put(pending, "relay stopped");
            }
        }
        markSent(connection, sent);
        defer(connection, failed);
        if (!failed.isEmpty()) {
            LOG.warnf("outbox: %d event(s) published, %d deferred: %s", sent.size(), failed.size(),
                    failed.values().iterator().next());
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

    /** Deletes published events once they are past their retention. */
    @Scheduled(every = "1h", delayed = "5m")
    void purgePublished() {
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

    private static void sleepQuietly(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
