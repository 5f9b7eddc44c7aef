package org.iprhotline.hotline.agency;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.apache.kafka.clients.consumer.CommitFailedException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RebalanceInProgressException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.KafkaMessageFactory;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;

import org.iprhotline.hotline.background.BackgroundWork;
import org.iprhotline.hotline.database.DatabaseErrors;
import org.iprhotline.hotline.region.Regions;
import org.iprhotline.hotline.routing.Agency;
import org.iprhotline.hotline.routing.Router;
import org.iprhotline.hotline.routing.RoutingTable;
import org.iprhotline.hotline.tip.StatusUpdate;
import org.iprhotline.hotline.tip.TipStatus;
import org.iprhotline.hotline.tip.TipStatusUpdates;

/**
 * Reads what agencies report on their topics ({@code ipr.agency.updates.<code>}; CloudEvents,
 * binary mode, {@code ce_type} {@code ipr.tip.status}, {@code ce_source} {@code /agencies/<code>})
 * and applies it. The agency is the one whose topic the record came on, which only it may write
 * to; a record whose {@code ce_source} names another agency is refused.
 *
 * <p>What happens to each record, partition by partition:
 * <ul>
 * <li>applied, or refused for what it asks (recorded in {@code agency_update}): done;
 * <li>never applicable (not one of our events, unreadable, or refused by the database for what it
 * holds): kept in {@code agency_record_rejected} at once, done;
 * <li>not applied because the database is away: that partition is read again from this record
 * after a pause, while the other partitions go on.
 * </ul>
 * An offset is committed only past records that are done, with every record before them on their
 * partition done too. A failed commit (a rebalance during a rolling deploy) means the records are
 * read again, by this instance or another, and recognised by their event ids. Any other failure of
 * the consumer (poll, subscription, broker) closes it and starts a new one after a pause: the thread
 * ends only when the service stops. {@link BackgroundWork} reports it in health.
 */
@ApplicationScoped
public class AgencyUpdatesConsumer {

    private static final Logger LOG = Logger.getLogger(AgencyUpdatesConsumer.class);
    static final String TYPE = "ipr.tip.status";
    /** An agency submits its monthly report: data {@code {month: "YYYY-MM", note?}}. */
    static final String SUBMISSION = "ipr.report.submission";
    private static final Pattern SOURCE = Pattern.compile("^/agencies/([a-z0-9_-]+)$");

    /** What became of one record. */
    private enum Outcome {
        DONE, READ_AGAIN
    }

    private final TipStatusUpdates updates;
    private final MonthlyReports reports;
    private final RejectedRecords rejected;
    private final ObjectMapper objectMapper;
    private final AgencyUpdatesConfig config;
    private final RoutingTable table;
    private final Map<String, Object> kafkaConfig;
    private final BackgroundWork.Loop loop;
    private final MeterRegistry registry;
    private volatile KafkaConsumer<String, byte[]> consumer;
    private volatile Thread worker;
    private volatile boolean running;

    AgencyUpdatesConsumer(TipStatusUpdates updates, MonthlyReports reports, RejectedRecords rejected,
            ObjectMapper objectMapper, AgencyUpdatesConfig config, Router router, BackgroundWork background,
            MeterRegistry registry, @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig) {
        this.updates = updates;
        this.reports = reports;
        this.registry = registry;
        this.rejected = rejected;
        this.objectMapper = objectMapper;
        this.config = config;
        this.kafkaConfig = kafkaConfig;
        this.loop = background.loop("agency-updates");
        this.table = router.table();
    }

    /**
     * Who speaks on a topic: {@code ipr.agency.updates.samr} is SAMR, {@code .samr.44} SAMR's bureau
     * of Guangdong (a regional agency and a province of the table), a former code's topic its
     * successor. Empty for any other topic.
     */
    private Optional<Sender> senderOf(String topic) {
        if (!topic.startsWith(config.topicPrefix())) {
            return Optional.empty();
        }
        String rest = topic.substring(config.topicPrefix().length());
        int dot = rest.indexOf('.');
        Optional<Agency> agency = table.current((dot < 0 ? rest : rest.substring(0, dot)).toUpperCase(Locale.ROOT));
        if (dot < 0) {
            return agency.map(found -> new Sender(found.code(), null));
        }
        String province = rest.substring(dot + 1);
        return agency.filter(Agency::regional)
                .filter(found -> province.length() == 2 && Regions.get().find(province + "0000").isPresent())
                .map(found -> new Sender(found.code(), province));
    }

