package org.iprhotline.hotline.outbox;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

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
        try {
            trackingNumber = given().contentType(ContentType.JSON)
                    .body("{\"text\": \"Our patented invention ZL201910123456.7 is copied by a factory\"}")
                    .when().post("/api/v1/tips")
                    .then().statusCode(201)
                    .extract().path("trackingNumber");

            // Accepted and kept: the events wait in the outbox while Kafka is away.
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                    .until(() -> database.pendingEventsOf(trackingNumber) == 3);
        } finally {
            kafka.start();
        }

        await().atMost(Duration.ofSeconds(60)).until(() -> database.pendingEventsOf(trackingNumber) == 0);
        assertThat(TopicReader.recordsMentioning("ipr.tips.sipo", trackingNumber)).hasSize(1);
        assertThat(TopicReader.recordsMentioning("ipr.tips.mps", trackingNumber)).hasSize(1);
        assertThat(TopicReader.recordsMentioning("ipr.tips.spp", trackingNumber)).hasSize(1);
    }
}
