package org.iprhotline.hotline.outbox;

import java.time.Instant;
import java.util.UUID;

/**
 * An event ready to be written to the outbox in its cause's transaction.
 *
 * @param eventId     becomes the CloudEvents {@code id}: consumers drop an event they have seen by it
 * @param aggregateId the tip the event is about; the Kafka record key, so one tip's events stay in order
 * @param traceparent the W3C trace context of the request that caused it, or null
 * @param region      the GB/T 2260 code of the tip's region (the {@code ce_region} header), or null
 */
public record StagedEvent(UUID eventId, UUID aggregateId, String topic, String eventType, String payload,
        Instant createdAt, String traceparent, String region) {

    /** The same event with the region of the tip it is about. */
    public StagedEvent inRegion(String code) {
        return new StagedEvent(eventId, aggregateId, topic, eventType, payload, createdAt, traceparent, code);
    }
}
