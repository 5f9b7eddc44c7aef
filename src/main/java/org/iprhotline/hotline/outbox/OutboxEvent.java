package org.iprhotline.hotline.outbox;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One event waiting to be published to one topic; written in the same transaction as its cause. */
@Entity
@Table(name = "outbox_event")
class OutboxEvent {

    @Id
    @SequenceGenerator(name = "outbox_event_seq", sequenceName = "outbox_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbox_event_seq")
    Long seq;

    /** Becomes the CloudEvents {@code id}: consumers drop an event they have already seen by it. */
    @Column(name = "event_id", nullable = false, unique = true)
    UUID eventId;

    /** The tip the event is about; the Kafka record key, so one tip's events stay in order. */
    @Column(name = "aggregate_id", nullable = false)
    UUID aggregateId;

    @Column(nullable = false)
    String topic;

    @Column(name = "event_type", nullable = false)
    String eventType;

    @Column(nullable = false)
    String payload;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "next_attempt_at", nullable = false)
    Instant nextAttemptAt;
}
