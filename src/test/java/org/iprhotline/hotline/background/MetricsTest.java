package org.iprhotline.hotline.background;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** /q/metrics as Prometheus scrapes it, after real tips went through. */
@QuarkusTest
class MetricsTest {

    @Test
    void tipsDeliveryAndTheBackgroundLoopsAreMeasured() {
        double before = value("ipr_tips_received_total{agency=\"SAMR\",channel=\"api\",right_type=\"trademark\"}");
        for (int i = 0; i < 3; i++) {
            given().contentType(ContentType.JSON)
                    .body(Map.of("text", "Counterfeit Chanel handbags with a fake logo are sold in a market, stall " + i))
                    .when().post("/api/v1/tips").then().statusCode(201);
        }
        assertThat(value("ipr_tips_received_total{agency=\"SAMR\",channel=\"api\",right_type=\"trademark\"}"))
                .isEqualTo(before + 3);
        assertThat(value("ipr_classification_confidence_count")).isGreaterThanOrEqualTo(3);
        await().atMost(Duration.ofSeconds(20)).until(() -> value("ipr_outbox_delivery_delay_seconds_count") >= 3);
        // Gauges whose objects only the registry holds read NaN once those are collected.
        System.gc();
        await().atMost(Duration.ofSeconds(10)).until(() -> !Double.isNaN(value("ipr_outbox_pending"))
                && !Double.isNaN(value("ipr_outbox_oldest_pending_seconds")));
        String scrape = scrape();
        assertThat(scrape).contains("ipr_outbox_pending ", "ipr_outbox_oldest_pending_seconds ",
                "ipr_background_failed_rounds_total{loop=\"outbox-relay\"}",
                "ipr_background_since_last_round_seconds{loop=\"agency-updates\"}",
                "ipr_background_backlog{loop=\"agency-updates\"}",
                "ipr_background_since_last_round_seconds{loop=\"outgoing-sms\"}",
                "ipr_tips_overdue{agency=\"SAMR\"}");
    }

    private static String scrape() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    /** A sample's value, 0 when it is not there yet. */
    private static double value(String sample) {
        for (String line : scrape().split("\n")) {
            if (line.startsWith(sample + " ")) {
                // The value, before any exemplar ("# {trace_id=...}") that follows it.
                return Double.parseDouble(line.substring(sample.length() + 1).trim().split(" ")[0]);
            }
        }
        return 0;
    }
}
