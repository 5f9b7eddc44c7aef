package org.iprhotline.hotline.outbox;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

import org.iprhotline.hotline.infra.Database;
import org.iprhotline.hotline.infra.InjectKafka;
import org.iprhotline.hotline.infra.KafkaResource.KafkaBroker;
import org.iprhotline.hotline.infra.TopicReader;

@QuarkusTest
class KafkaOutageTest {

    @InjectKafka
    KafkaBroker kafka;

    @Inject
    Database database;

    @Test
    void tipsAcceptedWhileKafkaIsDownReachTheirTopicsWhenItReturns() {
        kafka.stop();
        String trackingNumber;
        List<String> agencies;
        try {
            ExtractableResponse<Response> accepted = given().contentType(ContentType.JSON)
                    .body("{\"text\": \"A gang runs a factory copying our patented pump, ZL201920123456.5\"}")
                    .when().post("/api/v1/tips")
                    .then().statusCode(201)
                    .extract();
            trackingNumber = accepted.path("trackingNumber");
            agencies = accepted.path("agencies");
            assertThat(agencies).contains("CNIPA");

            // Accepted and kept: the events wait in the outbox while Kafka is away.
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                    .until(() -> database.pendingEventsOf(trackingNumber) == agencies.size());
        } finally {
            kafka.start();
        }

        await().atMost(Duration.ofSeconds(60)).until(() -> database.pendingEventsOf(trackingNumber) == 0);
        for (String agency : agencies) {
            assertThat(TopicReader.recordsMentioning("ipr.tips." + agency.toLowerCase(), trackingNumber))
                    .as(agency).hasSize(1);
        }
    }
}
