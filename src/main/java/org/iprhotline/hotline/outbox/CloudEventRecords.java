package org.iprhotline.hotline.outbox;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;

import org.apache.kafka.clients.producer.ProducerRecord;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.KafkaMessageFactory;

/** Turns an outbox row into a Kafka record in CloudEvents 1.0 binary mode ({@code ce_*} headers, JSON value). */
final class CloudEventRecords {

    private CloudEventRecords() {
    }

    static ProducerRecord<String, byte[]> toRecord(PendingEvent pending, URI source) {
        CloudEventBuilder builder = CloudEventBuilder.v1()
                .withId(pending.eventId().toString())
                .withSource(source)
                .withType(pending.eventType())
                .withSubject(pending.aggregateId().toString())
                .withTime(pending.createdAt().atOffset(ZoneOffset.UTC))
                .withDataContentType("application/json")
                .withData(pending.payload().getBytes(StandardCharsets.UTF_8));
        if (pending.traceparent() != null) {
            // The CloudEvents distributed-tracing extension: ce_traceparent in binary mode.
            builder.withExtension("traceparent", pending.traceparent());
        }
        if (pending.region() != null) {
            // Ours: the tip's GB/T 2260 region, so a consumer can filter without reading the data.
            builder.withExtension("region", pending.region());
        }
        CloudEvent event = builder.build();
        return KafkaMessageFactory.createWriter(pending.topic(), pending.aggregateId().toString()).writeBinary(event);
    }
}
