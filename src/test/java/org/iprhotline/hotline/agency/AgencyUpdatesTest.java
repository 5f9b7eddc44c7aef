package org.iprhotline.hotline.agency;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

import org.iprhotline.hotline.infra.Database;
import org.iprhotline.hotline.infra.FakeTwilioApi;
import org.iprhotline.hotline.infra.TopicReader;
import org.iprhotline.hotline.web.PortalVisitor;

/** Agencies report back over Kafka exactly as their systems would: CloudEvents in binary mode. */
@QuarkusTest
class AgencyUpdatesTest {

    @Inject
    Database database;

    @AutoClose
    final AgencySystems agencies = new AgencySystems();

    @Test
    void aTipGoesFromReceiptToClosedByTheAgencysMessages() {
        ReportedTip tip = ReportedTip.submit("Counterfeit Chanel handbags with a fake logo are sold in a market");
        assertThat(tip.agencies).contains("SAMR");

        send("samr", tip.number, "accepted", null, "case opened");
        send("samr", tip.number, "in_progress", null, null);
        String noOutcome = send("samr", tip.number, "closed", null, "done");
        String noAmount = agencies.close("samr", tip.number, "penalty_imposed", null, "shop fined");
        String unknown = agencies.close("samr", tip.number, "sorted", null, null);
        agencies.close("samr", tip.number, "penalty_imposed", "50000.00", "goods seized, shop fined");

        await().atMost(Duration.ofSeconds(20)).until(() -> "closed".equals(tip.status().path("status")));
        assertThat(tip.status().<List<String>>path("history.status"))
                .containsExactly("received", "routed", "accepted", "in_progress", "closed");
        assertThat(tip.status().<String>path("history[4].note")).isEqualTo("goods seized, shop fined");
        assertThat(tip.status().<String>path("history[4].outcome")).isEqualTo("penalty_imposed");
        for (String refused : List.of(noOutcome, unknown)) {
            assertThat(database.count("select count(*) from agency_update where event_id = ? and outcome = 'REJECTED'"
                    + " and reason like 'closing takes an outcome, one of case_filed, penalty_imposed,%'", refused))
                    .isEqualTo(1);
        }
        assertThat(database.count("select count(*) from agency_update where event_id = ? and outcome = 'REJECTED'"
                + " and reason like 'penalty_imposed takes penaltyYuan%'", noAmount)).isEqualTo(1);
        assertThat(database.count("select count(*) from tip_status_change c join tip t on t.id = c.tip_id"
                + " where t.tracking_number = ? and c.status = 'CLOSED' and c.outcome = 'PENALTY_IMPOSED'"
                + " and c.penalty_yuan = 50000", tip.number.replace("-", ""))).isEqualTo(1);
    }

    @Test
    void anAcceptanceOrAClosingSentAgainIsNotCountedTwiceButAReopenedCaseClosesAgain() {
        ReportedTip tip = ReportedTip.submit("Counterfeit Chanel handbags with a fake logo are sold in a market");
        send("samr", tip.number, "info_requested", null, "Which market?");
        send("samr", tip.number, "accepted", null, "case opened");
        String acceptedAgain = send("samr", tip.number, "accepted", null, "case opened");
        agencies.close("samr", tip.number, "penalty_imposed", "50000", "shop fined");
        String again = agencies.close("samr", tip.number, "penalty_imposed", "50000", "shop fined");
        send("samr", tip.number, "in_progress", null, "the shop reopened under another name");
        String reopened = agencies.close("samr", tip.number, "case_filed", null, "second shop closed");

        await().atMost(Duration.ofSeconds(20)).until(() -> database.count(
                "select count(*) from agency_update where event_id = ? and outcome = 'APPLIED'", reopened) == 1);
        assertThat(database.count("select count(*) from agency_update where event_id = ? and outcome = 'REJECTED'"
                + " and reason like 'SAMR closed its part on % (penalty_imposed): a closing is counted once%'", again))
                .isEqualTo(1);
        assertThat(database.count("select count(*) from agency_update where event_id = ? and outcome = 'REJECTED'"
                + " and reason like 'SAMR accepted the tip on %: an acceptance is counted once%'", acceptedAgain))
                .isEqualTo(1);
        assertThat(tip.status().<List<String>>path("history.status")).containsExactly("received", "routed",
                "info_requested", "accepted", "closed", "in_progress", "closed");
        assertThat(tip.status().<List<String>>path("byAgency.outcome")).containsExactly("case_filed");
        assertThat(database.count("select count(*) from tip_status_change c join tip t on t.id = c.tip_id"
                + " where t.tracking_number = ? and c.penalty_yuan is not null", tip.number.replace("-", "")))
                .isEqualTo(1);
    }

