package org.iprhotline.hotline.agency;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.iprhotline.hotline.agency.AgencyUpdatesTest.ReportedTip;
import org.iprhotline.hotline.infra.Database;
import org.iprhotline.hotline.infra.TopicReader;

/**
 * People correct the classifier: the triage desk decides a tip nobody could route, an agency passes
 * a tip to the one that leads on its right, or closes it as no IP matter at all; each becomes a
 * training example.
 */
@QuarkusTest
class TriageDeskTest {

    @Inject
    Database database;

    @AutoClose
    final AgencySystems agencies = new AgencySystems();

    @Test
    void aTransferToAnAgencyThatLeadsOnOneRightIsKeptAsACorrection() {
        ReportedTip tip = ReportedTip.submit("Counterfeit Chanel handbags with a fake logo are sold in a market stall");
        assertThat(tip.agencies).containsExactly("SAMR");
        assertThat(new String(TopicReader.awaitEvent("ipr.tips.samr", tip.number, "ipr.tip.routed").value(),
                StandardCharsets.UTF_8)).as("the model that decided, version and corpus digest")
                .containsPattern("\"classifiedBy\":\"v14-[0-9a-f]{8}\"");
        agencies.send("samr", tip.number, "transferred", "CNIPA", "the bags copy a registered design");
        await().atMost(Duration.ofSeconds(20)).until(() -> tip.status().<List<String>>path("agencies").contains("CNIPA"));
        assertThat(database.count("""
                select count(*) from labelled_example e join tip t on t.id = e.tip_id
                 where t.tracking_number = ? and e.right_type = 'patent' and e.source = 'transfer'
                   and e.decided_by = 'SAMR' and e.model_said = 'trademark'""", tip.number.replace("-", "")))
                .isEqualTo(1);
    }

    @Test
    void aClosingAsNotAnIpMatterIsKeptAsANoneExampleWithoutFlags() {
        ReportedTip tip = ReportedTip.submit("Counterfeit Chanel handbags with a fake logo are sold at a market stall");
        assertThat(tip.agencies).containsExactly("SAMR");
        agencies.close("samr", tip.number, "not_ip_matter", null, "the bags are genuine; a dispute over a refund");
        await().atMost(Duration.ofSeconds(20)).until(() -> "closed".equals(tip.status().path("status")));
        assertThat(tip.status().<String>path("byAgency[0].outcome")).isEqualTo("not_ip_matter");
        assertThat(database.count("""
                select count(*) from labelled_example e join tip t on t.id = e.tip_id
                 where t.tracking_number = ? and e.right_type = 'none' and e.flags = '{}' and e.source = 'closing'
                   and e.decided_by = 'SAMR' and e.model_said = 'trademark'""", tip.number.replace("-", "")))
                .isEqualTo(1);
        assertThat(database.count("select count(*) from tip_status_change c join tip t on t.id = c.tip_id"
                + " where t.tracking_number = ? and c.status = 'CLOSED' and c.outcome = 'NOT_IP_MATTER'",
                tip.number.replace("-", ""))).isEqualTo(1);
    }

    @Test
    void aTipDecidedAgainKeepsOneExampleWithTheLatestDecision() {
        ReportedTip tip = ReportedTip.submit("Good afternoon, I need some advice about the stall next to my own");
        assertThat(tip.agencies).containsExactly("TRIAGE");
        given().auth().preemptive().basic("triage-officer", "triage-password").contentType(ContentType.JSON)
                .body(Map.of("rightType", "trademark")).when()
                .post("/api/v1/triage/tips/" + tip.number + "/decision").then().statusCode(200);
        agencies.send("samr", tip.number, "transferred", "CNIPA", "a design matter, not a brand");
        await().atMost(Duration.ofSeconds(20)).until(() -> tip.status().<List<String>>path("agencies").contains("CNIPA"));
        String number = tip.number.replace("-", "");
        assertThat(database.count("""
                select count(*) from labelled_example e join tip t on t.id = e.tip_id
                 where t.tracking_number = ? and e.right_type = 'patent' and e.source = 'transfer'""", number))
                .isEqualTo(1);

        agencies.close("cnipa", tip.number, "not_ip_matter", null, "two neighbours quarrelling over a pavement");
        await().atMost(Duration.ofSeconds(20)).until(() -> "closed".equals(tip.status().path("status")));
        assertThat(database.count("""
                select count(*) from labelled_example e join tip t on t.id = e.tip_id
                 where t.tracking_number = ?""", number)).as("one example per tip").isEqualTo(1);
        assertThat(database.count("""
                select count(*) from labelled_example e join tip t on t.id = e.tip_id
                 where t.tracking_number = ? and e.right_type = 'none' and e.flags = '{}' and e.source = 'closing'
                   and e.decided_by = 'CNIPA' and e.model_said = 'none'""", number))
                .as("the latest decision, with what the classifier first said").isEqualTo(1);
    }

