package org.iprhotline.hotline.agency;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

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

import org.iprhotline.hotline.agency.AgencyUpdatesTest.ReportedTip;
import org.iprhotline.hotline.infra.Database;
import org.iprhotline.hotline.infra.TopicReader;
import org.iprhotline.hotline.web.PortalVisitor;

/**
 * An agency asks the reporter for more; the reporter sees the question and answers by the API or
 * on the case page; the agency gets the answer on its topic.
 */
@QuarkusTest
class TwoWayCaseTest {

    private static final String QUESTION = "请提供购买凭证和店铺的详细地址";

    @Inject
    Database database;

    @AutoClose
    final AgencySystems agencies = new AgencySystems();

    @Test
    void theReporterSeesTheQuestionAnswersItByTheApiAndTheAgencyReadsTheAnswer() throws Exception {
        ReportedTip tip = ReportedTip.submit("Counterfeit Chanel handbags with a fake logo are sold in a market in Guangzhou");
        agencies.send("samr", tip.number, "info_requested", null, QUESTION);
        await().atMost(Duration.ofSeconds(20)).until(() -> "info_requested".equals(tip.status().path("status")));
        assertThat(tip.status().<String>path("byAgency[0].question")).isEqualTo(QUESTION);
        assertThat(tip.status().<Boolean>path("byAgency[0].answered")).isFalse();

        given().header("X-Access-Code", "WRONGCODE0").contentType(ContentType.JSON)
                .body(Map.of("text", "发票在这里")).when().post("/api/v1/tips/" + tip.number + "/replies")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("No tip matches this tracking number and access code."));
        given().header("X-Access-Code", tip.code).contentType(ContentType.JSON).body(Map.of("text", "a\u0000b"))
                .when().post("/api/v1/tips/" + tip.number + "/replies")
                .then().statusCode(400).contentType("application/problem+json").body(containsString("text"));
        given().header("X-Access-Code", tip.code).contentType(ContentType.JSON).body(Map.of("text", "  "))
                .when().post("/api/v1/tips/" + tip.number + "/replies").then().statusCode(400);

        String answer = "店铺在广州白马服装市场三楼312号，购买发票编号44001234";
        given().header("X-Access-Code", tip.code).contentType(ContentType.JSON).body(Map.of("text", answer))
                .when().post("/api/v1/tips/" + tip.number + "/replies")
                .then().statusCode(201).body("answered", equalTo(List.of("SAMR")));

        assertThat(tip.status().<String>path("replies[0].text")).isEqualTo(answer);
        assertThat(tip.status().<Boolean>path("byAgency[0].answered")).isTrue();
        ConsumerRecord<String, byte[]> record = TopicReader.awaitEvent("ipr.tips.samr", answer, "ipr.tip.updated");
        JsonNode event = new ObjectMapper().readTree(new String(record.value(), StandardCharsets.UTF_8));
        assertThat(event.get("addedText").asText()).isEqualTo(answer);
        assertThat(event.get("answers").get(0).get("agency").asText()).isEqualTo("SAMR");
        assertThat(event.get("answers").get(0).get("question").asText()).isEqualTo(QUESTION);
        assertThat(event.get("text").asText()).as("a reply leaves the tip's text as it was")
                .doesNotContain(answer);
    }

    @Test
    void aQuestionWithoutWordsIsRejectedAndAClosedTipTakesNoReplies() {
        ReportedTip tip = ReportedTip.submit("A website streams our films for free without a licence");
        String id = agencies.send("ncac", tip.number, "info_requested", null, null);
        await().atMost(Duration.ofSeconds(20)).until(() -> database.count(
                "select count(*) from agency_update where event_id = ? and outcome = 'REJECTED'"
                        + " and reason like 'info_requested takes the question%'", id) == 1);
        assertThat(tip.status().<String>path("status")).isEqualTo("routed");

        agencies.close("ncac", tip.number, "no_infringement", null, "the films are licensed");
        await().atMost(Duration.ofSeconds(20)).until(() -> "closed".equals(tip.status().path("status")));
        given().header("X-Access-Code", tip.code).contentType(ContentType.JSON).body(Map.of("text", "more films"))
                .when().post("/api/v1/tips/" + tip.number + "/replies")
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void theReporterAnswersOnTheCasePageAndSeesTheirReply() {
        ReportedTip tip = ReportedTip.submit("Counterfeit Nike shoes with a fake logo are sold in a shop in Putian");
        agencies.send("samr", tip.number, "info_requested", null, QUESTION);
        await().atMost(Duration.ofSeconds(20)).until(() -> "info_requested".equals(tip.status().path("status")));

        PortalVisitor visitor = new PortalVisitor("zh-CN");
        Document page = Jsoup.parse(visitor.checkCase(tip.number, tip.code).asString());
        assertThat(page.select("#questions").text()).contains("询问：").contains(QUESTION);
        assertThat(page.select("#history").text()).contains(QUESTION);

        var empty = visitor.sendReply(page, " ");
        assertThat(empty.statusCode()).isEqualTo(400);
        Document again = Jsoup.parse(empty.asString());
        assertThat(again.select("#reply-error").text()).isEqualTo("请填写回复内容。");
        assertThat(again.select("#reply").attr("aria-invalid")).isEqualTo("true");

        var sent = visitor.sendReply(again, "店铺在莆田市荔城区鞋城二楼，发票已拍照");
        assertThat(sent.statusCode()).isEqualTo(200);
        Document after = Jsoup.parse(sent.asString());
        assertThat(after.select("#reply-sent").text()).isEqualTo("您的回复已转给办理您案件的部门。");
        assertThat(after.select("#replies").text()).contains("鞋城二楼");
        assertThat(after.select("#questions").text()).contains("您已在此后回复。");
        TopicReader.awaitEvent("ipr.tips.samr", "鞋城二楼", "ipr.tip.updated");
    }
}
