package org.iprhotline.hotline.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.agroal.api.AgroalDataSource;

import org.iprhotline.hotline.tip.Ids;

/**
 * Where the core leaves events for Kafka. Events are written on the caller's connection, inside
 * the caller's transaction, so an event exists exactly when the change that caused it was
 * committed; {@link OutboxRelay} publishes it.
 */
@ApplicationScoped
public class Outbox {

    private static final String INSERT = """
            insert into outbox_event (event_id, aggregate_id, topic, event_type, payload, created_at, next_attempt_at,
                                      traceparent, region)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private final ObjectMapper objectMapper;
    private final AgroalDataSource dataSource;

    Outbox(ObjectMapper objectMapper, AgroalDataSource dataSource) {
        this.objectMapper = objectMapper;
        this.dataSource = dataSource;
    }

    /**
     * Prepares {@code event} for {@code topic}, keyed by the aggregate it belongs to, with the
     * calling thread's trace context.
     */
    public StagedEvent event(String topic, UUID aggregateId, String eventType, Object event) {
        return event(topic, aggregateId, eventType, event, Traceparent.current());
    }

    /** As above, with a trace context taken earlier on another thread (the request's). */
    public StagedEvent event(String topic, UUID aggregateId, String eventType, Object event, String traceparent) {
        return new StagedEvent(Ids.newId(), aggregateId, topic, eventType, toJson(event), Instant.now(), traceparent,
                null);
    }

    /** Writes the events in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void write(List<StagedEvent> events) {
        try (Connection connection = dataSource.getConnection()) {
            write(connection, events);
        } catch (SQLException e) {
            throw new IllegalStateException("events could not be staged", e);
        }
    }

    /** Writes the events in the transaction {@code connection} is in. */
    public void write(Connection connection, List<StagedEvent> events) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (StagedEvent event : events) {
                Timestamp createdAt = Timestamp.from(event.createdAt());
                insert.setObject(1, event.eventId());
                insert.setObject(2, event.aggregateId());
                insert.setString(3, event.topic());
                insert.setString(4, event.eventType());
                insert.setString(5, event.payload());
                insert.setTimestamp(6, createdAt);
                insert.setTimestamp(7, createdAt);
                insert.setString(8, event.traceparent());
                insert.setString(9, event.region());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /**
     * Moves the events still waiting for {@code from} to {@code to} (an agency's new topic after a
     * reorganisation), in the caller's transaction; answers how many moved.
     */
    public int retarget(Connection connection, String from, String to) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "update outbox_event set topic = ? where topic = ? and sent_at is null")) {
            update.setString(1, to);
            update.setString(2, from);
            return update.executeUpdate();
        }
    }

    private String toJson(Object event) {
        try {
            return objectMapper.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event " + event.getClass().getSimpleName() + " cannot be written as JSON", e);
        }
    }
}
