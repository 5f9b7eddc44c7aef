package org.iprhotline.hotline.background;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

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

    /**
     * The alerts shipped in k8s/components/monitoring read the service's metrics by name; a name
     * the service does not export (renamed, misspelt) would make its alert silent forever.
     */
    @Test
    void everyMetricOfTheServiceThatAnAlertReadsIsExported() throws IOException {
        Set<String> named = new TreeSet<>();
        Pattern ours = Pattern.compile("\\b(?:ipr|scheduled_methods|http_server)_[a-z0-9_]+");
        JsonNode rules = new YAMLMapper().readTree(Path.of("k8s/components/monitoring/alerts.yaml").toFile());
        for (JsonNode group : rules.path("spec").path("groups")) {
            for (JsonNode rule : group.path("rules")) {
                Matcher name = ours.matcher(rule.path("expr").asText());
                while (name.find()) {
                    named.add(name.group());
                }
            }
        }
        assertThat(named).contains("ipr_outbox_oldest_pending_seconds", "ipr_sms_outgoing_total",
                "scheduled_methods_seconds_count");
        given().contentType(ContentType.JSON).body(Map.of("text", "Fake Nike shoes are sold at a market stall"))
                .when().post("/api/v1/tips").then().statusCode(201);
        // The periodic jobs are timed once they have run: the unanswered-calls job runs 30 s after start.
        await().atMost(Duration.ofSeconds(90)).until(() -> scrape().contains("\nscheduled_methods_seconds_count{"));
        String scrape = scrape();
        for (String metric : named) {
            assertThat(scrape).as("a sample of %s", metric).containsPattern("(?m)^" + metric + "[{ ]");
        }
        // Counted from zero from the start, whether or not a message was ever given up, so an alert on
        // their increase sees the first one.
        assertThat(scrape).contains("ipr_sms_outgoing_total{outcome=\"given_up\"} ",
                "ipr_email_outgoing_total{outcome=\"given_up\"} ");
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
