package org.iprhotline.hotline.agency;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;

import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.KafkaMessageFactory;

/**
 * The agencies' systems as they report back: CloudEvents in binary mode on their own topics, to the
 * test run's broker. A test holds one in an {@code @AutoClose} field.
 */
public final class AgencySystems implements AutoCloseable {

    private KafkaProducer<String, byte[]> producer;

    /** Connects on first use, once the service (and with it the broker's address) is up. */
    private KafkaProducer<String, byte[]> producer() {
        if (producer == null) {
            String bootstrapServers = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
            producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers),
                    new StringSerializer(), new ByteArraySerializer());
        }
        return producer;
    }

    /** A status update from {@code agency} on its own topic; returns the event id. */
    public String send(String agency, String trackingNumber, String status, String transferTo, String note) {
        String id = UUID.randomUUID().toString();
        sendWithId(id, agency, trackingNumber, status, transferTo, note);
        return id;
    }

    void sendWithId(String id, String agency, String trackingNumber, String status, String transferTo, String note) {
        String data = "{\"trackingNumber\": \"" + trackingNumber + "\", \"status\": \"" + status + "\""
                + (transferTo == null ? "" : ", \"transferTo\": \"" + transferTo + "\"")
                + (note == null ? "" : ", \"note\": \"" + note + "\"") + "}";
        publish(id, agency, data);
    }

    /** A closing from {@code agency}, with an outcome code and, for a penalty, its amount in yuan. */
    public String close(String agency, String trackingNumber, String outcome, String penaltyYuan, String note) {
        String data = "{\"trackingNumber\": \"" + trackingNumber + "\", \"status\": \"closed\""
                + (outcome == null ? "" : ", \"outcome\": \"" + outcome + "\"")
                + (penaltyYuan == null ? "" : ", \"penaltyYuan\": " + penaltyYuan)
                + (note == null ? "" : ", \"note\": \"" + note + "\"") + "}";
        return publish(UUID.randomUUID().toString(), agency, data);
    }

    /** An event with this data, whatever it holds, from {@code agency} on its own topic. */
    String publish(String id, String agency, String data) {
        publishOn("ipr.agency.updates." + agency, id, agency, data);
        return id;
    }

    /** The agency's submission of its monthly report, {@code {month, note?}}, on its own topic. */
    String submitReport(String agency, String data) {
        String id = UUID.randomUUID().toString();
        publishOn("ipr.agency.updates." + agency, id, agency, "ipr.report.submission", data);
        return id;
    }

    /** A status update on {@code topic} claiming to come from {@code claimedAgency}; returns the event id. */
    String publishOnWithId(String topic, String claimedAgency, String trackingNumber, String status) {
        String id = UUID.randomUUID().toString();
        publishOn(topic, id, claimedAgency, "{\"trackingNumber\": \"" + trackingNumber + "\", \"status\": \"" + status
                + "\"}");
        return id;
    }

    /** As an agency's system sends it: on a topic, claiming to come from an agency. */
    void publishOn(String topic, String id, String claimedAgency, String data) {
        publishOn(topic, id, claimedAgency, "ipr.tip.status", data);
    }

    private void publishOn(String topic, String id, String claimedAgency, String type, String data) {
        var event = CloudEventBuilder.v1().withId(id).withSource(URI.create("/agencies/" + claimedAgency))
                .withType(type).withTime(OffsetDateTime.now()).withDataContentType("application/json")
                .withData(data.getBytes(StandardCharsets.UTF_8)).build();
        producer().send(KafkaMessageFactory.createWriter(topic, claimedAgency).writeBinary(event));
        producer().flush();
    }

    /** A record that is not a CloudEvent at all. */
    void sendJunk(String topic, String key, byte[] value) {
        producer().send(new ProducerRecord<>(topic, key, value));
        producer().flush();
    }

    @Override
    public void close() {
        if (producer != null) {
            producer.close();
        }
    }
}