    @Test
    void aTipHeldByTwoAgenciesStaysOpenUntilBothHaveClosedAndShowsBothOutcomes() {
        ReportedTip tip = ReportedTip.submit(
                "Counterfeit trademark Nike shoes are exported through the port of Ningbo in containers");
        assertThat(tip.agencies).containsExactly("SAMR", "GAC");

        agencies.close("samr", tip.number, "penalty_imposed", "80000", "shop fined");
        await().atMost(Duration.ofSeconds(20)).until(() -> "closed".equals(tip.status().path("byAgency[0].status")));
        ExtractableResponse<Response> half = tip.status();
        assertThat(half.<String>path("status")).isEqualTo("routed");
        assertThat(half.<String>path("byAgency[0].outcome")).isEqualTo("penalty_imposed");
        assertThat(half.<Float>path("byAgency[0].penaltyYuan")).isEqualTo(80000f);
        assertThat(half.<String>path("byAgency[1].agency")).isEqualTo("GAC");
        assertThat(half.<String>path("byAgency[1].status")).isEqualTo("routed");
        assertThat(half.<String>path("byAgency[1].acceptBy")).isNotNull();

        agencies.close("gac", tip.number, "case_filed", null, "containers held at the port");
        await().atMost(Duration.ofSeconds(20)).until(() -> "closed".equals(tip.status().path("status")));
        assertThat(tip.status().<List<String>>path("byAgency.outcome")).containsExactly("penalty_imposed", "case_filed");

        Document page = Jsoup.parse(new PortalVisitor("zh").checkCase(tip.number, tip.code).asString());
        assertThat(page.select("#by-agency tbody tr")).extracting(Element::text).containsExactly(
                "国家市场监督管理总局 已办结 已作出行政处罚", "海关总署 已办结 已立案");
    }

    @Test
    void aTransferToAnAgencyAlreadyHoldingTheTipIsRefused() {
        ReportedTip tip = ReportedTip.submit(
                "Counterfeit trademark Nike shoes are exported through the port of Ningbo in containers");
        assertThat(tip.agencies).containsExactly("SAMR", "GAC");

        String toCustoms = send("samr", tip.number, "transferred", "GAC", "customs handles it");

        await().atMost(Duration.ofSeconds(20)).until(() -> database.count(
                "select count(*) from agency_update where event_id = ? and outcome = 'REJECTED'"
                        + " and reason = 'GAC already holds this tip: SAMR closes its own part instead of transferring it'",
                toCustoms) == 1);
        assertThat(tip.status().<List<String>>path("byAgency.agency")).containsExactly("SAMR", "GAC");
        assertThat(tip.status().<List<String>>path("history.status")).containsExactly("received", "routed");
        assertThat(database.count("""
                select count(*) from outbox_event e join tip t on t.id = e.aggregate_id
                 where t.tracking_number = ? and e.event_type = 'ipr.tip.transferred'""",
                tip.number.replace("-", ""))).isZero();
    }

    @Test
    void anUpdateFromAnAgencyThatDoesNotHoldTheTipChangesNothing() {
        ReportedTip tip = ReportedTip.submit("Counterfeit Chanel handbags with a fake logo are sold in a market");
        String wrong = send("cnipa", tip.number, "closed", null, "not ours to close");
        send("samr", tip.number, "accepted", null, null);

        await().atMost(Duration.ofSeconds(20)).until(() -> "accepted".equals(tip.status().path("status")));
        assertThat(tip.status().<List<String>>path("history.status")).doesNotContain("closed");
        assertThat(database.count("select count(*) from agency_update where event_id = ? and outcome = 'REJECTED'"
                + " and reason like 'CNIPA does not hold%'", wrong)).isEqualTo(1);
    }

    @Test
    void anAgencyCannotSpeakForAnotherOnItsOwnTopic() {
        ReportedTip tip = ReportedTip.submit("Counterfeit Chanel handbags with a fake logo are sold in a market");
        assertThat(tip.agencies).containsExactly("SAMR");
        // CNIPA's system writes on its own topic but names SAMR, which holds the tip.
        String spoofed = UUID.randomUUID().toString();
        agencies.publishOn("ipr.agency.updates.cnipa", spoofed, "samr",
                "{\"trackingNumber\": \"" + tip.number + "\", \"status\": \"closed\"}");
        send("samr", tip.number, "accepted", null, null);

        await().atMost(Duration.ofSeconds(20)).until(() -> database.count(
                "select count(*) from agency_update where event_id = ? and outcome = 'REJECTED' and agency = 'CNIPA'"
                        + " and reason like 'the event''s source names SAMR%'", spoofed) == 1
                && "accepted".equals(tip.status().path("status")));
        assertThat(tip.status().<List<String>>path("history.status")).containsExactly("received", "routed", "accepted");
    }

