package org.iprhotline.hotline.outbox;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.iprhotline.hotline.infra.TopicReader;

/** One trace from the reporter's request to the agency's Kafka record. */
@QuarkusTest
class TraceContextTest {

    @Test
    void theTipsRecordCarriesTheTraceOfTheRequestThatSentIt() {
        Random random = new Random();
        byte[] traceId = new byte[16];
        byte[] parentId = new byte[8];
        random.nextBytes(traceId);
        random.nextBytes(parentId);
        String trace = HexFormat.of().formatHex(traceId);
        String number = given().contentType(ContentType.JSON)
                .header("traceparent", "00-" + trace + "-" + HexFormat.of().formatHex(parentId) + "-01")
                .body(Map.of("text", "Counterfeit Chanel handbags with a fake logo are sold in a market"))
                .when().post("/api/v1/tips").then().statusCode(201).extract().path("trackingNumber");

        await().atMost(Duration.ofSeconds(20)).until(() -> !TopicReader.recordsMentioning("ipr.tips.samr", number).isEmpty());
        List<ConsumerRecord<String, byte[]>> records = TopicReader.recordsMentioning("ipr.tips.samr", number);
        String traceparent = new String(records.get(0).headers().lastHeader("ce_traceparent").value(),
                StandardCharsets.UTF_8);
        assertThat(traceparent).matches("00-" + trace + "-[0-9a-f]{16}-01");
    }
}
