package org.iprhotline.hotline.agency;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

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
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

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
        ReportedTip tip = ReportedTip.submit("Counterfeit Chanel handbags with a fake logo are sold in a market");
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
    void aClosedTipRefusesARepliedFormAndStillReplaysTheReplyItTookBefore() {
        // The case page's form always sends a key: a closed tip with no replies yet answers 409.
        ReportedTip quiet = ReportedTip.submit("A website streams our films for free without a licence");
        agencies.close("ncac", quiet.number, "no_infringement", null, "the films are licensed");
        await().atMost(Duration.ofSeconds(20)).until(() -> "closed".equals(quiet.status().path("status")));
        replyWithKey(quiet, "reply-" + System.nanoTime(), "more films")
                .statusCode(409).contentType("application/problem+json");

        ReportedTip tip = ReportedTip.submit("Counterfeit Nike shoes with a fake logo are sold in a shop");
        String taken = "reply-" + System.nanoTime();
        var first = replyWithKey(tip, taken, "Second floor, shop 212").statusCode(201).extract();
        agencies.close("samr", tip.number, "no_infringement", null, "the shoes are genuine");
        await().atMost(Duration.ofSeconds(20)).until(() -> "closed".equals(tip.status().path("status")));

        replyWithKey(tip, "reply-" + System.nanoTime(), "They also sell bags")
                .statusCode(409).contentType("application/problem+json");
        // The refused reply took nothing: a retry of the reply made before the closing is still that reply.
        var again = replyWithKey(tip, taken, "Second floor, shop 212")
                .statusCode(201).header("Idempotent-Replayed", "true").extract();
        assertThat(again.<String>path("receivedAt")).isEqualTo(first.<String>path("receivedAt"));
        assertThat(tip.status().<List<String>>path("replies.text")).containsExactly("Second floor, shop 212");
    }

    @Test
    void theReporterAnswersOnTheCasePageAndSeesTheirReply() {
        ReportedTip tip = ReportedTip.submit("Counterfeit Nike shoes with a fake logo are sold in a shop");
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

    @Test
    void theReporterSendsAPictureWithTheAnswerOnTheCasePageAndTheAgencyDownloadsIt() throws Exception {
        ReportedTip tip = ReportedTip.submit("Counterfeit Nike shoes with a fake logo are sold in a shop");
        agencies.send("samr", tip.number, "info_requested", null, QUESTION);
        await().atMost(Duration.ofSeconds(20)).until(() -> "info_requested".equals(tip.status().path("status")));
        PortalVisitor visitor = new PortalVisitor("en");
        Document page = Jsoup.parse(visitor.checkCase(tip.number, tip.code).asString());
        byte[] picture = PortalVisitor.png();

        // A file of a type not taken is refused beside its field; the good file sent with it is kept.
        var refused = visitor.sendReply(page, "The receipt, photographed", List.of(
                new PortalVisitor.Upload("receipt.png", "image/png", picture),
                new PortalVisitor.Upload("run-me.exe", "application/octet-stream", "MZ not a picture".getBytes())));
        assertThat(refused.statusCode()).isEqualTo(400);
        Document again = Jsoup.parse(refused.asString());
        assertThat(again.select("#reply-files-error").text()).contains("run-me.exe");
        assertThat(again.select("input[name=keep]").eachAttr("value")).hasSize(1);
        assertThat(again.select("#reply").val()).isEqualTo("The receipt, photographed");

        var sent = visitor.sendReply(again, "The receipt, photographed");
        assertThat(sent.statusCode()).isEqualTo(200);
        JsonNode event = new ObjectMapper().readTree(TopicReader.awaitEvent("ipr.tips.samr", "The receipt, photographed",
                "ipr.tip.updated").value());
        JsonNode file = event.get("addedEvidence").get(0);
        assertThat(file.get("name").asText()).isEqualTo("receipt.png");
        assertThat(file.get("sha256").asText()).isEqualTo(PortalVisitor.sha256(picture));
        String path = file.get("url").asText().replaceFirst("^https?://[^/]+", "");
        var download = given().auth().preemptive().basic("samr-officer", "samr-password").get(path);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(PortalVisitor.sha256(download.asByteArray())).isEqualTo(PortalVisitor.sha256(picture));
        given().auth().preemptive().basic("cnipa-officer", "cnipa-password").get(path).then().statusCode(404);
        assertThat(tip.status().<List<String>>path("replies.text")).containsExactly("The receipt, photographed");
    }

    @Test
    void anApiClientRepliesWithFilesAsAForm() throws Exception {
        ReportedTip tip = ReportedTip.submit("Counterfeit Nike shoes with a fake logo are sold in a shop");
        byte[] picture = PortalVisitor.png();
        String path = "/api/v1/tips/" + tip.number + "/replies";

        form("00000000", "the shop front", "front.png", picture).post(path).then().statusCode(404);
        form(tip.code, "the shop front", "empty.png", new byte[0]).post(path).then().statusCode(400)
                .contentType("application/problem+json").body("detail", equalTo("file empty.png: is empty"));
        form(tip.code, null, "front.png", picture).post(path).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("text"));

        form(tip.code, "the shop front, photographed", "front.png", picture).post(path).then().statusCode(201);
        JsonNode event = new ObjectMapper().readTree(TopicReader.awaitEvent("ipr.tips.samr",
                "the shop front, photographed", "ipr.tip.updated").value());
        assertThat(event.get("addedEvidence").get(0).get("sha256").asText()).isEqualTo(PortalVisitor.sha256(picture));
        assertThat(database.count("""
                select count(*) from evidence_file f join tip t on t.id = f.tip_id
                 where t.tracking_number = ? and f.sha256 = ?""", tip.number.replace("-", ""),
                PortalVisitor.sha256(picture))).isEqualTo(1);
    }

    @Test
    void aReplySentAgainWithItsKeyIsAddedOnceAndAKeyReusedForAnotherReplyIsRefused() {
        ReportedTip tip = ReportedTip.submit("Counterfeit Nike shoes with a fake logo are sold in a shop");
        String key = "reply-" + System.nanoTime();
        var first = replyWithKey(tip, key, "Second floor, shop 212").statusCode(201).extract();
        var again = replyWithKey(tip, key, "Second floor, shop 212")
                .statusCode(201).header("Idempotent-Replayed", "true").extract();
        assertThat(again.<String>path("receivedAt")).isEqualTo(first.<String>path("receivedAt"));
        replyWithKey(tip, key, "Something else").statusCode(422).contentType("application/problem+json");
        assertThat(tip.status().<List<String>>path("replies.text")).containsExactly("Second floor, shop 212");

        // The case page's form: a second click sends the same form again and adds nothing.
        PortalVisitor visitor = new PortalVisitor("en");
        Document page = Jsoup.parse(visitor.checkCase(tip.number, tip.code).asString());
        assertThat(visitor.sendReply(page, "The shop opens at nine").statusCode()).isEqualTo(200);
        assertThat(visitor.sendReply(page, "The shop opens at nine").statusCode()).isEqualTo(200);
        assertThat(tip.status().<List<String>>path("replies.text"))
                .containsExactly("Second floor, shop 212", "The shop opens at nine");
    }

    /**
     * A multipart form as curl -F sends it, with its length (the API refuses bodies without one;
     * REST Assured's own multipart requests are chunked).
     */
    private static RequestSpecification form(String accessCode, String text,
            String fileName, byte[] content) {
        String boundary = "----reply" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        Consumer<String> write = part -> body.writeBytes(part.getBytes(StandardCharsets.UTF_8));
        if (text != null) {
            write.accept("--" + boundary + "\r\nContent-Disposition: form-data; name=\"text\"\r\n"
                    + "Content-Type: text/plain; charset=UTF-8\r\n\r\n" + text + "\r\n");
        }
        write.accept("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
        body.writeBytes(content);
        write.accept("\r\n--" + boundary + "--\r\n");
        return given().header("X-Access-Code", accessCode)
                .contentType("multipart/form-data; boundary=" + boundary).body(body.toByteArray());
    }

    /** The reporter's reply through the API, with an Idempotency-Key, as the case page's form sends it. */
    private static ValidatableResponse replyWithKey(ReportedTip tip, String key, String text) {
        return given().header("X-Access-Code", tip.code).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(Map.of("text", text)).post("/api/v1/tips/" + tip.number + "/replies").then();
    }
}