    @Test
    void aDuplicateEventIsAppliedOnceAndMalformedRecordsDoNotBlockTheRest() {
        ReportedTip tip = ReportedTip.submit("Counterfeit Chanel handbags with a fake logo are sold in a market");
        String id = UUID.randomUUID().toString();
        agencies.sendWithId(id, "samr", tip.number, "accepted", null, null);
        agencies.sendWithId(id, "samr", tip.number, "accepted", null, null);
        agencies.sendJunk("ipr.agency.updates.samr", "junk", "not a cloud event".getBytes());
        agencies.publish(UUID.randomUUID().toString(), "samr", "{\"trackingNumber\": 42, \"status\": \"sleeping\"}");
        send("samr", tip.number, "in_progress", null, null);

        await().atMost(Duration.ofSeconds(20)).until(() -> "in_progress".equals(tip.status().path("status")));
        assertThat(tip.status().<List<String>>path("history.status"))
                .containsExactly("received", "routed", "accepted", "in_progress");
    }

    @Test
    void aTransferReachesTheSecondAgencyAndTheFirstNoLongerHoldsTheTip() {
        ReportedTip tip = ReportedTip.submit("Counterfeit Chanel handbags with a fake logo are sold in a market");
        send("samr", tip.number, "transferred", "CNIPA", "the complaint is about a design patent");

        await().atMost(Duration.ofSeconds(20)).until(() -> TopicReader.recordsMentioning("ipr.tips.cnipa", tip.number)
                .stream().anyMatch(record -> "ipr.tip.transferred".equals(
                        new String(record.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8))));
        assertThat(tip.status().<List<String>>path("agencies")).contains("CNIPA").doesNotContain("SAMR");

        String late = agencies.close("samr", tip.number, "no_infringement", null, null);
        send("cnipa", tip.number, "accepted", null, null);
        await().atMost(Duration.ofSeconds(20)).until(() -> "accepted".equals(tip.status().path("status")));
        assertThat(database.count("select count(*) from agency_update where event_id = ? and outcome = 'REJECTED'",
                late)).isEqualTo(1);
    }

    @Test
    void aReporterWhoTextedIsToldByTextMessage() {
        String phone = "+86137" + String.format("%08d", (long) (Math.random() * 100_000_000L));
        String reply = org.iprhotline.hotline.twilio.SignedSms.send(phone, "fake nike shoes sold at the night market");
        String number = reply.replaceAll("(?s).*Tracking number ([0-9A-Z-]{14}).*", "$1");

        send("samr", number, "accepted", null, null);

        await().atMost(Duration.ofSeconds(20)).until(() -> FakeTwilioApi.SENT.stream()
                .anyMatch(sent -> phone.equals(sent.to()) && sent.body().contains(number)
                        && sent.body().contains("Accepted by the agency (State Administration for Market Regulation)")));

        // Progress reported twice is told once: the second message would say the same.
        long queued = database.count("select count(*) from outgoing_sms");
        String working = send("samr", number, "in_progress", null, "stall watched");
        await().atMost(Duration.ofSeconds(20)).until(() -> applied(working));
        assertThat(database.count("select count(*) from outgoing_sms")).isEqualTo(queued + 1);
        String stillWorking = send("samr", number, "in_progress", null, "test purchase made");
        await().atMost(Duration.ofSeconds(20)).until(() -> applied(stillWorking));
        assertThat(database.count("select count(*) from outgoing_sms")).isEqualTo(queued + 1);

        agencies.close("samr", number, "penalty_imposed", "5000", "stall fined");
        await().atMost(Duration.ofSeconds(20)).until(() -> FakeTwilioApi.SENT.stream()
                .anyMatch(sent -> phone.equals(sent.to()) && sent.body().equals("Report " + number
                        + ": State Administration for Market Regulation has closed its part: penalty imposed."
                        + " Every agency has now closed it.")));
    }

    private String send(String agency, String trackingNumber, String status, String transferTo, String note) {
        return agencies.send(agency, trackingNumber, status, transferTo, note);
    }

    private boolean applied(String eventId) {
        return database.count("select count(*) from agency_update where event_id = ? and outcome = 'APPLIED'",
                eventId) == 1;
    }

    /** A tip posted through the API, with what its reporter holds. */
    static final class ReportedTip {

        final String number;
        final String code;
        final List<String> agencies;

        private ReportedTip(ExtractableResponse<Response> receipt) {
            this.number = receipt.path("trackingNumber");
            this.code = receipt.path("accessCode");
            this.agencies = receipt.path("agencies");
        }

        static ReportedTip submit(String text) {
            return new ReportedTip(given().contentType(ContentType.JSON).body(Map.of("text", text))
                    .when().post("/api/v1/tips").then().statusCode(201).extract());
        }

        static ReportedTip submit(String text, boolean foreignInvested) {
            return new ReportedTip(given().contentType(ContentType.JSON)
                    .body(Map.of("text", text, "foreignInvested", foreignInvested))
                    .when().post("/api/v1/tips").then().statusCode(201).extract());
        }

        ExtractableResponse<Response> status() {
            return given().header("X-Access-Code", code).when().get("/api/v1/tips/" + number)
                    .then().statusCode(200).extract();
        }
    }
}
