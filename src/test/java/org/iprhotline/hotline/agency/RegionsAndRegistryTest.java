package org.iprhotline.hotline.agency;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;

import org.iprhotline.hotline.infra.Database;
import org.iprhotline.hotline.infra.TopicReader;
import org.iprhotline.hotline.tip.Reorganisations;
import org.iprhotline.hotline.web.PortalVisitor;

/**
 * Where it happened and who handles it today: a tip's region sends a regional agency's copy to its
 * province's bureau; the registry's agencies of 2026 are what reporters see; updates on a former
 * code's topic are the successor's; a flag-added agency gets no contact details.
 */
@QuarkusTest
class RegionsAndRegistryTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The access code of each tip a test posted, by tracking number. */
    private static final Map<String, String> CODES = new ConcurrentHashMap<>();

    @Inject
    Database database;

    @Inject
    Reorganisations reorganisations;

    @AutoClose
    final AgencySystems agencies = new AgencySystems();

    @Test
    void aTipWithARegionReachesTheProvincesBureauWithTheRegionHeader() throws Exception {
        String number = post(Map.of("text", "A shop sells counterfeit trademark Nike shoes with a fake logo",
                "region", "440300")).path("trackingNumber");

        ConsumerRecord<String, byte[]> record = TopicReader.awaitEvent("ipr.tips.samr.44", number, "ipr.tip.routed");
        assertThat(TopicReader.header(record, "ce_region")).isEqualTo("440300");
        JsonNode data = JSON.readTree(record.value());
        assertThat(data.path("region").asText()).isEqualTo("440300");
        assertThat(data.path("regionInferred").asBoolean()).isFalse();
        assertThat(TopicReader.recordsMentioning("ipr.tips.samr", number)).isEmpty();
        status(number).body("region.code", equalTo("440300")).body("region.name", equalTo("广东省深圳市"))
                .body("region.inferred", equalTo(false));
    }

    @Test
    void aTipWithoutARegionReachesTheNationalTopic() {
        String number = post(Map.of("text", "A shop sells counterfeit trademark Nike shoes with a fake logo"))
                .path("trackingNumber");

        ConsumerRecord<String, byte[]> record = TopicReader.awaitEvent("ipr.tips.samr", number, "ipr.tip.routed");
        assertThat(TopicReader.header(record, "ce_region")).isNull();
        status(number).body("region", equalTo(null));
    }

    @Test
    void aRegionReadFromTheTextIsSaidToBeInferred() {
        String number = post(Map.of("text", "在深圳市华强北的一家店卖假冒苹果商标的手机，包装也是仿冒的"))
                .path("trackingNumber");

        ConsumerRecord<String, byte[]> record = TopicReader.awaitEvent("ipr.tips.samr.44", number, "ipr.tip.routed");
        // 华强北, the electronics market, is in Futian district.
        assertThat(TopicReader.header(record, "ce_region")).isEqualTo("440304");
        status(number).body("region.code", equalTo("440304")).body("region.inferred", equalTo(true));
    }

    @Test
    void anUnknownRegionIsRefusedNamingTheField() {
        long before = database.tips();
        for (String region : new String[] {"999999", "4403", "810000", "44030\u0000", "１２３４５６"}) {
            given().contentType(ContentType.JSON)
                    .body(Map.of("text", "A shop sells counterfeit Nike shoes", "region", region))
                    .when().post("/api/v1/tips")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body(containsString("region"));
        }
        assertThat(database.tips()).isEqualTo(before);
    }

    @Test
    void agencyStaffSeeTheRegionAndABureauListsItsProvincesTips() {
        String guangdong = post(Map.of("text", "A shop sells counterfeit trademark Nike shoes with a fake logo",
                "region", "440106")).path("trackingNumber");
        String nowhere = post(Map.of("text", "A shop sells counterfeit trademark Nike shoes with a fake logo"))
                .path("trackingNumber");

        List<String> all = given().auth().preemptive().basic("samr-officer", "samr-password")
                .when().get("/api/v1/agency/tips?limit=500").then().statusCode(200).extract().path("trackingNumber");
        assertThat(all).contains(guangdong, nowhere);
        ValidatableResponse bureau = given().auth().preemptive().basic("samr-officer", "samr-password")
                .when().get("/api/v1/agency/tips?limit=500&province=44").then().statusCode(200);
        assertThat(bureau.extract().<List<String>>path("trackingNumber")).contains(guangdong).doesNotContain(nowhere);
        assertThat(bureau.extract().<List<String>>path("region")).allMatch(region -> region.startsWith("44"));
        given().auth().preemptive().basic("coordinator", "coordinator-password")
                .when().get("/api/v1/agency/tips?province=4x").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void aProvincialBureauSpeaksOnlyForTipsFromItsProvince() {
        String number = post(Map.of("text", "A shop sells counterfeit trademark Nike shoes with a fake logo",
                "region", "440303")).path("trackingNumber");
        TopicReader.awaitEvent("ipr.tips.samr.44", number, "ipr.tip.routed");

        String wrongBureau = agencies.publishOnWithId("ipr.agency.updates.samr.45", "samr", number, "accepted");
        String rightBureau = agencies.publishOnWithId("ipr.agency.updates.samr.44", "samr", number, "accepted");

        await().atMost(Duration.ofSeconds(20)).until(() -> database.count(
                "select count(*) from agency_update where event_id in (?, ?) and outcome is not null", wrongBureau,
                rightBureau) == 2);
        assertThat(database.count("select count(*) from agency_update where event_id = ? and outcome = 'REJECTED'"
                + " and reason like '%bureau of province 45 does not hold this tip%'", wrongBureau)).isEqualTo(1);
        assertThat(database.count("select count(*) from agency_update where event_id = ? and outcome = 'APPLIED'",
                rightBureau)).isEqualTo(1);
        status(number).body("status", equalTo("accepted"));
    }

    @Test
    void anUpdateOnAFormerCodesTopicIsAppliedToItsSuccessor() {
        String number = post(Map.of("text", "A shop sells counterfeit trademark Nike shoes with a fake logo"))
                .path("trackingNumber");
        TopicReader.awaitEvent("ipr.tips.samr", number, "ipr.tip.routed");

        // SAIC's system, not yet told of 2018, reports as SAIC on SAIC's topic.
        String id = agencies.publishOnWithId("ipr.agency.updates.saic", "saic", number, "accepted");

        await().atMost(Duration.ofSeconds(20)).until(() -> database.count(
                "select count(*) from agency_update where event_id = ? and outcome = 'APPLIED' and agency = 'SAMR'",
                id) == 1);
        status(number).body("status", equalTo("accepted")).body("history[2].agency", equalTo("SAMR"));
    }

    @Test
    void anAgencyAFlagAddedGetsTheTipWithoutTheReportersContact() throws Exception {
        String number = post(Map.of(
                "text", "Counterfeit trademark Nike shoes are exported through the port of Ningbo in containers",
                "reporter", Map.of("name", "Li Ming", "phone", "+8613800138000"))).path("trackingNumber");

        // "the port of Ningbo" places the tip in Zhejiang: SAMR gets it on its provincial topic, customs on its only one.
        JsonNode lead = JSON.readTree(TopicReader.awaitEvent("ipr.tips.samr.33", number, "ipr.tip.routed").value());
        JsonNode customs = JSON.readTree(TopicReader.awaitEvent("ipr.tips.gac", number, "ipr.tip.routed").value());
        assertThat(lead.path("reporter").path("phone").asText()).isEqualTo("+8613800138000");
        assertThat(lead.path("reporter").has("withheld")).isFalse();
        assertThat(customs.path("reporter").path("withheld").asBoolean()).isTrue();
        assertThat(new String(TopicReader.awaitEvent("ipr.tips.gac", number, "ipr.tip.routed").value(),
                StandardCharsets.UTF_8)).doesNotContain("13800138000").doesNotContain("Li Ming");
    }

    @Test
    void theHomePageNamesTheAgenciesOf2026AndSendsLitigantsToTheCourts() {
        given().header("Accept-Language", "zh-CN").when().get("/")
                .then().statusCode(200)
                .body(containsString("国家知识产权局"), containsString("国家市场监督管理总局"),
                        containsString("国家版权局"), containsString("人民法院提起诉讼"),
                        not(containsString("国家工商行政管理总局")), not(containsString("最高人民法院")));
        given().header("Accept-Language", "en").when().get("/")
                .then().statusCode(200)
                .body(containsString("China National Intellectual Property Administration"),
                        containsString("State Administration for Market Regulation"),
                        not(containsString("State Intellectual Property Office")),
                        not(containsString("Supreme People's Court")));
    }

    @Test
    void aReorganisationMovesTheTipsAndWaitingEventsOfTheFormerCodeOnce() {
        String number = post(Map.of("text", "A shop sells counterfeit trademark Nike shoes with a fake logo"))
                .path("trackingNumber");
        TopicReader.awaitEvent("ipr.tips.samr", number, "ipr.tip.routed");
        String stored = number.replace("-", "");
        // As the tables stood before the registry knew 2018: the tip held by SFA, an event waiting for it.
        database.update("update tip set agencies = '{SFA,MPS}' where tracking_number = ?", stored);
        database.update("""
                update tip_status_change set agency = 'SFA,MPS'
                 where status = 'ROUTED' and tip_id = (select id from tip where tracking_number = ?)""", stored);
        database.update("""
                insert into tip_status_change (id, tip_id, position, status, agency, changed_at)
                select ?, id, 2, 'ACCEPTED', 'SFA', now() from tip where tracking_number = ?""", UUID.randomUUID(),
                stored);
        UUID waiting = UUID.randomUUID();
        database.update("""
                insert into outbox_event (event_id, aggregate_id, topic, event_type, payload, created_at, next_attempt_at)
                select ?, id, 'ipr.tips.sfa', 'ipr.tip.updated', '{}', now(), now() + interval '1 day'
                  from tip where tracking_number = ?""", waiting, stored);
        database.update("delete from agency_reorganisation where former_code = 'SFA'");

        reorganisations.applyAll();
        reorganisations.applyAll();

        assertThat(database.count("select count(*) from tip where tracking_number = ? and agencies = '{NFGA,MPS}'",
                stored)).isEqualTo(1);
        assertThat(database.count("select count(*) from outbox_event where event_id = ? and topic = 'ipr.tips.nfga'",
                waiting)).isEqualTo(1);
        assertThat(database.count("select count(*) from agency_reorganisation where former_code = 'SFA'"
                + " and successor = 'NFGA' and tips_moved >= 1 and events_moved >= 1")).isEqualTo(1);
        // The history keeps what SFA did, under its name of the time; NFGA's part is where SFA left it.
        status(number).body("byAgency[0].agency", equalTo("NFGA")).body("byAgency[0].status", equalTo("accepted"))
                .body("history[2].agency", equalTo("SFA"));
        Document page = Jsoup.parse(new PortalVisitor("zh").checkCase(number, CODES.get(number)).asString());
        assertThat(page.selectFirst("#history").text()).contains("国家林业局");
        assertThat(page.selectFirst("#by-agency").text()).contains("国家林业和草原局");
        database.update("delete from outbox_event where event_id = ?", waiting);
    }

    private static ExtractableResponse<Response> post(Map<String, Object> body) {
        ExtractableResponse<Response> receipt = given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/tips").then().statusCode(201).extract();
        CODES.put(receipt.path("trackingNumber"), receipt.path("accessCode"));
        return receipt;
    }

    private static ValidatableResponse status(String number) {
        return given().header("X-Access-Code", CODES.get(number)).when().get("/api/v1/tips/" + number)
                .then().statusCode(200);
    }
}
