package org.iprhotline.hotline.agency;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import org.iprhotline.hotline.agency.AgencyUpdatesTest.ReportedTip;
import org.iprhotline.hotline.infra.TopicReader;

/**
 * Named campaigns as the test profile configures them: Sword Net (online copyright piracy, running)
 * and Dragon Soaring 2026 (at the border, ended in October 2026).
 */
@QuarkusTest
class CampaignTest {

    @Inject
    ObjectMapper json;

    @Test
    void tipsInScopeCarryTheCampaignAndTheStatisticsCountIt() throws Exception {
        long before = campaignReceived("sword-net");
        ReportedTip pirated = ReportedTip.submit("Pirated copies of the film Wolf Warrior are sold as downloads in a Taobao online shop");
        ReportedTip counterfeit = ReportedTip.submit("Counterfeit Chanel handbags with a fake logo are sold in a market");

        assertThat(routed(pirated).get("campaigns").toString()).isEqualTo("[\"sword-net\"]");
        assertThat(routed(counterfeit).get("campaigns").toString()).isEqualTo("[]");
        assertThat(campaignReceived("sword-net")).isEqualTo(before + 1);

        JsonPath campaigns = given().auth().preemptive().basic("samr-officer", "samr-password").get("/api/v1/campaigns")
                .then().statusCode(200).extract().jsonPath();
        assertThat(campaigns.getString("find { it.code == 'sword-net' }.nameZh")).isEqualTo("剑网行动：打击网络侵权盗版");
        assertThat(campaigns.getList("find { it.code == 'sword-net' }.rightTypes")).containsExactly("copyright");
    }

    @Test
    void aClusterMadeACampaignTargetBringsItsTipsAndTheTipsThatJoinIt() throws Exception {
        String shop = "shop" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000) + ".taobao.com";
        ReportedTip first = ReportedTip.submit("The store https://" + shop + " sells counterfeit Nike shoes with our logo");
        ReportedTip second = ReportedTip.submit("Fake Adidas trainers are sold by https://" + shop + " at a tenth of the price");
        String cluster = routed(first).get("clusterId").asText();
        assertThat(routed(second).get("clusterId").asText()).isEqualTo(cluster);
        assertThat(routed(first).get("campaigns").toString()).isEqualTo("[]");
        long before = campaignReceived("sword-net");

        given().auth().preemptive().basic("samr-officer", "samr-password").contentType(ContentType.JSON)
                .body(Map.of("clusterId", cluster)).post("/api/v1/campaigns/sword-net/clusters").then().statusCode(403);
        given().auth().preemptive().basic("coordinator", "coordinator-password").contentType(ContentType.JSON)
                .body(Map.of("clusterId", cluster)).post("/api/v1/campaigns/sword-net/clusters").then().statusCode(201)
                .body("tips", equalTo(2));
        given().auth().preemptive().basic("coordinator", "coordinator-password").contentType(ContentType.JSON)
                .body(Map.of("clusterId", cluster)).post("/api/v1/campaigns/sword-net/clusters").then().statusCode(200);
        assertThat(campaignReceived("sword-net")).isEqualTo(before + 2);

        ReportedTip joining = ReportedTip.submit("https://" + shop + " now sells counterfeit Puma caps as well");
        JsonNode event = routed(joining);
        assertThat(event.get("clusterId").asText()).isEqualTo(cluster);
        assertThat(event.get("campaigns").toString()).isEqualTo("[\"sword-net\"]");

        // An ended campaign, an unknown one, an unknown cluster and a cluster that is not a UUID.
        given().auth().preemptive().basic("coordinator", "coordinator-password").contentType(ContentType.JSON)
                .body(Map.of("clusterId", cluster)).post("/api/v1/campaigns/dragon-2026/clusters").then().statusCode(409)
                .body("detail", containsString("2026-10-31"));
        given().auth().preemptive().basic("coordinator", "coordinator-password").contentType(ContentType.JSON)
                .body(Map.of("clusterId", cluster)).post("/api/v1/campaigns/iron-fist/clusters").then().statusCode(404);
        given().auth().preemptive().basic("coordinator", "coordinator-password").contentType(ContentType.JSON)
                .body(Map.of("clusterId", UUID.randomUUID().toString())).post("/api/v1/campaigns/sword-net/clusters")
                .then().statusCode(404);
        given().auth().preemptive().basic("coordinator", "coordinator-password").contentType(ContentType.JSON)
                .body(Map.of("clusterId", "shop; drop table tip")).post("/api/v1/campaigns/sword-net/clusters")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("clusterId"));
    }

    private JsonNode routed(ReportedTip tip) throws Exception {
        String topic = "ipr.tips." + tip.agencies.get(0).toLowerCase(java.util.Locale.ROOT);
        ConsumerRecord<String, byte[]> record = await().atMost(Duration.ofSeconds(20)).until(
                () -> TopicReader.recordsMentioning(topic, tip.number), found -> !found.isEmpty()).get(0);
        return json.readTree(record.value());
    }

    /** This month's tips in the campaign, from the coordinators' statistics. */
    private static long campaignReceived(String code) {
        List<Map<String, Object>> rows = given().auth().preemptive().basic("coordinator", "coordinator-password")
                .get("/api/v1/statistics/monthly").then().statusCode(200).extract().jsonPath().getList("rows");
        return rows.stream().filter(row -> "campaign".equals(row.get("dimension")) && code.equals(row.get("key")))
                .mapToLong(row -> ((Number) row.get("received")).longValue()).sum();
    }
}
