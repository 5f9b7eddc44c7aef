package org.iprhotline.hotline.agency;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import org.iprhotline.hotline.agency.AgencyUpdatesTest.ReportedTip;
import org.iprhotline.hotline.infra.Database;
import org.iprhotline.hotline.infra.TopicReader;

/**
 * A month of an agency's work, as the office receives it: tips reported and handled, moved back to
 * March 2026; the report drafted on 1 April, the reminder three working days before it is due, one
 * agency submitting on the last working day before the 15th, the others escalated, then submitting
 * late by HTTP and by an event on their topic.
 */
@QuarkusTest
class MonthlyReportTest {

    private static final YearMonth MARCH = YearMonth.of(2026, 3);
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final String NEEDLE = "\"month\":\"2026-03\"";

    @Inject
    Database database;

    @Inject
    MonthlyReportJob job;

    @Inject
    MonthlyReports reports;

    @AutoClose
    final AgencySystems agencies = new AgencySystems();

    @Test
    void aMonthOfWorkIsDraftedRemindedSubmittedOnTimeOrLateAndEscalatedWhenMissing() {
        ReportedTip fined = ReportedTip.submit("Counterfeit Chanel handbags with a fake logo are sold in a market in Guangzhou", true);
        ReportedTip unfounded = ReportedTip.submit("Counterfeit Nike shoes with a fake logo are sold in a shop in Putian", false);
        ReportedTip referred = ReportedTip.submit("Counterfeit Rolex watches with a fake logo are sold at a stall in Shenzhen", false);
        assertThat(List.of(fined.agencies, unfounded.agencies, referred.agencies)).allSatisfy(
                holders -> assertThat(holders).containsExactly("SAMR"));
        agencies.send("samr", fined.number, "accepted", null, "case opened");
        agencies.close("samr", fined.number, "penalty_imposed", "20000", "shop fined");
        agencies.send("samr", unfounded.number, "accepted", null, null);
        agencies.close("samr", unfounded.number, "no_infringement", null, "the stock was genuine");
        agencies.send("samr", referred.number, "accepted", null, null);
        agencies.send("samr", referred.number, "referred", null, "a store room of 9,000 watches");
        await().atMost(Duration.ofSeconds(20)).until(() -> "closed".equals(fined.status().path("status"))
                && "closed".equals(unfounded.status().path("status"))
                && referred.status().<List<String>>path("history.status").contains("referred"));
        agencies.send("mps", referred.number, "referral_accepted", null, "case filed");
        await().atMost(Duration.ofSeconds(20)).until(() -> referred.status().<List<String>>path("history.status")
                .contains("referral_accepted"));
        for (ReportedTip tip : List.of(fined, unfounded, referred)) {
            intoMidMarch(tip.number);
        }

        // 1 April: every agency's report is drafted and sent to it.
        job.run(at("2026-04-01T09:00"));
        assertThat(database.count("select count(*) from monthly_report where month = date '2026-03-01'"))
                .isEqualTo(reports.reportingAgencies().size());
        TopicReader.awaitEvent("ipr.tips.samr", NEEDLE, MonthlyReports.DRAFTED);

        JsonPath samr = given().auth().preemptive().basic("samr-officer", "samr-password")
                .get("/api/v1/reports/monthly/2026-03/SAMR").then().statusCode(200).extract().jsonPath();
        assertThat(samr.getString("status.dueAt")).isEqualTo("2026-04-14T16:00:00Z"); // end of Tuesday 14 April in Beijing
        assertThat(samr.getMap("figures.total")).containsEntry("received", 3).containsEntry("accepted", 3)
                .containsEntry("transferred", 0).containsEntry("referredToPolice", 1).containsEntry("referralsAccepted", 1)
                .containsEntry("closed", 2).containsEntry("penalties", 1).containsEntry("overdue", 0);
        assertThat(samr.getDouble("figures.total.penaltyYuan")).isEqualTo(20000.0);
        assertThat(samr.getMap("figures.total.closedByOutcome")).containsEntry("penalty_imposed", 1)
                .containsEntry("no_infringement", 1).containsEntry("settled", 0);
        assertThat(samr.getInt("figures.byForeignInvested.true.received")).isEqualTo(1);
        assertThat(samr.getInt("figures.byForeignInvested.false.received")).isEqualTo(2);
        assertThat(samr.getInt("figures.byRightType.trademark.closed")).isEqualTo(2);
        JsonPath mps = given().auth().preemptive().basic("coordinator", "coordinator-password")
                .get("/api/v1/reports/monthly/2026-03/MPS").then().statusCode(200).extract().jsonPath();
        assertThat(mps.getInt("figures.total.received")).isEqualTo(1);

        String csv = given().auth().preemptive().basic("samr-officer", "samr-password").accept("text/csv")
                .get("/api/v1/reports/monthly/2026-03/SAMR").then().statusCode(200).extract().asString();
        assertThat(csv.lines().toList().get(1)).startsWith("SAMR,2026-03,total,,3,3,0,1,1,0,2,").endsWith(",1,20000.00,0");
        Document page = Jsoup.parse(given().auth().preemptive().basic("samr-officer", "samr-password")
                .get("/reports/monthly/2026-03/SAMR").then().statusCode(200).extract().asString());
        assertThat(page.select("#outcomes tr").eachText()).contains("已作出行政处罚 penalty imposed 1");
        assertThat(page.select("#total tr").eachText()).contains("罚没金额（元） Penalties, yuan 20000.00");
        assertThat(page.select("#submitted").text()).contains("未报送");

        // Another agency's report is not for CNIPA's staff to read or submit.
        given().auth().preemptive().basic("cnipa-officer", "cnipa-password").get("/api/v1/reports/monthly/2026-03/SAMR")
                .then().statusCode(403);
        given().auth().preemptive().basic("cnipa-officer", "cnipa-password").contentType(ContentType.JSON).body("{}")
                .post("/api/v1/reports/monthly/2026-03/SAMR/submission").then().statusCode(403);
        // The printable page refuses as a page, in both languages, never as JSON a browser shows raw.
        assertThat(refusal("cnipa-officer", "cnipa-password", "/reports/monthly/2026-03/SAMR", 403))
                .contains("只有 SAMR 的国家级机构和协调员可以查看其报告", "Only SAMR's national desk and coordinators");
        assertThat(refusal("coordinator", "coordinator-password", "/reports/monthly/1999-03/SAMR", 404))
                .contains("SAMR 1999-03 的报告尚未起草", "No report of SAMR for 1999-03 has been drafted.");
        assertThat(refusal("coordinator", "coordinator-password", "/reports/monthly/March/SAMR", 400))
                .contains("月份的写法为 YYYY-MM", "The month is written YYYY-MM");
        assertThat(refusal("coordinator", "coordinator-password", "/reports/monthly/2026-03/%E2%80%AEXYZ", 404))
                .isEqualTo("路由表中没有这个机构代码。 No agency of the routing table has this code.");

        // Reminded three working days before the due date, not earlier.
        job.run(at("2026-04-08T09:00"));
        assertThat(database.count("select count(*) from monthly_report where month = date '2026-03-01'"
                + " and reminded_at is not null")).isZero();
        job.run(at("2026-04-09T09:00"));
        TopicReader.awaitEvent("ipr.tips.cnipa", NEEDLE, MonthlyReports.REMINDER);

        // CNIPA submits on the last working day before the 15th, in time.
        MonthlyReports.Submission onTime = reports.submit("CNIPA", MARCH, "cnipa-officer", MonthlyReports.Via.HTTP, null,
                at("2026-04-14T17:30"));
        assertThat(onTime).isInstanceOfSatisfying(MonthlyReports.Submitted.class,
                submitted -> assertThat(submitted.status().late()).isFalse());

        // The 15th: the office hears of every report still missing, and of none twice.
        job.run(at("2026-04-15T09:00"));
        job.run(at("2026-04-15T10:00"));
        TopicReader.awaitEvent("ipr.tips.office", "\"agency\":\"SAMR\"," + NEEDLE, MonthlyReports.OVERDUE);
        TopicReader.awaitEvent("ipr.tips.office", "\"agency\":\"CNIPA\"," + NEEDLE, MonthlyReports.SUBMITTED);
        assertThat(TopicReader.typesMentioning("ipr.tips.office", "\"agency\":\"CNIPA\"," + NEEDLE)).doesNotContain(MonthlyReports.OVERDUE);
        TopicReader.awaitEvent("ipr.tips.office", "\"agency\":\"GAC\"," + NEEDLE, MonthlyReports.OVERDUE);
        assertThat(TopicReader.typesMentioning("ipr.tips.office", "\"agency\":\"GAC\"," + NEEDLE)).containsOnlyOnce(MonthlyReports.OVERDUE);

        // SAMR submits late by HTTP, with a note; once only.
        given().auth().preemptive().basic("samr-officer", "samr-password").contentType(ContentType.JSON)
                .body(Map.of("note", "The referral of the watch stall is with the Shenzhen bureau."))
                .post("/api/v1/reports/monthly/2026-03/SAMR/submission").then().statusCode(200)
                .body("late", equalTo(true)).body("submittedBy", equalTo("samr-officer"));
        given().auth().preemptive().basic("samr-officer", "samr-password").contentType(ContentType.JSON).body("{}")
                .post("/api/v1/reports/monthly/2026-03/SAMR/submission").then().statusCode(409)
                .body("detail", containsString("samr-officer"));
        String submitted = new String(TopicReader.awaitEvent("ipr.tips.office", "\"agency\":\"SAMR\"," + NEEDLE,
                MonthlyReports.SUBMITTED).value(), StandardCharsets.UTF_8);
        assertThat(submitted).contains("\"late\":true", "watch stall", "\"penaltyYuan\":20000.00");

        // GAC's system submits by an event on its updates topic; a submission for an undrafted month is refused.
        agencies.submitReport("gac", "{\"month\": \"2026-03\", \"note\": \"no cases at the border this month\"}");
        String undrafted = agencies.submitReport("gac", "{\"month\": \"2031-01\"}");
        await().atMost(Duration.ofSeconds(20)).until(() -> database.count("select count(*) from monthly_report"
                + " where agency = 'GAC' and month = date '2026-03-01' and submitted_via = 'KAFKA'") == 1
                && database.count("select count(*) from agency_record_rejected where event_id = ?"
                        + " and reason = 'no report of GAC for 2031-01 is drafted'", undrafted) == 1);

        // What the office sees.
        JsonPath overview = given().auth().preemptive().basic("coordinator", "coordinator-password")
                .get("/api/v1/reports/monthly/2026-03").then().statusCode(200).extract().jsonPath();
        assertThat(overview.getList("agency")).hasSize(reports.reportingAgencies().size());
        assertThat(overview.getBoolean("find { it.agency == 'CNIPA' }.late")).isFalse();
        assertThat(overview.getString("find { it.agency == 'SAMR' }.submittedVia")).isEqualTo("http");
        assertThat(overview.getString("find { it.agency == 'GAC' }.submittedVia")).isEqualTo("kafka");
        assertThat(overview.getString("find { it.agency == 'NFGA' }.submittedAt")).isNull();
        assertThat(overview.getString("find { it.agency == 'NFGA' }.escalatedAt")).isNotNull();
        given().auth().preemptive().basic("samr-officer", "samr-password").get("/api/v1/reports/monthly/2026-03")
                .then().statusCode(403);
        given().auth().preemptive().basic("coordinator", "coordinator-password").get("/api/v1/reports/monthly/March")
                .then().statusCode(400).contentType("application/problem+json");
    }

