package org.iprhotline.hotline.outbox;

import java.time.Instant;
import java.util.UUID;

/** An outbox row on its way to Kafka. */
record PendingEvent(long seq, UUID eventId, UUID aggregateId, String topic, String eventType, String payload,
        Instant createdAt, int attempts, String traceparent, String region) {
}
