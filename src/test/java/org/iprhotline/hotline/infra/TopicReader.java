package org.iprhotline.hotline.infra;

import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.ConfigProvider;

/** Reads a topic from the beginning with a real Kafka consumer, as an agency's system would. */
public final class TopicReader {

    private TopicReader() {
    }

    /** Every record on {@code topic} whose value mentions {@code needle} (a tracking number, say). */
    public static List<ConsumerRecord<String, byte[]>> recordsMentioning(String topic, String needle) {
        return records(topic).stream().filter(record -> mentions(record, needle)).toList();
    }

    /** Whether a record's value mentions {@code needle}. */
    public static boolean mentions(ConsumerRecord<String, byte[]> record, String needle) {
        return new String(record.value(), StandardCharsets.UTF_8).contains(needle);
    }

    /**
     * Every record on {@code topic}, read once from the beginning to its end; each the service
     * published must match what docs/events documents for its type ({@link EventContract}).
     */
    public static List<ConsumerRecord<String, byte[]>> records(String topic) {
        String bootstrap = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(5)).stream()
                    .map(info -> new TopicPartition(topic, info.partition()))
                    .toList();
            if (partitions.isEmpty()) {
                return found;
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < end.get(partition))) {
                consumer.poll(Duration.ofMillis(200)).forEach(found::add);
            }
        }
        found.forEach(EventContract::check);
        return found;
    }

    /** The CloudEvents type of a record (binary mode), or null. */
    public static String type(ConsumerRecord<String, byte[]> record) {
        var header = record.headers().lastHeader("ce_type");
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** A header of a record as text (a CloudEvents attribute in binary mode: {@code ce_region}), or null. */
    public static String header(ConsumerRecord<String, byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** The types of the events on {@code topic} that mention {@code needle}. */
    public static List<String> typesMentioning(String topic, String needle) {
        return recordsMentioning(topic, needle).stream().map(TopicReader::type).toList();
    }

    /** Waits up to 20 s for an event of {@code type} on {@code topic} that mentions {@code needle}. */
    public static ConsumerRecord<String, byte[]> awaitEvent(String topic, String needle, String type) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> recordsMentioning(topic, needle).stream()
                .filter(record -> type.equals(type(record))).findFirst(), Optional::isPresent).orElseThrow();
    }
}
