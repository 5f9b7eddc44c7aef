package org.iprhotline.hotline.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

import org.iprhotline.hotline.infra.Database;
import org.iprhotline.hotline.infra.TopicReader;

@QuarkusTest
class TipIntakeTest {

    static final String COUNTERFEIT_BY_COURIER = """
            {"text": "A shop sells counterfeit Nike shoes with a fake logo and ships them by courier parcel all over the country",
             "rightType": "trademark", "foreignInvested": true,
             "reporter": {"name": "Li Wei", "organisation": "Nike (Suzhou) Sports Co.", "email": "legal@example.com"}}""";

    @Inject
    Database database;

    @Inject
    ObjectMapper json;

    @Test
    void tipLandsOnceOnEachRoutedAgencyTopicWithCloudEventsHeaders() throws Exception {
        ExtractableResponse<Response> created = given().contentType(ContentType.JSON).body(COUNTERFEIT_BY_COURIER)
                .when().post("/api/v1/tips")
                .then().statusCode(201)
                .contentType(ContentType.JSON)
                .header("Location", matchesPattern(".*/api/v1/tips/[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}"))
                .body("trackingNumber", matchesPattern("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}"))
                .body("accessCode", matchesPattern("[0-9]{8}"))
                .body("status", equalTo("routed"))
                .body("rightType", equalTo("trademark"))
                .body("flags", contains("delivery"))
                .body("agencies", contains("SAMR", "SPB"))
                .extract();
        String trackingNumber = created.path("trackingNumber");
        assertThat(created.header("Location")).endsWith(trackingNumber);

        await().atMost(Duration.ofSeconds(20))
                .until(() -> TopicReader.recordsMentioning("ipr.tips.samr", trackingNumber).size() == 1
                        && TopicReader.recordsMentioning("ipr.tips.spb", trackingNumber).size() == 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> database.pendingEventsOf(trackingNumber) == 0);

        ConsumerRecord<String, byte[]> record = TopicReader.recordsMentioning("ipr.tips.samr", trackingNumber).get(0);
        JsonNode event = json.readTree(record.value());
        assertThat(record.key()).isEqualTo(event.get("tipId").asText());
        assertThat(event.get("trackingNumber").asText()).isEqualTo(trackingNumber);
        assertThat(event.get("agency").asText()).isEqualTo("SAMR");
        assertThat(event.get("rightType").asText()).isEqualTo("trademark");
        assertThat(event.get("foreignInvested").asBoolean()).isTrue();
        assertThat(event.get("reporter").get("organisation").asText()).isEqualTo("Nike (Suzhou) Sports Co.");

        assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(header(record, "ce_type")).isEqualTo("ipr.tip.routed");
        assertThat(header(record, "ce_source")).isEqualTo("/ipr-hotline");
        assertThat(UUID.fromString(header(record, "ce_id"))).isNotNull();
        assertThat(OffsetDateTime.parse(header(record, "ce_time"))).isNotNull();
        assertThat(header(record, "content-type")).isEqualTo("application/json");

        String otherCopyId = header(TopicReader.recordsMentioning("ipr.tips.spb", trackingNumber).get(0), "ce_id");
        assertThat(otherCopyId).isNotEqualTo(header(record, "ce_id"));
        assertThat(TopicReader.recordsMentioning("ipr.tips.cnipa", trackingNumber)).isEmpty();
        assertThat(TopicReader.recordsMentioning("ipr.tips.triage", trackingNumber)).isEmpty();
    }

    @Test
    void anEnglishTipNamingACityGoesToThatProvincesBureau() throws Exception {
        String trackingNumber = submit(
                "{\"text\": \"Counterfeit Chanel handbags with a fake logo are sold in a market in Guangzhou\"}")
                .path("trackingNumber");

        await().atMost(Duration.ofSeconds(20))
                .until(() -> TopicReader.recordsMentioning("ipr.tips.samr.44", trackingNumber).size() == 1);
        JsonNode event = json.readTree(TopicReader.recordsMentioning("ipr.tips.samr.44", trackingNumber).get(0).value());
        assertThat(event.get("region").asText()).isEqualTo("440100");
        assertThat(event.get("regionInferred").asBoolean()).isTrue();
        assertThat(TopicReader.recordsMentioning("ipr.tips.samr", trackingNumber)).isEmpty();
    }

    @Test
    void reporterFollowsTheTipWithTrackingNumberAndAccessCode() {
        ExtractableResponse<Response> created = submit(COUNTERFEIT_BY_COURIER);
        String trackingNumber = created.path("trackingNumber");

        given().header("X-Access-Code", (String) created.path("accessCode"))
                .when().get("/api/v1/tips/" + trackingNumber.toLowerCase())
                .then().statusCode(200)
                .body("trackingNumber", equalTo(trackingNumber))
                .body("status", equalTo("routed"))
                .body("agencies", contains("SAMR", "SPB"))
                .body("history.status", contains("received", "routed"));
    }

    @Test
    void wrongAccessCodeAndUnknownNumberLookTheSame() {
        String trackingNumber = submit(COUNTERFEIT_BY_COURIER).path("trackingNumber");

        String wrongCode = given().header("X-Access-Code", "00000000")
                .when().get("/api/v1/tips/" + trackingNumber)
                .then().statusCode(404).contentType("application/problem+json").extract().asString();
        String unknownNumber = given().header("X-Access-Code", "00000000")
                .when().get("/api/v1/tips/0000-0000-0000")
                .then().statusCode(404).contentType("application/problem+json").extract().asString();
        String notANumber = given().header("X-Access-Code", "00000000")
                .when().get("/api/v1/tips/hello")
                .then().statusCode(404).contentType("application/problem+json").extract().asString();

        assertThat(wrongCode).isEqualTo(unknownNumber).isEqualTo(notANumber);
    }