    /** An agency, or one of its provincial bureaus (province set). */
    private record Sender(String agency, String province) {
    }

    /** The agency a code in a record stands for today: a former code is its successor's. */
    private String currentCode(String code) {
        return table.currentCode(code.toUpperCase(Locale.ROOT));
    }

    void start(@Observes StartupEvent startup) {
        if (!config.enabled()) {
            return;
        }
        running = true;
        loop.started();
        worker = new Thread(this::run, "agency-updates");
        worker.setDaemon(true);
        worker.start();
    }

    void stop(@Observes ShutdownEvent shutdown) {
        running = false;
        KafkaConsumer<String, byte[]> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        if (worker != null) {
            try {
                worker.join(Duration.ofSeconds(10).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private KafkaConsumer<String, byte[]> newConsumer() {
        Map<String, Object> settings = new HashMap<>();
        kafkaConfig.forEach((key, value) -> settings.put(key, String.valueOf(value)));
        settings.put(ConsumerConfig.GROUP_ID_CONFIG, config.groupId());
        settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        settings.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        settings.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "200");
        // How soon a topic created after the start (a bureau's first report) is read.
        settings.put(ConsumerConfig.METADATA_MAX_AGE_CONFIG, String.valueOf(config.topicRefresh().toMillis()));
        settings.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        return new KafkaConsumer<>(settings, new StringDeserializer(), new ByteArrayDeserializer());
    }

    private void run() {
        while (running) {
            try (KafkaConsumer<String, byte[]> current = newConsumer()) {
                consumer = current;
                if (!running) {
                    return; // stopped while the consumer was being made
                }
                current.subscribe(UpdateTopics.pattern(config.topicPrefix()));
                while (running) {
                    pollOnce(current);
                }
            } catch (WakeupException e) {
                // stopping
            } catch (RuntimeException e) {
                loop.failed(e);
                LOG.errorf(e, "agency updates: the consumer failed; a new one starts in %s", config.retryBackoff());
                sleep(config.retryBackoff());
            } finally {
                consumer = null;
            }
        }
        loop.stopped();
    }

    private void pollOnce(KafkaConsumer<String, byte[]> current) {
        ConsumerRecords<String, byte[]> records = current.poll(Duration.ofMillis(500));
        Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
        boolean readAgain = false;
        for (TopicPartition partition : records.partitions()) {
            for (ConsumerRecord<String, byte[]> record : records.records(partition)) {
                if (handle(record) == Outcome.READ_AGAIN) {
                    // This partition only: the records behind this one wait for it.
                    current.seek(partition, record.offset());
                    readAgain = true;
                    break;
                }
                done.put(partition, new OffsetAndMetadata(record.offset() + 1));
            }
        }
        if (!done.isEmpty()) {
            try {
                current.commitSync(done);
            } catch (CommitFailedException | RebalanceInProgressException e) {
                // The partitions went to another member, which reads these records again.
                LOG.infof("agency updates: offsets not committed (%s); the records will be read again", e.getMessage());
            }
        }
        long lag = 0;
        for (TopicPartition partition : current.assignment()) {
            lag += current.currentLag(partition).orElse(0);
        }
        loop.progressed(lag);
        if (readAgain) {
            sleep(config.retryBackoff());
        }
    }

    /** Applies one record, or says why it must be read again. */
    Outcome handle(ConsumerRecord<String, byte[]> record) {
        String agency = senderOf(record.topic()).map(Sender::agency).orElse("UNKNOWN");
        String where = record.topic() + "-" + record.partition() + "@" + record.offset();
        try {
            Parsed parsed = parse(record);
            if (parsed.problem() != null) {
                rejected.reject(record, agency, parsed.problem());
                count(agency, "set_aside");
                LOG.warnf("agency record %s rejected: %s", where, parsed.problem());
                return Outcome.DONE;
            }
            if (parsed.submission() != null) {
                return submit(record, agency, parsed.submission());
            }
            TipStatusUpdates.Result result;
            try {
                result = updates.apply(parsed.update());
            } catch (RuntimeException e) {
                if (!DatabaseErrors.isCausedByData(e)) {
                    throw e;
                }
                rejected.reject(record, agency, "the database refused what it holds: " + rootMessage(e));
                count(agency, "set_aside");
                LOG.warnf("agency record %s rejected: the database refused what it holds", where);
                return Outcome.DONE;
            }
            if (!result.applied()) {
                LOG.infof("agency update %s from %s not applied: %s", parsed.update().eventId(), agency, result.reason());
                count(agency, "rejected");
                return Outcome.DONE;
            }
            count(agency, "applied");
            return Outcome.DONE;
        } catch (RuntimeException e) {
            LOG.warnf("agency record %s not applied, will read it again: %s", where, e.getMessage());
            return Outcome.READ_AGAIN;
        }
    }

    private Outcome submit(ConsumerRecord<String, byte[]> record, String agency, ReportSubmission submission) {
        MonthlyReports.Submission result = reports.submit(agency, submission.month(), agency.toLowerCase(Locale.ROOT)
                + " (its system)", MonthlyReports.Via.KAFKA, submission.note(), Instant.now());
        if (result instanceof MonthlyReports.NotDrafted) {
            rejected.reject(record, agency, "no report of " + agency + " for " + submission.month() + " is drafted");
            count(agency, "set_aside");
        } else {
            count(agency, result instanceof MonthlyReports.Submitted ? "applied" : "rejected");
        }
        return Outcome.DONE;
    }

    private void count(String agency, String outcome) {
        Counter.builder("ipr.agency.updates").description("Agency status updates read, by what became of them")
                .tag("agency", agency).tag("outcome", outcome).register(registry).increment();
    }

    /** An update or a report submission, or why the record can never be one. */
    private record Parsed(StatusUpdate update, ReportSubmission submission, String problem) {

        Parsed(StatusUpdate update, String problem) {
            this(update, null, problem);
        }
    }

    /** The data of an {@code ipr.report.submission} event. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ReportSubmissionMessage(String month, String note) {
    }

    private record ReportSubmission(YearMonth month, String note) {
    }

    private Parsed parse(ConsumerRecord<String, byte[]> record) {
        CloudEvent event;
        try {
            event = KafkaMessageFactory.createReader(record).toEvent();
        } catch (RuntimeException e) {
            return new Parsed(null, "not a CloudEvent in binary mode: " + e.getMessage());
        }
        Matcher source = SOURCE.matcher(String.valueOf(event.getSource()));
        boolean submission = SUBMISSION.equals(event.getType());
        if (!(TYPE.equals(event.getType()) || submission) || !source.matches() || event.getData() == null) {
            return new Parsed(null, "not an ipr.tip.status or ipr.report.submission event from /agencies/<code> with data");
        }
        Optional<Sender> sender = senderOf(record.topic());
        if (sender.isEmpty()) {
            return new Parsed(null, "not an agency's update topic");
        }
        String agency = sender.get().agency();
        if (submission && sender.get().province() != null) {
            return new Parsed(null, "a monthly report is the agency's own: it comes on " + config.topicPrefix()
                    + agency.toLowerCase(Locale.ROOT) + ", not a provincial bureau's topic");
        }
        if (submission) {
            return parseSubmission(event, agency, currentCode(source.group(1)));
        }
        try {
            AgencyStatusMessage message = objectMapper.readValue(event.getData().toBytes(), AgencyStatusMessage.class);
            TipStatus status = TipStatus.valueOf(String.valueOf(message.status()).toUpperCase(Locale.ROOT));
            return new Parsed(new StatusUpdate(event.getId(), agency, currentCode(source.group(1)),
                    String.valueOf(message.trackingNumber()), status,
                    Optional.ofNullable(message.transferTo()).map(this::currentCode),
                    Optional.ofNullable(message.note()), Optional.ofNullable(message.outcome()),
                    Optional.ofNullable(message.penaltyYuan()),
                    Optional.ofNullable(sender.get().province()), Optional.empty()), null);
        } catch (IOException | IllegalArgumentException e) {
            return new Parsed(null, "data is not a status message: " + e.getMessage());
        }
    }

    private Parsed parseSubmission(CloudEvent event, String agency, String claimedAgency) {
        if (!agency.equals(claimedAgency)) {
            return new Parsed(null, "the event's source names " + claimedAgency + ", but it came on " + agency + "'s topic");
        }
        try {
            ReportSubmissionMessage message = objectMapper.readValue(event.getData().toBytes(),
                    ReportSubmissionMessage.class);
            String note = message.note();
            if (!MonthlyReports.acceptableNote(note)) {
                return new Parsed(null, "the note is longer than " + MonthlyReports.MAX_NOTE
                        + " characters or holds control characters");
            }
            return new Parsed(null, new ReportSubmission(YearMonth.parse(String.valueOf(message.month())),
                    note), null);
        } catch (IOException | DateTimeException e) {
            return new Parsed(null, "data is not a report submission {month: YYYY-MM, note?}: " + e.getMessage());
        }
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return String.valueOf(root.getMessage());
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
