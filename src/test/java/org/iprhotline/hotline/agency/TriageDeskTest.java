package org.iprhotline.hotline.agency;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.iprhotline.hotline.agency.AgencyUpdatesTest.ReportedTip;
import org.iprhotline.hotline.infra.Database;
import org.iprhotline.hotline.infra.TopicReader;

/** The triage desk decides a tip nobody could route; it reaches the agency and becomes a training example. */
@QuarkusTest
class TriageDeskTest {

    @Inject
    Database database;

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
                .body(Map.of("rightType", "none")).when().post(path).then().statusCode(400)
                .contentType("application/problem+json");
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
        TopicReader.awaitEvent("ipr.tips.samr", tip.number, "ipr.tip.routed");
        assertThat(database.count("""
                select count(*) from labelled_example e join tip t on t.id = e.tip_id
                 where t.tracking_number = ? and e.right_type = 'trademark' and e.flags = '{ecommerce}'
                   and e.source = 'triage' and e.decided_by = 'triage-officer' and e.model_said = 'none'""",
                tip.number.replace("-", ""))).isEqualTo(1);

        given().auth().preemptive().basic("triage-officer", "triage-password").contentType(ContentType.JSON)
                .body(Map.of("rightType", "patent")).when().post(path).then().statusCode(409);
    }
}
