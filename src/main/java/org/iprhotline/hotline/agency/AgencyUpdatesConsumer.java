package org.iprhotline.hotline.agency;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.KafkaMessageFactory;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;

import org.iprhotline.hotline.routing.Agency;
import org.iprhotline.hotline.routing.Router;
import org.iprhotline.hotline.tip.StatusUpdate;
import org.iprhotline.hotline.tip.TipStatus;
import org.iprhotline.hotline.tip.TipStatusUpdates;
import org.iprhotline.hotline.twilio.ReporterNotifications;

/**
 * Reads what agencies report on their topics ({@code ipr.agency.updates.<code>}; CloudEvents,
 * binary mode, {@code ce_type} {@code ipr.tip.status}, {@code ce_source} {@code /agencies/<code>})
 * and applies it. The agency is the one whose topic the record came on, which only it may write
 * to; a record whose {@code ce_source} names another agency is refused. A malformed record is
 * logged and skipped, never blocking those behind it; offsets are committed only past records
 * that were handled, so an update is not lost if the database is away.
 */
@ApplicationScoped
public class AgencyUpdatesConsumer {

    private static final Logger LOG = Logger.getLogger(AgencyUpdatesConsumer.class);
    static final String TYPE = "ipr.tip.status";
    private static final Pattern SOURCE = Pattern.compile("^/agencies/([a-z0-9_-]+)$");

    private final TipStatusUpdates updates;
    private final ReporterNotifications notifications;
    private final ObjectMapper objectMapper;
    private final AgencyUpdatesConfig config;
    /** Agency code by the topic it reports on. */
    private final Map<String, String> agencyByTopic = new HashMap<>();
    private final Map<String, Object> kafkaConfig;
    private volatile KafkaConsumer<String, byte[]> consumer;
    private volatile Thread worker;
    private volatile boolean running;

    AgencyUpdatesConsumer(TipStatusUpdates updates, ReporterNotifications notifications, ObjectMapper objectMapper,
            AgencyUpdatesConfig config, Router router,
            @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig) {
        this.updates = updates;
        this.notifications = notifications;
        this.objectMapper = objectMapper;
        this.config = config;
        this.kafkaConfig = kafkaConfig;
        List<Agency> agencies = new ArrayList<>(router.table().destinations());
        agencies.add(router.table().triage());
        for (Agency agency : agencies) {
            agencyByTopic.put(config.topicPrefix() + agency.code().toLowerCase(Locale.ROOT), agency.code());
        }
    }

    void start(@Observes StartupEvent startup) {
        if (!config.enabled()) {
            return;
        }
        Map<String, Object> settings = new HashMap<>();
        kafkaConfig.forEach((key, value) -> settings.put(key, String.valueOf(value)));
        settings.put(ConsumerConfig.GROUP_ID_CONFIG, config.groupId());
        settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        settings.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        settings.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "200");
        consumer = new KafkaConsumer<>(settings, new StringDeserializer(), new ByteArrayDeserializer());
        running = true;
        worker = new Thread(this::run, "agency-updates");
        worker.setDaemon(true);
        worker.start();
    }

    void stop(@Observes ShutdownEvent shutdown) {
        running = false;
        if (consumer != null) {
            consumer.wakeup();
        }
        if (worker != null) {
            try {
                worker.join(Duration.ofSeconds(10).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void run() {
        try {
            consumer.subscribe(List.copyOf(agencyByTopic.keySet()));
            while (running) {
                ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofMillis(500));
                Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
                for (ConsumerRecord<String, byte[]> record : records) {
                    TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                    try {
                        handle(record);
                        done.put(partition, new OffsetAndMetadata(record.offset() + 1));
                    } catch (RuntimeException e) {
                        // Not the record's fault (the database is away): read it again later.
                        LOG.warnf("agency update at %s@%d not applied, will retry: %s", partition, record.offset(),
                                e.getMessage());
                        consumer.seek(partition, record.offset());
                        sleep(config.retryBackoff());
                        break;
                    }
                }
                if (!done.isEmpty()) {
                    consumer.commitSync(done);
                }
            }
        } catch (WakeupException e) {
            // shutting down
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    /** Applies one record; returns quietly for a record that can never be applied (logged). */
    void handle(ConsumerRecord<String, byte[]> record) {
        Optional<StatusUpdate> update = parse(record);
        if (update.isEmpty()) {
            return;
        }
        TipStatusUpdates.Result result = updates.apply(update.get());
        if (!result.applied()) {
            LOG.infof("agency update %s from %s not applied: %s", update.get().eventId(), update.get().agency(),
                    result.reason());
            return;
        }
        result.notice().ifPresent(notifications::statusChanged);
    }

    private Optional<StatusUpdate> parse(ConsumerRecord<String, byte[]> record) {
        String where = record.topic() + "-" + record.partition() + "@" + record.offset();
        try {
            CloudEvent event = KafkaMessageFactory.createReader(record).toEvent();
            Matcher source = SOURCE.matcher(String.valueOf(event.getSource()));
            if (!TYPE.equals(event.getType()) || !source.matches() || event.getData() == null) {
                LOG.warnf("skipped %s: not an ipr.tip.status event from /agencies/<code>", where);
                return Optional.empty();
            }
            String agency = agencyByTopic.get(record.topic());
            if (agency == null) {
                LOG.warnf("skipped %s: not an agency's update topic", where);
                return Optional.empty();
            }
            AgencyStatusMessage message = objectMapper.readValue(event.getData().toBytes(), AgencyStatusMessage.class);
            TipStatus status = TipStatus.valueOf(String.valueOf(message.status()).toUpperCase(Locale.ROOT));
            return Optional.of(new StatusUpdate(event.getId(), agency, source.group(1).toUpperCase(Locale.ROOT),
                    String.valueOf(message.trackingNumber()), status,
                    Optional.ofNullable(message.transferTo()).map(code -> code.toUpperCase(Locale.ROOT)),
                    Optional.ofNullable(message.note()), Optional.ofNullable(message.outcome())));
        } catch (Exception e) {
            LOG.warnf("skipped malformed agency update %s: %s", where, e.getMessage());
            return Optional.empty();
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