    /** Moves a tip, its history and its referral to the middle of March 2026, keeping their order. */
    @Test
    void twoRunsAtOnceAsOnTwoReplicasTellTheOfficeOfEachMissingReportOnce() throws Exception {
        YearMonth november = YearMonth.of(2025, 11);
        reports.draft(november, at("2025-12-01T09:00"));
        var start = new CountDownLatch(1);
        var runs = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> both = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                both.add(runs.submit(() -> {
                    start.await();
                    return reports.remind(at("2025-12-20T09:00"), 3);
                }));
            }
            start.countDown();
            for (Future<Integer> run : both) {
                run.get(60, TimeUnit.SECONDS);
            }
        } finally {
            runs.shutdownNow();
        }
        assertThat(database.count("""
                select count(*) from outbox_event where event_type = ? and payload like '%"month":"2025-11"%'""",
                MonthlyReports.OVERDUE)).isEqualTo(reports.reportingAgencies().size());
    }

    private void intoMidMarch(String number) {
        String shift = "now() - timestamptz '2026-03-16 10:00+08'";
        String tip = "(select id from tip where tracking_number = ?)";
        String id = number.replace("-", "");
        database.update("update tip_status_change set changed_at = changed_at - (" + shift + ") where tip_id = " + tip, id);
        database.update("update tip set received_at = received_at - (" + shift + ") where id = " + tip, id);
        database.update("update criminal_referral set referred_at = referred_at - (" + shift + "),"
                + " answered_at = answered_at - (" + shift + ") where tip_id = " + tip, id);
    }

    private static Instant at(String beijingTime) {
        return LocalDateTime.parse(beijingTime).atZone(CHINA).toInstant();
    }

    /** The reason a report page gives for not showing a report, checked to come as HTML with the status. */
    private static String refusal(String user, String password, String path, int status) {
        String page = given().urlEncodingEnabled(false).auth().preemptive().basic(user, password).get(path)
                .then().statusCode(status).contentType(startsWith("text/html")).extract().asString();
        return Jsoup.parse(page).select("#refused").text();
    }
}
