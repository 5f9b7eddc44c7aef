package org.iprhotline.hotline.outbox;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Where the core leaves events for Kafka. Staging joins the caller's transaction, so an event
 * exists exactly when the change that caused it was committed; {@link OutboxRelay} publishes it.
 */
@ApplicationScoped
public class Outbox {

    private final EntityManager entityManager;
    private final ObjectMapper objectMapper;

    Outbox(EntityManager entityManager, ObjectMapper objectMapper) {
        this.entityManager = entityManager;
        this.objectMapper = objectMapper;
    }

    /** Stages {@code event} for {@code topic}, keyed by the aggregate it belongs to; returns the event id. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID stage(String topic, UUID aggregateId, String eventType, Object event) {
        OutboxEvent row = new OutboxEvent();
        row.eventId = UUID.randomUUID();
        row.aggregateId = aggregateId;
        row.topic = topic;
        row.eventType = eventType;
        row.payload = toJson(event);
        row.createdAt = Instant.now();
        row.nextAttemptAt = row.createdAt;
        entityManager.persist(row);
        return row.eventId;
    }

    private String toJson(Object event) {
        try {
            return objectMapper.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event " + event.getClass().getSimpleName() + " cannot be written as JSON", e);
        }
    }
}
