package org.iprhotline.hotline.infra;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The check that holds events to docs/events refuses what the documents do not describe. */
class EventContractTest {

    private static ConsumerRecord<String, byte[]> event(String source, String type, String data) {
        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>("ipr.tips.office", 0, 0, UUID.randomUUID().toString(),
                data.getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_id", UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_source", source.getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_type", type.getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_specversion", "1.0".getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_time", "2026-12-05T08:00:00Z".getBytes(StandardCharsets.UTF_8));
        record.headers().add("content-type", "application/json".getBytes(StandardCharsets.UTF_8));
        return record;
    }

    @Test
    void anUndocumentedTypeIsRefused() {
        assertThatThrownBy(() -> EventContract.check(event("/ipr-hotline", "ipr.tip.vanished", "{}")))
                .hasMessageContaining("does not document");
    }

    @Test
    void dataTheSchemaDoesNotDescribeIsRefusedByField() {
        String significant = """
                {"tipId": "%s", "trackingNumber": "IPR-1", "reasons": ["cluster"], "rightType": "trademark",
                 "flags": [], "agencies": ["SAMR"], "foreignInvested": "yes", "channel": "api",
                 "receivedAt": "2026-12-05T08:00:00Z", "language": "zh", "text": "…"}""".formatted(UUID.randomUUID());
        assertThatThrownBy(() -> EventContract.check(event("/ipr-hotline", "ipr.tip.significant", significant)))
                .hasMessageContaining("$.foreignInvested");
        assertThatCode(() -> EventContract.check(event("/ipr-hotline", "ipr.tip.significant",
                significant.replace("\"yes\"", "true")))).doesNotThrowAnyException();
    }

    @Test
    void headersTheMessageDoesNotListAreRefused() {
        ConsumerRecord<String, byte[]> record = event("/ipr-hotline", "ipr.tip.escalated", "{}");
        record.headers().remove("ce_specversion");
        assertThatThrownBy(() -> EventContract.check(record)).hasMessageContaining("headers");
    }

    @Test
    void anAgencysRecordIsNotTheServicesToAnswerFor() {
        assertThatCode(() -> EventContract.check(event("/agencies/samr", "ipr.tip.status", "not json")))
                .doesNotThrowAnyException();
    }
}
