package org.iprhotline.hotline.agency;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import org.iprhotline.hotline.infra.Database;
import org.iprhotline.hotline.infra.TopicReader;

@QuarkusTest
class CoordinationTest {

    private static final String MONTH = YearMonth.now(ZoneId.of("Asia/Shanghai")).toString();

    @Inject
    Database database;

    @Inject
    AgroalDataSource dataSource;

    @AutoClose
    final AgencySystems agencies = new AgencySystems();

    @Inject
    OverdueReminders reminders;

    @Inject
    ReportFigures figures;

    @Test
    void healthShowsHowLongTheHolidayCalendarLastsAndWarnsBeforeItEnds() {
        long daysLeft = java.time.temporal.ChronoUnit.DAYS.between(java.time.LocalDate.now(ZoneId.of("Asia/Shanghai")),
                java.time.LocalDate.of(2026, 12, 31));
        boolean warned = daysLeft < 60;
        given().get("/q/health/well").then().statusCode(warned ? 503 : 200)
                .body("checks.find { it.name == 'holiday-calendar' }.status", equalTo(warned ? "DOWN" : "UP"))
                .body("checks.find { it.name == 'holiday-calendar' }.data.covered-until", equalTo("2026-12-31"))
                .body("checks.find { it.name == 'holiday-calendar' }.data.days-left", equalTo((int) daysLeft));
        // A warning for operators, never a reason to stop sending traffic.
        given().get("/q/health/ready").then().statusCode(200);
        // The same days for the alert that tells them.
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("\nipr_holiday_calendar_days_left " + daysLeft + ".0\n"));
    }

    @Test
    void statisticsNeedCredentials() {
        given().when().get("/api/v1/statistics/monthly?month=" + MONTH)
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Basic"));
        given().auth().preemptive().basic("coordinator", "wrong").when().get("/api/v1/statistics/monthly")
                .then().statusCode(401);
        given().auth().preemptive().basic("samr-officer", "samr-password")
                .when().get("/api/v1/statistics/monthly?month=" + MONTH)
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void theMonthsFiguresCountTheTipsPerAgencyRightTypeAndChannel() {
        JsonPath before = monthly();
        submit("A former employee took our customer list to a competitor", true);
        submit("Pirated copies of our textbook are sold online", false);

        JsonPath after = monthly();
        assertThat(after.getLong("received")).isEqualTo(before.getLong("received") + 2);
        assertThat(count(after, "rightType", "trade_secret", "received"))
                .isEqualTo(count(before, "rightType", "trade_secret", "received") + 1);
        assertThat(count(after, "agency", "SAMR", "received")).isEqualTo(count(before, "agency", "SAMR", "received") + 1);
        assertThat(count(after, "agency", "NCAC", "received")).isEqualTo(count(before, "agency", "NCAC", "received") + 1);
        assertThat(count(after, "channel", "api", "received")).isEqualTo(count(before, "channel", "api", "received") + 2);
        assertThat(count(after, "foreignInvested", "true", "received"))
                .isEqualTo(count(before, "foreignInvested", "true", "received") + 1);

        String csv = given().auth().preemptive().basic("coordinator", "coordinator-password")
                .when().get("/api/v1/statistics/monthly?month=" + MONTH + "&format=csv")
                .then().statusCode(200).contentType(containsString("text/csv")).extract().asString();
        assertThat(csv).startsWith("month,dimension,key,received,accepted,transferred,closed,overdue")
                .contains(MONTH + ",rightType,trade_secret,");
    }

    @Test
    void theMonthsFiguresSplitByProvinceAndTheClosingsByOutcome() {
        JsonPath before = monthly();
        String number = given().contentType(ContentType.JSON)
                .body(Map.of("text", "A shop sells counterfeit trademark Nike shoes with a fake logo", "region", "440303"))
                .when().post("/api/v1/tips").then().statusCode(201).extract().path("trackingNumber");
        submit("A shop sells counterfeit trademark Nike shoes with a fake logo", false);
        agencies.close("samr", number, "penalty_imposed", "30000", "fined");
        await().atMost(Duration.ofSeconds(20)).until(() -> closings(monthly(), "44", "penalty_imposed")
                == closings(before, "44", "penalty_imposed") + 1);

        JsonPath after = monthly();
        assertThat(count(after, "province", "44", "received")).isEqualTo(count(before, "province", "44", "received") + 1);
        assertThat(count(after, "province", "44", "closed")).isEqualTo(count(before, "province", "44", "closed") + 1);
        assertThat(count(after, "province", "none", "received"))
                .isEqualTo(count(before, "province", "none", "received") + 1);
        String page = given().auth().preemptive().basic("coordinator", "coordinator-password")
                .when().get("/coordinators/statistics?month=" + MONTH).then().statusCode(200).extract().asString();
        assertThat(page).contains("By province", "44 Guangdong", "Closings by province and outcome", "penalty imposed");
        assertThat(given().auth().preemptive().basic("coordinator", "coordinator-password")
                .when().get("/coordinators/statistics?lang=zh&month=" + MONTH).then().statusCode(200).extract().asString())
                .contains("<html lang=\"zh\">", MONTH + " 月度统计", "按省份", "44 广东省", "按省份和办理结果统计的办结",
                        "已作出行政处罚");
    }

    @Test
    void coordinatorsSeeTheFiguresAsAPageWithCharts() {
        submit("Pirated copies of our textbook are sold online", false);
        String page = given().auth().preemptive().basic("coordinator", "coordinator-password")
                .when().get("/coordinators/statistics?month=" + MONTH)
                .then().statusCode(200).contentType(containsString("text/html")).extract().asString();
        assertThat(page).contains("<html lang=\"en\">", "Monthly figures: " + MONTH, "By agency",
                "National Copyright Administration (NCAC)", "<svg");
        given().when().get("/coordinators/statistics").then().statusCode(401);
        given().auth().preemptive().basic("samr-officer", "samr-password").when().get("/coordinators/statistics")
                .then().statusCode(403);
    }

    @Test
    void whileEveryTurnToCountIsTakenTheFiguresAreRefusedNotQueued() throws Exception {
        // Two other replicas counting: both turns held until this transaction ends.
        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            try (Statement statement = other.createStatement()) {
                statement.execute("select pg_advisory_xact_lock(12330, 100), pg_advisory_xact_lock(12330, 101)");
            }
            given().auth().preemptive().basic("coordinator", "coordinator-password")
                    .when().get("/api/v1/statistics/monthly?month=" + MONTH)
                    .then().statusCode(503).contentType("application/problem+json").header("Retry-After", "15")
                    .body("detail", containsString("counted for 2 other requests"));
            // The page says so in its own words, as a page, with a way to try again.
            String page = given().auth().preemptive().basic("coordinator", "coordinator-password")
                    .when().get("/coordinators/statistics?lang=en&month=" + MONTH)
                    .then().statusCode(503).contentType(startsWith("text/html")).header("Retry-After", "15")
                    .extract().asString();
            assertThat(Jsoup.parse(page).select("#refused").text())
                    .isEqualTo("Figures are being counted for 2 other requests just now. Nothing was counted for "
                            + "yours; please reload this page in 15 seconds.");
            assertThat(Jsoup.parse(page).select("#retry").attr("href")).isEqualTo("/coordinators/statistics?month=" + MONTH);
            other.rollback();
        }
        given().auth().preemptive().basic("coordinator", "coordinator-password")
                .when().get("/api/v1/statistics/monthly?month=" + MONTH)
                .then().statusCode(200).body("month", equalTo(MONTH));
    }

    @Test
    void aBadMonthIsA400() {
        // Signed years of five to nine digits are months to YearMonth.parse, and to no database.
        for (String month : List.of("November", "%2B999999999-12", "%2B10000-01", "0000-01", "2026-1", "2026-13")) {
            given().urlEncodingEnabled(false).auth().preemptive().basic("coordinator", "coordinator-password")
                    .when().get("/api/v1/statistics/monthly?month=" + month)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("detail", containsString("YYYY-MM"));
            String page = given().urlEncodingEnabled(false).auth().preemptive()
                    .basic("coordinator", "coordinator-password")
                    .when().get("/coordinators/statistics?lang=zh&month=" + month)
                    .then().statusCode(400).contentType(startsWith("text/html")).extract().asString();
            assertThat(Jsoup.parse(page).select("#refused").text()).isEqualTo("月份的写法为 YYYY-MM，例如 2026-11。");
        }
        given().auth().preemptive().basic("coordinator", "coordinator-password")
                .when().get("/api/v1/statistics/monthly?month=9999-12").then().statusCode(200);
    }

    @Test
    void staffSeeOnlyTheirAgencysTips() {
        String patent = submit("Our patented pump ZL201920123456.5 is copied exactly by a competitor", false);
        String copyright = submit("Pirated copies of our textbook are sold online", false);

        List<String> cnipa = given().auth().preemptive().basic("cnipa-officer", "cnipa-password")
                .when().get("/api/v1/agency/tips?limit=500").then().statusCode(200).extract().path("trackingNumber");
        assertThat(cnipa).contains(patent).doesNotContain(copyright);
        List<String> all = given().auth().preemptive().basic("coordinator", "coordinator-password")
                .when().get("/api/v1/agency/tips?limit=500").then().statusCode(200).extract().path("trackingNumber");
        assertThat(all).contains(patent, copyright);
        given().when().get("/api/v1/agency/tips").then().statusCode(401);
    }

    @Test
    void aTipPastItsAcceptanceDeadlineIsListedCountedAndRemindedAbout() {
        String number = submit("Counterfeit Chanel handbags with a fake logo are sold in a market", false);
        // The tip was routed forty days ago and no agency has accepted it.
        routedDaysAgo(number, 40);

        assertThat(reminders.remind()).isPositive();

        List<String> overdue = given().auth().preemptive().basic("coordinator", "coordinator-password")
                .when().get("/api/v1/coordination/overdue").then().statusCode(200).extract().path("trackingNumber");
        assertThat(overdue).contains(number);
        await().atMost(Duration.ofSeconds(20)).until(() -> TopicReader.recordsMentioning("ipr.tips.samr", number)
                .stream().anyMatch(record -> "ipr.tip.reminder".equals(
                        new String(record.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8))));
        assertThat(reminders.remind()).as("reminded at most once a week").isZero();
        assertThat(TopicReader.recordsMentioning("ipr.tips.office", number)).as("not overdue long enough").isEmpty();
    }

    @Test
    void twoRunsAtOnceAsOnTwoReplicasRemindEachTipOnce() throws Exception {
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String number = submit("Counterfeit Chanel handbags with a fake logo, stall " + i + " of the night market", false);
            routedDaysAgo(number, 40);
            numbers.add(number);
        }
        var start = new CountDownLatch(1);
        var runs = Executors.newFixedThreadPool(2);
        try {
            var first = runs.submit(() -> {
                start.await();
                return reminders.remind();
            });
            var second = runs.submit(() -> {
                start.await();
                return reminders.remind();
            });
            start.countDown();
            first.get(60, TimeUnit.SECONDS);
            second.get(60, TimeUnit.SECONDS);
        } finally {
            runs.shutdownNow();
        }
        for (String number : numbers) {
            assertThat(database.count("""
                    select count(*) from outbox_event e join tip t on t.id = e.aggregate_id
                     where t.tracking_number = ? and e.event_type = 'ipr.tip.reminder'""", number.replace("-", "")))
                    .as(number).isEqualTo(1);
        }
    }

    @Test
    void anAgencyThatClosedItsPartIsNotRemindedOfTheOthersDeadline() {
        String number = submit("Counterfeit trademark Nike shoes are exported through the port of Ningbo in containers",
                false);
        agencies.close("samr", number, "penalty_imposed", "10000", "fined");
        await().atMost(Duration.ofSeconds(20)).until(() -> database.count("""
                select count(*) from tip_status_change c join tip t on t.id = c.tip_id
                 where t.tracking_number = ? and c.status = 'CLOSED' and c.agency = 'SAMR'""",
                number.replace("-", "")) == 1);
        routedDaysAgo(number, 40);

        assertThat(reminders.remind()).isPositive();
        await().atMost(Duration.ofSeconds(20)).until(() -> TopicReader.recordsMentioning("ipr.tips.gac", number)
                .stream().anyMatch(record -> "ipr.tip.reminder".equals(TopicReader.type(record))));
        assertThat(TopicReader.typesMentioning("ipr.tips.samr", number)).doesNotContain("ipr.tip.reminder");
    }

    @Test
    void aTipOverdueForMoreThanAMonthIsEscalatedToTheOfficeOnce() throws Exception {
        String number = submit("Counterfeit Chanel handbags with a fake logo are sold in a market in Shenzhen", false);
        // Routed eighty days ago: the acceptance deadline passed about two months ago.
        routedDaysAgo(number, 80);

        assertThat(reminders.remind()).isPositive();
        await().atMost(Duration.ofSeconds(20)).until(() -> !TopicReader.recordsMentioning("ipr.tips.office", number).isEmpty());
        var records = TopicReader.recordsMentioning("ipr.tips.office", number);
        assertThat(new String(records.get(0).headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8))
                .isEqualTo("ipr.tip.escalated");
        var event = new com.fasterxml.jackson.databind.ObjectMapper().readTree(records.get(0).value());
        assertThat(event.get("deadline").asText()).isEqualTo("acceptance");
        assertThat(event.get("agencies").get(0).asText()).isEqualTo("SAMR");

        // The next runs (the reminder itself is weekly) do not escalate it again.
        database.count("update tip set reminded_at = null where tracking_number = ? returning 1", number.replace("-", ""));
        reminders.remind();
        // remind() stages its events before it returns: the outbox holds every escalation there will be.
        assertThat(database.count("""
                select count(*) from outbox_event e join tip t on t.id = e.aggregate_id
                 where t.tracking_number = ? and e.event_type = 'ipr.tip.escalated'""", number.replace("-", "")))
                .isEqualTo(1);
    }

    @Test
    void aReferralLeftUnansweredPastItsThreeDaysIsPublicSecuritysToAnswerAndTheCoordinatorsToSee() {
        String number = submit("Counterfeit Chanel handbags with a fake logo are sewn by the thousand in a factory", false);
        agencies.send("samr", number, "accepted", null, null);
        agencies.send("samr", number, "referred", null, "A factory makes them by the thousand");
        await().atMost(Duration.ofSeconds(20)).until(() -> database.count("""
                select count(*) from tip_status_change c join tip t on t.id = c.tip_id
                 where t.tracking_number = ? and c.status = 'REFERRED'""", number.replace("-", "")) == 1);
        String reminders = """
                select count(*) from outbox_event e join tip t on t.id = e.aggregate_id
                 where t.tracking_number = ? and e.event_type = 'ipr.tip.reminder'""";

        // Referred two days ago: public security is still within its three days.
        routedDaysAgo(number, 2);
        this.reminders.remind();
        assertThat(database.count(reminders, number.replace("-", ""))).isZero();

        // Five days ago: late. Public security alone is reminded; SAMR, which accepted in time, is not.
        routedDaysAgo(number, 3);
        String month = monthReceived(number);
        JsonPath before = monthly(month);
        long policeBefore = reportedOverdue("MPS");
        long samrBefore = reportedOverdue("SAMR");
        assertThat(this.reminders.remind()).isPositive();
        assertThat(database.count(reminders, number.replace("-", ""))).isEqualTo(1);
        // The month's figures and the agencies' reports count it against public security, not SAMR.
        JsonPath after = monthly(month);
        assertThat(count(after, "agency", "MPS", "overdue")).isEqualTo(count(before, "agency", "MPS", "overdue") + 1);
        assertThat(count(after, "agency", "SAMR", "overdue")).isEqualTo(count(before, "agency", "SAMR", "overdue"));
        assertThat(count(after, "rightType", "trademark", "overdue"))
                .isEqualTo(count(before, "rightType", "trademark", "overdue") + 1);
        assertThat(reportedOverdue("MPS")).isEqualTo(policeBefore + 1);
        assertThat(reportedOverdue("SAMR")).isEqualTo(samrBefore);
        await().atMost(Duration.ofSeconds(20)).until(() -> TopicReader.recordsMentioning("ipr.tips.mps", number)
                .stream().anyMatch(record -> "ipr.tip.reminder".equals(TopicReader.type(record))));
        assertThat(new String(TopicReader.awaitEvent("ipr.tips.mps", number, "ipr.tip.reminder").value(),
                StandardCharsets.UTF_8)).contains("\"deadline\":\"referral\"", "\"agency\":\"MPS\"");
        assertThat(TopicReader.typesMentioning("ipr.tips.samr", number)).doesNotContain("ipr.tip.reminder");

        // The coordinators see it, with the deadline it missed, on their list and their screen.
        List<Map<String, Object>> overdue = given().auth().preemptive().basic("coordinator", "coordinator-password")
                .when().get("/api/v1/coordination/overdue").then().statusCode(200).extract().path("");
        assertThat(overdue).filteredOn(tip -> number.equals(tip.get("trackingNumber")))
                .extracting(tip -> tip.get("missed")).containsExactly("referral");
        assertThat(given().auth().preemptive().basic("coordinator", "coordinator-password")
                .when().get("/staff/overdue?lang=zh").then().statusCode(200).extract().asString())
                .contains(number).contains("公安机关对移送的答复期限");

        // Answered, late: nothing is overdue any more.
        agencies.send("mps", number, "referral_accepted", null, null);
        await().atMost(Duration.ofSeconds(20)).until(() -> given().auth().preemptive()
                .basic("coordinator", "coordinator-password").when().get("/api/v1/coordination/overdue")
                .then().statusCode(200).extract().<List<String>>path("trackingNumber").stream()
                .noneMatch(number::equals));
    }

    /** Moves a tip, its history and its referrals back in time, as if it had been routed {@code days} ago. */
    private void routedDaysAgo(String number, int days) {
        database.count("""
                with moved as (update tip set received_at = received_at - make_interval(days => ?) where tracking_number = ?
                               returning id),
                     referrals as (update criminal_referral set referred_at = referred_at - make_interval(days => ?)
                                    where tip_id in (select id from moved) returning 1)
                update tip_status_change set changed_at = changed_at - make_interval(days => ?)
                 where tip_id in (select id from moved) returning 1""", days, number.replace("-", ""), days, days);
    }

    private static String submit(String text, boolean foreignInvested) {
        return given().contentType(ContentType.JSON).body(Map.of("text", text, "foreignInvested", foreignInvested))
                .when().post("/api/v1/tips").then().statusCode(201).extract().path("trackingNumber");
    }

    private static long closings(JsonPath report, String province, String outcome) {
        List<Map<String, Object>> lines = report.getList("closings");
        return lines.stream().filter(line -> province.equals(line.get("province")) && outcome.equals(line.get("outcome")))
                .mapToLong(line -> ((Number) line.get("closings")).longValue()).sum();
    }

    private static JsonPath monthly() {
        return monthly(MONTH);
    }

    private static JsonPath monthly(String month) {
        return given().auth().preemptive().basic("coordinator", "coordinator-password")
                .when().get("/api/v1/statistics/monthly?month=" + month)
                .then().statusCode(200).body("month", equalTo(month)).extract().jsonPath();
    }

    /** The overdue tips an agency's monthly report would count, for a month ending tomorrow. */
    private long reportedOverdue(String agency) {
        Instant now = Instant.now();
        return figures.count(agency, "now", now.minus(Duration.ofDays(30)), now.plus(Duration.ofDays(1))).total()
                .overdue();
    }

    /** The month, in Beijing, the tip was received in: a tip moved back in time may fall in the last one. */
    private String monthReceived(String number) {
        long month = database.count("""
                select cast(to_char(received_at at time zone 'Asia/Shanghai', 'YYYYMM') as bigint) from tip
                 where tracking_number = ?""", number.replace("-", ""));
        return YearMonth.of((int) (month / 100), (int) (month % 100)).toString();
    }

    private static long count(JsonPath report, String dimension, String key, String field) {
        List<Map<String, Object>> rows = report.getList("rows");
        return rows.stream().filter(row -> dimension.equals(row.get("dimension")) && key.equals(row.get("key")))
                .mapToLong(row -> ((Number) row.get(field)).longValue()).sum();
    }
}
