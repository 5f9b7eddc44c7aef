package org.iprhotline.hotline.outbox;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.iprhotline.hotline.infra.Database;
import org.iprhotline.hotline.infra.TopicReader;

/**
 * Several relays on one database, as several service instances would run them, publish every
 * event exactly once.
 */
@QuarkusTest
class SharedDatabaseRelayTest {

    @Inject
    OutboxRelay relay;

    @Inject
    Database database;

    @Test
    void relaysRacingOverOneDatabasePublishEachEventOnce() throws Exception {
        ExecutorService relays = Executors.newFixedThreadPool(4);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> running = new ArrayList<>();
        List<String> trackingNumbers = new ArrayList<>();
        try {
            // Three extra relays besides the service's own, all draining while tips arrive.
            for (int i = 0; i < 3; i++) {
                running.add(relays.submit(() -> {
                    go.await();
                    for (int round = 0; round < 200; round++) {
                        relay.relayBatch();
                    }
                    return null;
                }));
            }
            go.countDown();
            for (int i = 0; i < 30; i++) {
                trackingNumbers.add(given().contentType(ContentType.JSON)
                        .body("{\"text\": \"Pirated copies of our textbook are sold online, number " + i + "\"}")
                        .when().post("/api/v1/tips")
                        .then().statusCode(201)
                        .extract().path("trackingNumber"));
            }
            for (Future<?> relayRun : running) {
                relayRun.get();
            }
        } finally {
            relays.shutdownNow();
        }

        await().atMost(Duration.ofSeconds(20))
                .until(() -> trackingNumbers.stream().allMatch(number -> database.pendingEventsOf(number) == 0));
        for (String trackingNumber : trackingNumbers) {
            assertThat(TopicReader.recordsMentioning("ipr.tips.ncac", trackingNumber))
                    .as(trackingNumber).hasSize(1);
        }
    }
}
