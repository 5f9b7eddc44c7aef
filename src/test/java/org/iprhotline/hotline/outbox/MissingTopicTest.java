package org.iprhotline.hotline.outbox;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

import org.iprhotline.hotline.infra.Database;
import org.iprhotline.hotline.infra.KafkaResource.KafkaBroker;
import org.iprhotline.hotline.infra.TopicReader;
import org.iprhotline.hotline.routing.Agency;
import org.iprhotline.hotline.routing.Router;
import org.iprhotline.hotline.significance.SignificanceConfig;

/**
 * A topic the routing table names is deleted on a broker that, as production brokers do, creates
 * no topic by itself: the other agencies' tips keep flowing, and the missing topic's events go out
 * once it is back, each event once.
 */
@QuarkusTest
@TestProfile(MissingTopicTest.BrokerWithoutAutoCreate.class)
class MissingTopicTest {

    /** A broker of this test's own, started before the service. */
    public static class BrokerWithoutAutoCreate implements QuarkusTestProfile {

        static final KafkaBroker BROKER = KafkaBroker.create(false);

        @Override
        public Map<String, String> getConfigOverrides() {
            synchronized (BROKER) {
                if (!started) {
                    BROKER.start();
                    started = true;
                }
            }
            // A send to a missing topic waits max.block.ms (at most 5 s) for its metadata.
            return Map.of("kafka.bootstrap.servers", BROKER.bootstrapServers(), "ipr.outbox.relay.send-timeout", "10s");
        }

        private static boolean started;
    }

    @AfterAll
    static void stopBroker() {
        BrokerWithoutAutoCreate.BROKER.stop();
    }

    private static final String PATENT = "A gang runs a factory copying our patented pump, ZL201920123456.5, number ";
    private static final String TRADEMARK = "Counterfeit Chanel handbags with a fake logo are sold in a market, stall ";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    Router router;

    @Inject
    Database database;

    @Test
    void theOtherTopicsFlowWhileOneIsMissingAndItsEventsGoOutOnceItIsBack() throws Exception {
        assertThat(bootstrapServers).isEqualTo(BrokerWithoutAutoCreate.BROKER.bootstrapServers());
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            List<NewTopic> topics = new ArrayList<>();
            for (Agency agency : router.table().destinations()) {
                topics.add(new NewTopic(agency.topic(), 1, (short) 1));
            }
            topics.add(new NewTopic(router.table().triage().topic(), 1, (short) 1));
            // The patent tips share a registration number: the fifth tells the office of their cluster.
            topics.add(new NewTopic(SignificanceConfig.OFFICE_TOPIC, 1, (short) 1));
            admin.createTopics(topics).all().get();

            String before = submit(PATENT + 0);
            assertThat(agenciesOf(before)).contains("CNIPA");
            await().atMost(Duration.ofSeconds(30)).until(() -> database.pendingEventsOf(before) == 0);

            admin.deleteTopics(Set.of("ipr.tips.cnipa")).all().get();
            await().atMost(Duration.ofSeconds(30)).until(() -> !admin.listTopics().names().get().contains("ipr.tips.cnipa"));

            List<String> patents = new ArrayList<>();
            List<String> trademarks = new ArrayList<>();
            for (int i = 1; i <= 10; i++) {
                patents.add(submit(PATENT + i));
                trademarks.add(submit(TRADEMARK + i));
            }
            // The trademark tips reach SAMR while the patent tips wait for CNIPA's topic: within
            // a round or two, not after each patent tip's event has waited max.block.ms (5 s) in turn.
            await().atMost(Duration.ofSeconds(30)).until(() -> trademarks.stream()
                    .allMatch(number -> database.pendingEventsOf(number) == 0));
            for (String number : patents) {
                assertThat(database.pendingEventsOf(number)).as(number).isPositive();
            }

            admin.createTopics(List.of(new NewTopic("ipr.tips.cnipa", 1, (short) 1))).all().get();
            await().atMost(Duration.ofSeconds(90)).until(() -> patents.stream()
                    .allMatch(number -> database.pendingEventsOf(number) == 0));

            List<String> all = new ArrayList<>(patents);
            all.addAll(trademarks);
            // Each agency's topic read once, then each tip looked for on the topics it went to.
            Map<String, List<ConsumerRecord<String, byte[]>>> onTopic = new HashMap<>();
            Map<String, Integer> timesSeen = new HashMap<>();
            for (String number : all) {
                for (String agency : agenciesOf(number)) {
                    List<ConsumerRecord<String, byte[]>> records = onTopic
                            .computeIfAbsent("ipr.tips." + agency.toLowerCase(), TopicReader::records).stream()
                            .filter(record -> TopicReader.mentions(record, number)).toList();
                    assertThat(records).as(number + " on " + agency).hasSize(1);
                    records.forEach(record -> timesSeen.merge(TopicReader.header(record, "ce_id"), 1, Integer::sum));
                }
            }
            assertThat(timesSeen.entrySet().stream().filter(entry -> entry.getValue() > 1).map(Map.Entry::getKey)
                    .collect(Collectors.toSet())).as("event ids seen twice").isEmpty();
        }
    }

    private static String submit(String text) {
        return given().contentType(ContentType.JSON).body(Map.of("text", text))
                .when().post("/api/v1/tips").then().statusCode(201).extract().path("trackingNumber");
    }

    private List<String> agenciesOf(String number) {
        List<String> agencies = new ArrayList<>();
        for (Agency agency : router.table().destinations()) {
            if (database.count("""
                    select count(*) from outbox_event e join tip t on t.id = e.aggregate_id
                     where t.tracking_number = ? and e.topic = ?""", number.replace("-", ""), agency.topic()) > 0) {
                agencies.add(agency.code());
            }
        }
        return agencies;
    }
}
