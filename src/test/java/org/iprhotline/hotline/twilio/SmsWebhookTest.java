package org.iprhotline.hotline.twilio;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import org.iprhotline.hotline.agency.AgencySystems;
import org.iprhotline.hotline.infra.Database;
import org.iprhotline.hotline.infra.FakeTwilioApi;
import org.iprhotline.hotline.infra.TopicReader;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class SmsWebhookTest {

    private static final Pattern RECEIPT = Pattern.compile("([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})\\D+(\\d{8})");

    @Inject
    Database database;

    @Inject
    OutgoingSms outgoing;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void textMessageBecomesAClassifiedTipOnTheAgencyTopic() {
        String from = newPhone();
        Document reply = reply(TwilioRequests.post("/twilio/sms",
                TwilioRequests.sms(newSid(), from, "网店卖山寨耐克鞋，用顺丰快递发货")).statusCode(200));

        String text = reply.getElementsByTagName("Body").item(0).getTextContent();
        assertThat(reply.getDocumentElement().getTagName()).isEqualTo("Response");
        assertThat(text).contains("查询编号").contains("查询码");
        Matcher receipt = RECEIPT.matcher(text);
        assertThat(receipt.find()).isTrue();
        String trackingNumber = receipt.group(1);

        assertThat(database.count("select count(*) from tip where channel = 'SMS' and reporter_phone = ?", from))
                .isEqualTo(1);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> TopicReader.recordsMentioning("ipr.tips.samr", trackingNumber).size() == 1);
        given().header("X-Access-Code", receipt.group(2)).when().get("/api/v1/tips/" + trackingNumber)
                .then().statusCode(200);
    }

    @Test
    void anAgencysQuestionIsTextedToTheReporterWhoAnswersByTextingBack() {
        String from = newPhone();
        String number = reportByText(from, "fake nike shoes sold at the night market");
        try (AgencySystems samr = new AgencySystems()) {
            samr.send("samr", number, "info_requested", null, "Which night market, and on which days?");
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> FakeTwilioApi.SENT.stream().anyMatch(sent -> from.equals(sent.to())
                && sent.body().contains("asks: Which night market, and on which days? Reply to this text to answer.")));

        Map<String, String> withPicture = TwilioRequests.sms(newSid(), from, "The Binjiang Road market, Tuesdays and Fridays");
        withPicture.put("NumMedia", "1");
        withPicture.put("MediaUrl0", "https://api.twilio.com/2010-04-01/Accounts/AC0/Messages/MM2/Media/ME2");
        withPicture.put("MediaContentType0", "image/jpeg");
        String answer = body(TwilioRequests.post("/twilio/sms", withPicture).statusCode(200));

        assertThat(answer).isEqualTo("Your answer about report " + number + " was passed to the agencies handling it.");
        assertThat(database.count("""
                select count(*) from tip_reply r join tip t on t.id = r.tip_id
                 where t.tracking_number = ? and r.channel = 'SMS' and r.answers = '{SAMR}'
                   and r.text = 'The Binjiang Road market, Tuesdays and Fridays' and t.text not like '%Binjiang%'""",
                number.replace("-", ""))).isEqualTo(1);
        // The picture sent with the answer joins the tip's evidence and reaches the agency with it.
        assertThat(new String(TopicReader.awaitEvent("ipr.tips.samr", "Binjiang Road", "ipr.tip.updated").value(),
                StandardCharsets.UTF_8)).contains("\"addedEvidence\":[{\"kind\":\"mms\"")
                .contains("Media/ME2");
        assertThat(database.count("select count(*) from tip where tracking_number = ? and evidence @> ?::jsonb",
                number.replace("-", ""), "[{\"kind\": \"mms\", \"contentType\": \"image/jpeg\"}]")).isEqualTo(1);
        // The question is answered: the next text is more of the report again.
        assertThat(body(TwilioRequests.post("/twilio/sms",
                TwilioRequests.sms(newSid(), from, "they also sell fake Adidas")).statusCode(200)))
                .isEqualTo("Added to your report " + number + ".");
    }

    @Test
    void englishTextGetsAnEnglishReply() {
        Document reply = reply(TwilioRequests.post("/twilio/sms",
                TwilioRequests.sms(newSid(), newPhone(), "fake nike shoes sold at the night market")).statusCode(200));
        assertThat(reply.getElementsByTagName("Body").item(0).getTextContent()).contains("Tracking number");
    }

    @Test
    void furtherTextsWithinTheWindowJoinTheSameTipAndReachTheAgencyAsAnUpdate() {
        String from = newPhone();
        String first = body(TwilioRequests.post("/twilio/sms",
                TwilioRequests.sms(newSid(), from, "A former employee took our customer list")).statusCode(200));
        Matcher receipt = RECEIPT.matcher(first);
        assertThat(receipt.find()).isTrue();
        String trackingNumber = receipt.group(1);

        String second = body(TwilioRequests.post("/twilio/sms",
                TwilioRequests.sms(newSid(), from, "he now works for a competitor in Shenzhen")).statusCode(200));

        assertThat(second).isEqualTo("Added to your report " + trackingNumber + ".");
        assertThat(database.count("select count(*) from tip where reporter_phone = ?", from)).isEqualTo(1);
        assertThat(database.count("select count(*) from tip where reporter_phone = ? and text like '%competitor%'", from))
                .isEqualTo(1);
        await().atMost(Duration.ofSeconds(20)).until(() -> TopicReader.recordsMentioning("ipr.tips.samr", trackingNumber)
                .stream().anyMatch(record -> "ipr.tip.updated".equals(header(record, "ce_type"))));
    }

    @Test
    void aTextAfterTheDesksDecisionKeepsItAndDoesNotSendTheTipBackToTheDesk() {
        String from = newPhone();
        String number = reportByText(from, "Hello, I would like some help with a problem about my neighbour's shop");
        assertThat(database.count("select count(*) from tip where reporter_phone = ? and agencies = '{TRIAGE}'", from))
                .isEqualTo(1);
        deskDecides(number, "trademark", "The shop sells handbags with a copied logo");

        // Within the window of the reporter's first text, so more of the same report.
        assertThat(body(TwilioRequests.post("/twilio/sms", TwilioRequests.sms(newSid(), from, "thank you"))
                .statusCode(200))).isEqualTo("Added to your report " + number + ".");

        assertThat(database.count("""
                select count(*) from tip where reporter_phone = ? and agencies = '{SAMR}' and right_type = 'TRADEMARK'
                   and classified_by = 'triage-desk' and text like '%thank you'""", from)).isEqualTo(1);
        assertThat(new String(TopicReader.awaitEvent("ipr.tips.samr", "thank you", "ipr.tip.updated").value(),
                StandardCharsets.UTF_8)).contains("\"rightType\":\"trademark\"")
                .contains("\"classifiedBy\":\"triage-desk\"");
    }

    @Test
    void aTextAfterTheDeskClosedTheTipIsANewReportNotLostInTheClosedOne() {
        String from = newPhone();
        String number = reportByText(from, "Hello, is this the right number to ask about my phone bill?");
        deskDecides(number, "none", "A billing question");
        assertThat(database.count("select count(*) from tip where reporter_phone = ? and status = 'CLOSED'", from))
                .isEqualTo(1);

        // Within the window of the first text, but nobody reads a closed tip: this must be a new one.
        String reply = body(TwilioRequests.post("/twilio/sms", TwilioRequests.sms(newSid(), from,
                "Also: the shop by the station sells fake Nike shoes")).statusCode(200));

        assertThat(reply).doesNotContain(number).contains("Tracking number");
        assertThat(database.count("""
                select count(*) from tip where reporter_phone = ? and status <> 'CLOSED'
                   and text = 'Also: the shop by the station sells fake Nike shoes'""", from)).isEqualTo(1);
        assertThat(database.count("select count(*) from tip where tracking_number = ? and text like '%Nike%'",
                number.replace("-", ""))).isZero();
    }

    @Test
    void aTextArrivingWhileTheDeskClosesTheTipBecomesANewReport() throws Exception {
        String from = newPhone();
        String number = reportByText(from, "fake nike shoes sold at the night market");

        String reply = textedWhileTheDeskClosesIt(number, from, "and fake Adidas at the same stall");

        assertThat(reply).doesNotContain(number).contains("Tracking number");
        assertThat(database.count("select count(*) from tip where tracking_number = ? and text like '%Adidas%'",
                number.replace("-", ""))).isZero();
        assertThat(database.count("""
                select count(*) from tip where reporter_phone = ? and status <> 'CLOSED'
                   and text = 'and fake Adidas at the same stall'""", from)).isEqualTo(1);
    }

    @Test
    void anAnswerArrivingWhileTheDeskClosesTheTipIsANewReportNotLost() throws Exception {
        String from = newPhone();
        String number = reportByText(from, "fake nike shoes sold at the night market");
        try (AgencySystems samr = new AgencySystems()) {
            samr.send("samr", number, "info_requested", null, "Which night market, and on which days?");
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> database.count(
                "select count(*) from tip where tracking_number = ? and status = 'INFO_REQUESTED'",
                number.replace("-", "")) == 1);

        String reply = textedWhileTheDeskClosesIt(number, from, "The Binjiang Road market, Tuesdays and Fridays");

        // Not "your answer was passed to the agencies": nobody reads a closed tip.
        assertThat(reply).doesNotContain(number).contains("Tracking number");
        assertThat(database.count("""
                select count(*) from tip_reply r join tip t on t.id = r.tip_id where t.tracking_number = ?""",
                number.replace("-", ""))).isZero();
        assertThat(database.count("""
                select count(*) from tip where reporter_phone = ? and status <> 'CLOSED'
                   and text = 'The Binjiang Road market, Tuesdays and Fridays'""", from)).isEqualTo(1);
    }

    @Test
    void aThankYouAfterAnAgencysStepOnAnOlderReportIsANewMessage() {
        String from = newPhone();
        String number = reportByText(from, "fake nike shoes sold at the night market");
        // The report was texted twenty minutes ago; the agency accepts it now, and the reporter is told.
        database.update("""
                update sms_message set received_at = received_at - interval '20 minutes'
                 where tip_id = (select id from tip where reporter_phone = ?)""", from);
        try (AgencySystems samr = new AgencySystems()) {
            samr.send("samr", number, "accepted", null, null);
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> database.count("""
                select count(*) from tip_status_change c join tip t on t.id = c.tip_id
                 where t.reporter_phone = ? and c.status = 'ACCEPTED'""", from) == 1);

        String reply = body(TwilioRequests.post("/twilio/sms",
                TwilioRequests.sms(newSid(), from, "Thanks for letting me know about the night market")).statusCode(200));

        assertThat(reply).doesNotContain(number).contains("Tracking number");
        assertThat(database.count("select count(*) from tip where reporter_phone = ?", from)).isEqualTo(2);
        assertThat(database.count("select count(*) from tip where tracking_number = ? and text like '%Thanks%'",
                number.replace("-", ""))).isZero();
    }

    @Test
    void duplicateMessageSidCreatesNoSecondTip() {
        String from = newPhone();
        Map<String, String> message = TwilioRequests.sms(newSid(), from, "pirated copies of our textbook sold online");
        String first = body(TwilioRequests.post("/twilio/sms", message).statusCode(200));
        String again = body(TwilioRequests.post("/twilio/sms", message).statusCode(200));

        assertThat(again).isEqualTo(first);
        assertThat(database.count("select count(*) from tip where reporter_phone = ?", from)).isEqualTo(1);
    }

    @Test
    void picturesAreKeptAsEvidence() {
        String from = newPhone();
        Map<String, String> message = TwilioRequests.sms(newSid(), from, "counterfeit Chanel bags, see photo");
        message.put("NumMedia", "1");
        message.put("MediaUrl0", "https://api.twilio.com/2010-04-01/Accounts/AC0/Messages/MM1/Media/ME1");
        message.put("MediaContentType0", "image/jpeg");
        TwilioRequests.post("/twilio/sms", message).statusCode(200);

        assertThat(database.count("""
                select count(*) from tip where reporter_phone = ?
                   and evidence @> '[{"kind": "mms", "contentType": "image/jpeg"}]'""", from)).isEqualTo(1);
    }

    @Test
    void statusKeywordAnswersWithTheStatus() {
        String first = body(TwilioRequests.post("/twilio/sms",
                TwilioRequests.sms(newSid(), newPhone(), "cracked copies of our software for sale")).statusCode(200));
        Matcher receipt = RECEIPT.matcher(first);
        assertThat(receipt.find()).isTrue();

        String status = body(TwilioRequests.post("/twilio/sms", TwilioRequests.sms(newSid(), newPhone(),
                "STATUS " + receipt.group(1) + " " + receipt.group(2))).statusCode(200));
        assertThat(status).startsWith("Report " + receipt.group(1) + ": Passed to the agency")
                .contains("(National Copyright Administration)");

        String wrong = body(TwilioRequests.post("/twilio/sms", TwilioRequests.sms(newSid(), newPhone(),
                "查询 " + receipt.group(1) + " 00000000")).statusCode(200));
        assertThat(wrong).startsWith("没有找到");
    }

    @Test
    void helpKeywordExplainsAndStoresNothing() {
        long before = database.tips();
        assertThat(body(TwilioRequests.post("/twilio/sms", TwilioRequests.sms(newSid(), newPhone(), "HELP"))
                .statusCode(200))).contains("STATUS");
        assertThat(body(TwilioRequests.post("/twilio/sms", TwilioRequests.sms(newSid(), newPhone(), "帮助"))
                .statusCode(200))).contains("查询");
        assertThat(database.tips()).isEqualTo(before);
    }

    @Test
    void noMessageGoesToANumberThatOptedOut() throws Exception {
        String from = newPhone();
        String stopReply = TwilioRequests.post("/twilio/sms", TwilioRequests.sms(newSid(), from, "STOP"))
                .statusCode(200).extract().asString();
        assertThat(TwilioRequests.xml(stopReply).getElementsByTagName("Message").getLength()).isZero();

        long optedOut = database.count("select count(*) from outgoing_sms where last_error = 'the number opted out'");
        outgoing.queue(from, "Your report was accepted");
        await().atMost(Duration.ofSeconds(10)).until(() -> database.count(
                "select count(*) from outgoing_sms where last_error = 'the number opted out'") > optedOut);
        assertThat(FakeTwilioApi.REQUESTED_FOR).doesNotContain(from);

        TwilioRequests.post("/twilio/sms", TwilioRequests.sms(newSid(), from, "START")).statusCode(200);
        outgoing.queue(from, "Your report was accepted");
        await().atMost(Duration.ofSeconds(10)).until(() -> FakeTwilioApi.SENT.contains(
                new FakeTwilioApi.SentMessage(from, "+8612330000000", "Your report was accepted")));
    }

    @Test
    void forgedOrUnsignedRequestsAreRefusedAndStoreNothing() {
        long before = database.tips();
        double refusedBefore = rejectedWebhooks();
        Map<String, String> message = TwilioRequests.sms(newSid(), newPhone(), "fake nike shoes");
        given().contentType("application/x-www-form-urlencoded").formParams(message)
                .when().post("/twilio/sms").then().statusCode(403);
        given().contentType("application/x-www-form-urlencoded").formParams(message)
                .header("X-Twilio-Signature", "bm90IGEgc2lnbmF0dXJl")
                .when().post("/twilio/sms").then().statusCode(403);
        // Signed for another body: a tampered request.
        String signature = TwilioRequests.sign(TwilioRequests.PUBLIC_BASE_URL + "/twilio/sms", message);
        message.put("Body", "something else");
        given().contentType("application/x-www-form-urlencoded").formParams(message)
                .header("X-Twilio-Signature", signature)
                .when().post("/twilio/sms").then().statusCode(403);
        assertThat(database.tips()).isEqualTo(before);
        // Counted one by one, while the log says so at most once a minute.
        assertThat(rejectedWebhooks()).isEqualTo(refusedBefore + 3);
    }

    private static double rejectedWebhooks() {
        for (String line : given().get("/q/metrics").then().extract().asString().split("\n")) {
            if (line.startsWith("ipr_twilio_rejected_webhooks_total ")) {
                return Double.parseDouble(line.split(" ")[1]);
            }
        }
        return 0;
    }

    static Document reply(io.restassured.response.ValidatableResponse response) {
        return TwilioRequests.xml(response.extract().asString());
    }

    /** Texts a first report from {@code from}; its tracking number, read from the receipt. */
    private static String reportByText(String from, String text) {
        Matcher receipt = RECEIPT.matcher(body(TwilioRequests.post("/twilio/sms",
                TwilioRequests.sms(newSid(), from, text)).statusCode(200)));
        assertThat(receipt.find()).isTrue();
        return receipt.group(1);
    }

    /**
     * Texts {@code text} while the desk is closing the tip: the webhook has found the tip open and
     * waits for its row, which the desk holds until the tip is closed. The webhook's reply.
     */
    private String textedWhileTheDeskClosesIt(String number, String from, String text) throws Exception {
        try (Connection desk = dataSource.getConnection()) {
            desk.setAutoCommit(false);
            try (PreparedStatement lock = desk.prepareStatement("select id from tip where tracking_number = ? for update")) {
                lock.setString(1, number.replace("-", ""));
                lock.executeQuery().close();
            }
            CompletableFuture<String> reply = CompletableFuture.supplyAsync(() -> body(TwilioRequests.post("/twilio/sms",
                    TwilioRequests.sms(newSid(), from, text)).statusCode(200)));
            await().atMost(Duration.ofSeconds(20)).until(() -> database.count("""
                    select count(*) from pg_stat_activity
                     where wait_event_type = 'Lock' and query ilike '%from tip%'""") > 0);
            try (PreparedStatement close = desk.prepareStatement(
                    "update tip set status = 'CLOSED', version = version + 1 where tracking_number = ?")) {
                close.setString(1, number.replace("-", ""));
                assertThat(close.executeUpdate()).isEqualTo(1);
            }
            desk.commit();
            return reply.get(20, TimeUnit.SECONDS);
        }
    }

    /** The triage desk decides what the tip is, through the API. */
    private static void deskDecides(String number, String rightType, String note) {
        given().auth().preemptive().basic("triage-officer", "triage-password").contentType(ContentType.JSON)
                .body(Map.of("rightType", rightType, "note", note))
                .when().post("/api/v1/triage/tips/" + number + "/decision").then().statusCode(200);
    }

    static String body(io.restassured.response.ValidatableResponse response) {
        return reply(response).getElementsByTagName("Body").item(0).getTextContent();
    }

    static String newSid() {
        return "SM" + UUID.randomUUID().toString().replace("-", "");
    }

    static String newPhone() {
        return "+86138" + String.format("%08d", (long) (Math.random() * 100_000_000L));
    }

    static String header(ConsumerRecord<String, byte[]> record, String name) {
        return record.headers().lastHeader(name) == null ? null
                : new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

}