    @Test
    void idempotentRetryReturnsTheSameTipAndPublishesNothingNew() {
        String key = UUID.randomUUID().toString();
        ExtractableResponse<Response> first = given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(COUNTERFEIT_BY_COURIER).when().post("/api/v1/tips")
                .then().statusCode(201).extract();
        String trackingNumber = first.path("trackingNumber");
        await().atMost(Duration.ofSeconds(20))
                .until(() -> TopicReader.recordsMentioning("ipr.tips.samr", trackingNumber).size() == 1);
        long tipsBefore = database.tips();

        given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(COUNTERFEIT_BY_COURIER).when().post("/api/v1/tips")
                .then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .header("Location", endsWith(trackingNumber))
                .body("trackingNumber", equalTo(trackingNumber))
                .body("accessCode", equalTo(first.path("accessCode")));

        assertThat(database.tips()).isEqualTo(tipsBefore);
        assertThat(database.eventsOf(trackingNumber)).isEqualTo(2);
        await().atMost(Duration.ofSeconds(10)).until(() -> database.pendingEventsOf(trackingNumber) == 0);
        assertThat(TopicReader.recordsMentioning("ipr.tips.samr", trackingNumber)).hasSize(1);
        assertThat(TopicReader.recordsMentioning("ipr.tips.spb", trackingNumber)).hasSize(1);
    }

    @Test
    void reusingAnIdempotencyKeyForAnotherTipIsRefused() {
        String key = UUID.randomUUID().toString();
        submitWithKey(key, "{\"text\": \"Pirated copies of our textbook are sold online\"}").statusCode(201);
        long tipsBefore = database.tips();

        submitWithKey(key, "{\"text\": \"Someone copied our patented pump design\"}")
                .statusCode(422)
                .contentType("application/problem+json")
                .body("status", equalTo(422))
                .body("detail", org.hamcrest.Matchers.containsString("Idempotency-Key"));
        assertThat(database.tips()).isEqualTo(tipsBefore);
    }

    @Test
    void unclearTipGoesToTriage() {
        String trackingNumber = submit("{\"text\": \"hello? is anyone there\"}").path("trackingNumber");
        given().contentType(ContentType.JSON).body("{\"text\": \"hello? is anyone there\"}")
                .when().post("/api/v1/classify")
                .then().statusCode(200)
                .body("rightType", equalTo("none"))
                .body("agencies", contains("TRIAGE"));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> TopicReader.recordsMentioning("ipr.tips.triage", trackingNumber).size() == 1);
    }

    @Test
    void classifyAnswersAsTheServiceWouldAndStoresNothing() {
        long tipsBefore = database.tips();
        given().contentType(ContentType.JSON)
                .body("{\"text\": \"一个团伙在莆田开工厂每天大量生产假冒耐克运动鞋，用顺丰快递寄出，还从宁波港出口到迪拜\"}")
                .when().post("/api/v1/classify")
                .then().statusCode(200)
                .body("rightType", equalTo("trademark"))
                .body("flags", containsInAnyOrder("import_export", "delivery", "criminal"))
                .body("agencies", contains("SAMR", "GAC", "SPB", "MPS"))
                .body("terms", org.hamcrest.Matchers.not(org.hamcrest.Matchers.empty()));
        // A crime on the "particularly serious" scale goes to the procuratorate as well.
        given().contentType(ContentType.JSON)
                .body("{\"text\": \"一个团伙在莆田开工厂大量生产假冒耐克运动鞋，已卖出300万元，用顺丰快递寄出\"}")
                .when().post("/api/v1/classify")
                .then().statusCode(200)
                .body("flags", org.hamcrest.Matchers.hasItem("criminal"))
                .body("agencies", contains("SAMR", "SPB", "MPS", "SPP"));
        assertThat(database.tips()).isEqualTo(tipsBefore);
    }

    @Test
    void aSumInWordsOrDollarsTakesACrimeToTheProcuratorate() {
        // As a caller says it and the transcript writes it, and as a foreign right holder writes it.
        for (String text : List.of("一个团伙在莆田开工厂大量生产假冒耐克运动鞋，已经卖了三百多万元，用顺丰快递寄出",
                "A gang runs a factory in Putian making fake Nike shoes in bulk, they sold three million yuan worth"
                        + " and ship them by SF Express",
                "A gang runs a factory in Putian making fake Nike shoes in bulk, they sold USD 400,000 worth"
                        + " and ship them by SF Express")) {
            given().contentType(ContentType.JSON).body(Map.of("text", text))
                    .when().post("/api/v1/classify")
                    .then().statusCode(200)
                    .body("flags", org.hamcrest.Matchers.hasItem("criminal"))
                    .body("agencies", contains("SAMR", "SPB", "MPS", "SPP"));
        }
    }

    @Test
    void openApiDocumentDescribesTheTipsApi() {
        given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths.'/api/v1/tips'.post.responses.'201'", org.hamcrest.Matchers.notNullValue())
                .body("paths.'/api/v1/classify'.post", org.hamcrest.Matchers.notNullValue());
    }

    static ExtractableResponse<Response> submit(String body) {
        return given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/tips")
                .then().statusCode(201).extract();
    }

    static io.restassured.response.ValidatableResponse submitWithKey(String key, String body) {
        return given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .when().post("/api/v1/tips")
                .then();
    }

    static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        assertThat(header).as("header " + name).isNotNull();
        return new String(header.value(), StandardCharsets.UTF_8);
    }

}