    @Test
    void theDeskClosesATipThatIsNoIpMatterAndTheReporterSeesWhy() {
        ReportedTip tip = ReportedTip.submit("Hi, the dry cleaner lost my coat and refuses to pay for it");
        assertThat(tip.agencies).containsExactly("TRIAGE");
        String path = "/api/v1/triage/tips/" + tip.number + "/decision";
        given().auth().preemptive().basic("triage-officer", "triage-password").contentType(ContentType.JSON)
                .body(Map.of("rightType", "none", "note", "A consumer dispute: the consumer hotline 12315 takes it."))
                .when().post(path).then().statusCode(200)
                .body("agencies", equalTo(List.of())).body("outcome", equalTo("not_ip_matter"));

        assertThat(tip.status().<String>path("status")).isEqualTo("closed");
        assertThat(tip.status().<String>path("byAgency[0].agency")).isEqualTo("TRIAGE");
        assertThat(tip.status().<String>path("byAgency[0].outcome")).isEqualTo("not_ip_matter");
        assertThat(tip.status().<List<String>>path("history.note"))
                .contains("A consumer dispute: the consumer hotline 12315 takes it.");
        assertThat(database.count("""
                select count(*) from labelled_example e join tip t on t.id = e.tip_id
                 where t.tracking_number = ? and e.right_type = 'none' and e.flags = '{}' and e.source = 'triage'
                   and e.decided_by = 'triage-officer' and e.model_said = 'none'""", tip.number.replace("-", "")))
                .isEqualTo(1);
        given().auth().preemptive().basic("triage-officer", "triage-password").contentType(ContentType.JSON)
                .body(Map.of("rightType", "trademark")).when().post(path).then().statusCode(409);
    }

    @Test
    void aTriageDecisionRoutesTheTipAndIsKeptAsALabelledExample() {
        ReportedTip tip = ReportedTip.submit("Hello, I would like some help with a problem about my neighbour's shop");
        assertThat(tip.agencies).containsExactly("TRIAGE");
        List<String> desk = given().auth().preemptive().basic("triage-officer", "triage-password")
                .when().get("/api/v1/agency/tips?limit=500").then().statusCode(200).extract().path("trackingNumber");
        assertThat(desk).contains(tip.number);

        String path = "/api/v1/triage/tips/" + tip.number + "/decision";
        given().auth().preemptive().basic("samr-officer", "samr-password").contentType(ContentType.JSON)
                .body(Map.of("rightType", "trademark")).when().post(path).then().statusCode(403);
        given().auth().preemptive().basic("triage-officer", "triage-password").contentType(ContentType.JSON)
                .body(Map.of("rightType", "none", "flags", List.of("ecommerce"))).when().post(path).then()
                .statusCode(400).contentType("application/problem+json");
        given().auth().preemptive().basic("triage-officer", "triage-password").contentType(ContentType.JSON)
                .body(Map.of("rightType", "trademark", "flags", List.of("smuggling"))).when().post(path)
                .then().statusCode(400);

        given().auth().preemptive().basic("triage-officer", "triage-password").contentType(ContentType.JSON)
                .body(Map.of("rightType", "trademark", "flags", List.of("ecommerce"),
                        "note", "The shop sells handbags with a copied logo"))
                .when().post(path).then().statusCode(200).body("agencies", equalTo(List.of("SAMR")));

        assertThat(tip.status().<List<String>>path("agencies")).containsExactly("SAMR");
        assertThat(tip.status().<String>path("rightType")).isEqualTo("trademark");
        assertThat(tip.status().<List<String>>path("history.note")).contains("The shop sells handbags with a copied logo");
        assertThat(new String(TopicReader.awaitEvent("ipr.tips.samr", tip.number, "ipr.tip.routed").value(),
                StandardCharsets.UTF_8)).contains("\"classifiedBy\":\"triage-desk\"");
        assertThat(database.count("""
                select count(*) from labelled_example e join tip t on t.id = e.tip_id
                 where t.tracking_number = ? and e.right_type = 'trademark' and e.flags = '{ecommerce}'
                   and e.source = 'triage' and e.decided_by = 'triage-officer' and e.model_said = 'none'""",
                tip.number.replace("-", ""))).isEqualTo(1);

        given().auth().preemptive().basic("triage-officer", "triage-password").contentType(ContentType.JSON)
                .body(Map.of("rightType", "patent")).when().post(path).then().statusCode(409);
    }
}
