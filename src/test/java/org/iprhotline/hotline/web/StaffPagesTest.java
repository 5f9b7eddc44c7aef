package org.iprhotline.hotline.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

import org.iprhotline.hotline.infra.Database;
import org.iprhotline.hotline.infra.TopicReader;
import org.iprhotline.hotline.twilio.SignedSms;

/**
 * Officers, the triage desk and coordinators work tips on the staff screens, signed in (here with
 * the test users' basic auth; StaffSignInBrowserTest signs in through Keycloak). What they do goes
 * through the path of agencies' updates: the tip, its history, the reporter's case page and the
 * agencies' topics show it.
 */
@QuarkusTest
class StaffPagesTest {

    private static final String TRADEMARK = "Counterfeit Chanel handbags with a fake logo are sold in a market stall";

    @Inject
    Database database;

    @Test
    void anOfficerAcceptsATipFromTheQueueAndClosesItWithAnOutcome() {
        Reported tip = Reported.submit(TRADEMARK);
        assertThat(tip.agencies).containsExactly("SAMR");
        Staff officer = new Staff("samr-officer", "samr-password");

        Document queue = officer.page("/staff");
        assertThat(queue.select("#queue a").eachText()).contains(tip.number);
        assertThat(officer.page("/staff?status=closed").select("#queue a").eachText()).doesNotContain(tip.number);

        Document file = officer.page("/staff/tips/" + tip.number);
        assertThat(file.select("#tip-text").text()).isEqualTo(TRADEMARK);
        assertThat(file.select("h2#act-title").text()).contains("State Administration for Market Regulation");
        // A tip is transferred to an agency that does not hold it yet.
        assertThat(file.select("#transferTo option").eachAttr("value")).contains("CNIPA").doesNotContain("SAMR");

        ExtractableResponse<Response> accepted = officer.act(tip.number, Map.of("agency", "SAMR", "action", "accepted"));
        assertThat(accepted.statusCode()).isEqualTo(303);
        assertThat(accepted.header("Location")).endsWith("/staff/tips/" + tip.number + "?done=saved");
        assertThat(tip.status().<String>path("status")).isEqualTo("accepted");
        assertThat(database.count("select count(*) from agency_update where tracking_number = ? and agency = 'SAMR' "
                + "and status = 'ACCEPTED' and outcome = 'APPLIED' and acted_by = 'samr-officer'", tip.number))
                .isEqualTo(1);
        assertThat(officer.page("/staff/tips/" + tip.number + "?done=saved").select("#done").text()).contains("Saved");

        // Mistakes are shown beside their field and change nothing.
        ExtractableResponse<Response> noOutcome = officer.act(tip.number, Map.of("agency", "SAMR", "action", "closed"));
        assertThat(noOutcome.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(noOutcome.asString()).select("#outcome-error").text()).isEqualTo("Choose the outcome.");
        ExtractableResponse<Response> noAmount = officer.act(tip.number, Map.of("agency", "SAMR", "action", "closed",
                "outcome", "penalty_imposed", "penalty", "a lot"));
        assertThat(noAmount.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(noAmount.asString()).select("#penalty-error").text()).contains("above 0");
        assertThat(tip.status().<String>path("status")).isEqualTo("accepted");

        assertThat(officer.act(tip.number, Map.of("agency", "SAMR", "action", "closed", "outcome", "penalty_imposed",
                "penalty", "50000", "note", "Stall closed, goods seized")).statusCode()).isEqualTo(303);
        assertThat(tip.status().<String>path("status")).isEqualTo("closed");
        assertThat(tip.status().<List<String>>path("byAgency.outcome")).containsExactly("penalty_imposed");
        // The form sent twice (a second click, a page kept open): the closing counts once.
        ExtractableResponse<Response> twice = officer.act(tip.number, Map.of("agency", "SAMR", "action", "closed",
                "outcome", "penalty_imposed", "penalty", "50000", "note", "Stall closed, goods seized"));
        assertThat(twice.statusCode()).isEqualTo(409);
        assertThat(Jsoup.parse(twice.asString()).select("#action-error").text())
                .startsWith("Not saved: your agency has already taken this step.");
        assertThat(tip.status().<List<String>>path("history.status")).containsOnlyOnce("closed");

        // The reporter sees both steps on the case page.
        Document reporterView = Jsoup.parse(new PortalVisitor("en").checkCase(tip.number, tip.code).asString());
        assertThat(reporterView.select("#history").text()).contains("Accepted by the agency")
                .contains("Closed: penalty imposed").contains("Stall closed, goods seized");
        // A closed tip offers no more actions.
        assertThat(officer.page("/staff/tips/" + tip.number).select("#save-action")).isEmpty();
    }

    @Test
    void aStepRefusedForWhatOthersDidMeanwhileIsExplainedInTheDesksLanguage() {
        Reported tip = Reported.heldBySamrAndCustoms();
        Staff officer = new Staff("samr-officer", "samr-password");

        // A page opened before GAC came to hold the tip would still offer GAC as a target.
        ExtractableResponse<Response> toHolder = officer.act(tip.number, Map.of("agency", "SAMR",
                "action", "transferred", "transferTo", "GAC", "lang", "zh"));
        assertThat(toHolder.statusCode()).isEqualTo(409);
        assertThat(Jsoup.parse(toHolder.asString()).select("#action-error").text())
                .isEqualTo("未保存：该机构已持有此线索。请办结本机构承办的部分，而不是移交。");

        assertThat(officer.act(tip.number, Map.of("agency", "SAMR", "action", "referred",
                "note", "A factory makes them by the thousand")).statusCode()).isEqualTo(303);
        ExtractableResponse<Response> again = officer.act(tip.number, Map.of("agency", "SAMR", "action", "referred",
                "note", "A factory makes them by the thousand"));
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(Jsoup.parse(again.asString()).select("#action-error").text())
                .isEqualTo("Not saved: this tip is already referred to public security and awaits its answer.");
        assertThat(tip.status().<List<String>>path("history.status")).containsOnlyOnce("referred");
    }

    @Test
    void anOfficerWhoseAgencyPassedTheTipOnMeanwhileIsToldSoInTheirQueue() {
        Reported tip = Reported.submit(TRADEMARK);
        Staff officer = new Staff("samr-officer", "samr-password");
        // Two pages of the same file are open: from the first the tip goes to CNIPA; the second still offers SAMR's steps.
        assertThat(officer.act(tip.number, Map.of("agency", "SAMR", "action", "transferred", "transferTo", "CNIPA"))
                .statusCode()).isEqualTo(303);
        ExtractableResponse<Response> stale = officer.act(tip.number, Map.of("agency", "SAMR", "action", "accepted"));
        assertThat(stale.statusCode()).isEqualTo(409);
        Document queue = Jsoup.parse(stale.asString());
        assertThat(queue.select("#refused").text())
                .isEqualTo("Not saved: your agency no longer holds tip " + tip.number + " (it was transferred meanwhile).");
        assertThat(queue.select("#queue a").eachText()).doesNotContain(tip.number);
        assertThat(database.count("select count(*) from agency_update where tracking_number = ? and agency = 'SAMR' "
                + "and status = 'ACCEPTED' and outcome = 'REJECTED'", tip.number)).isEqualTo(1);
        assertThat(tip.status().<String>path("status")).isEqualTo("transferred");
        // The report to the office from the same stale page.
        ExtractableResponse<Response> report = officer.send("/staff/tips/" + tip.number + "/significant",
                Map.of("agency", "SAMR", "note", "Sold in twelve provinces", "lang", "zh"));
        assertThat(report.statusCode()).isEqualTo(409);
        assertThat(Jsoup.parse(report.asString()).select("#refused").text())
                .isEqualTo("未保存：本机构已不再持有线索 " + tip.number + "（期间已被移交）。");

        // A provincial bureau's officer, whose step is checked against the tip's province first.
        Reported guangzhou = Reported.submit("Counterfeit Chanel handbags with a fake logo are sold in a market in Guangzhou");
        Staff bureau = new Staff("samr-guangdong", "guangdong-password");
        assertThat(bureau.act(guangzhou.number, Map.of("agency", "SAMR", "action", "transferred", "transferTo", "CNIPA"))
                .statusCode()).isEqualTo(303);
        ExtractableResponse<Response> staleBureau = bureau.act(guangzhou.number,
                Map.of("agency", "SAMR", "action", "in_progress"));
        assertThat(staleBureau.statusCode()).isEqualTo(409);
        assertThat(Jsoup.parse(staleBureau.asString()).select("#refused").text()).contains(guangzhou.number);

        // A tip SAMR never held is not found, as before: nothing is said of it.
        Reported patent = Reported.submit("A factory copies our patented invention, patent ZL201510123456.7, "
                + "and sells the device");
        assertThat(patent.agencies).doesNotContain("SAMR");
        assertThat(officer.act(patent.number, Map.of("agency", "SAMR", "action", "accepted")).statusCode())
                .isEqualTo(404);
        // Nor is a transfer to the agency itself taken: the field says so.
        Reported own = Reported.submit(TRADEMARK);
        ExtractableResponse<Response> toItself = officer.act(own.number, Map.of("agency", "SAMR",
                "action", "transferred", "transferTo", "SAMR"));
        assertThat(toItself.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(toItself.asString()).select("#transferTo-error").text()).isNotEmpty();
    }

    @Test
    void publicSecurityAnswersAReferralOnTheScreensAndARefusalGivesItsReason() {
        Reported tip = Reported.submit(TRADEMARK);
        Staff samr = new Staff("samr-officer", "samr-password");
        Staff police = new Staff("police-officer", "police-password");
        assertThat(police.get("/staff/tips/" + tip.number).statusCode()).isEqualTo(404);
        assertThat(actions(samr, tip)).contains("referred").doesNotContain("referral_accepted", "referral_refused");
        assertThat(samr.act(tip.number, Map.of("agency", "SAMR", "action", "referred",
                "note", "A factory makes them by the thousand")).statusCode()).isEqualTo(303);

        // While the referral awaits its answer: public security may answer it, and no one refers again.
        assertThat(actions(police, tip)).contains("referral_accepted", "referral_refused").doesNotContain("referred");
        assertThat(actions(samr, tip)).doesNotContain("referred", "referral_accepted", "referral_refused");
        ExtractableResponse<Response> noReason = police.act(tip.number, Map.of("agency", "MPS",
                "action", "referral_refused", "lang", "zh"));
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(noReason.asString()).select("#note-error").text())
                .isEqualTo("请填写不予立案的理由：移送机关和检察机关都会看到。");
        // An administrative agency cannot answer for public security, whatever its form says.
        assertThat(samr.act(tip.number, Map.of("agency", "SAMR", "action", "referral_accepted")).statusCode())
                .isEqualTo(400);

        String reason = "The sums named are below the threshold for a criminal case";
        assertThat(police.act(tip.number, Map.of("agency", "MPS", "action", "referral_refused", "note", reason))
                .statusCode()).isEqualTo(303);
        assertThat(new String(TopicReader.awaitEvent("ipr.tips.spp", tip.number, "ipr.tip.referral.refused").value(),
                StandardCharsets.UTF_8)).contains(reason);
        assertThat(database.count("select count(*) from criminal_referral r join tip t on t.id = r.tip_id "
                + "where t.tracking_number = ? and r.answer = 'REFUSED' and r.reason = ?", tip.number.replace("-", ""),
                reason))
                .isEqualTo(1);
        assertThat(database.count("select count(*) from agency_update where tracking_number = ? and agency = 'MPS' "
                + "and status = 'REFERRAL_REFUSED' and acted_by = 'police-officer'", tip.number)).isEqualTo(1);

        // A second answer from a page opened before: nothing awaits it.
        ExtractableResponse<Response> late = police.act(tip.number, Map.of("agency", "MPS", "action", "referral_accepted"));
        assertThat(late.statusCode()).isEqualTo(409);
        assertThat(Jsoup.parse(late.asString()).select("#action-error").text())
                .isEqualTo("Not saved: no referral of this tip awaits an answer (it was answered meanwhile).");
        // Refused, the referral is over: SAMR may refer the tip again with more evidence.
        assertThat(actions(samr, tip)).contains("referred");
        assertThat(actions(police, tip)).doesNotContain("referred", "referral_accepted", "referral_refused");
    }

    @Test
    void theProcuratorateReadsTheReferralsPublicSecurityRefusedAndNothingElse() {
        Reported tip = Reported.submit(TRADEMARK);
        Staff samr = new Staff("samr-officer", "samr-password");
        Staff police = new Staff("police-officer", "police-password");
        Staff procuratorate = new Staff("spp-officer", "spp-password");
        assertThat(samr.act(tip.number, Map.of("agency", "SAMR", "action", "referred",
                "note", "A factory makes them by the thousand")).statusCode()).isEqualTo(303);
        // Referred, not yet refused: nothing for the procuratorate to oversee.
        assertThat(procuratorate.get("/staff/tips/" + tip.number).statusCode()).isEqualTo(404);
        assertThat(procuratorate.page("/staff/referrals").select("#referrals a").eachText()).doesNotContain(tip.number);

        String reason = "No evidence yet that the sales exceed the threshold";
        assertThat(police.act(tip.number, Map.of("agency", "MPS", "action", "referral_refused", "note", reason))
                .statusCode()).isEqualTo(303);
        Document list = procuratorate.page("/staff/referrals?lang=zh");
        assertThat(list.select("#nav-referrals").text()).isEqualTo("不予立案");
        assertThat(list.select("#referrals tr:has(a:contains(" + tip.number + "))").text())
                .contains("国家市场监督管理总局").contains(reason);

        // The file reads as any officer's, with nothing to do on it and no reporter's details.
        Document file = procuratorate.page("/staff/tips/" + tip.number);
        assertThat(file.select("#tip-text").text()).isEqualTo(TRADEMARK);
        assertThat(file.select("form[action$=/actions]")).isEmpty();
        assertThat(file.select("form[action$=/significant]")).isEmpty();
        assertThat(procuratorate.act(tip.number, Map.of("agency", "SPP", "action", "accepted")).statusCode())
                .isEqualTo(409);
        assertThat(tip.status().<List<String>>path("history.status")).doesNotContain("accepted");

        // Nobody else has the list.
        assertThat(samr.get("/staff/referrals").statusCode()).isEqualTo(404);
        assertThat(samr.page("/staff").select("#nav-referrals")).isEmpty();
        assertThat(new Staff("coordinator", "coordinator-password").page("/staff/referrals")
                .select("#referrals a").eachText()).contains(tip.number);
    }

    private static List<String> actions(Staff officer, Reported tip) {
        return officer.page("/staff/tips/" + tip.number).select("input[name=action]").eachAttr("value");
    }

    @Test
    void anOfficerOfTwoAgenciesChoosesWhichOfThemActsAndReports() {
        Reported tip = Reported.heldBySamrAndCustoms();
        Staff officer = new Staff("customs-samr-officer", "customs-samr-password");

        Document file = officer.page("/staff/tips/" + tip.number);
        assertThat(file.select("select#agency option").eachAttr("value")).containsExactlyInAnyOrder("SAMR", "GAC");
        assertThat(file.select("select#significant-agency option").eachAttr("value"))
                .containsExactlyInAnyOrder("SAMR", "GAC");
        assertThat(file.select("form[action$=/significant] input[name=agency]")).isEmpty();

        assertThat(officer.send("/staff/tips/" + tip.number + "/significant", Map.of("agency", "GAC",
                "note", "The same importer declared 40 containers of bags this year.")).statusCode()).isEqualTo(303);
        assertThat(officer.page("/staff/tips/" + tip.number).select("#significant-reported").text())
                .startsWith("Reported to the leading-group office as a significant case by General Administration of Customs on ");
    }

    @Test
    void anOfficerReportsATipToTheOfficeAsASignificantCaseOnce() throws Exception {
        Reported tip = Reported.submit(TRADEMARK);
        Staff officer = new Staff("samr-officer", "samr-password");
        String form = "/staff/tips/" + tip.number + "/significant";
        Document file = officer.page("/staff/tips/" + tip.number);
        assertThat(file.select("#report-significant")).hasSize(1);
        // One agency of the officer's holds the tip: it is the one named, without a choice.
        assertThat(file.select("form[action$=/significant] input[name=agency]").attr("value")).isEqualTo("SAMR");
        assertThat(file.select("form[action$=/actions] input[name=agency]").attr("value")).isEqualTo("SAMR");
        assertThat(file.select("select")).noneMatch(select -> select.attr("name").equals("agency"));

        // Without a reason: the error beside the field, and the office hears nothing.
        ExtractableResponse<Response> empty = officer.send(form, Map.of("agency", "SAMR", "note", "  "));
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(empty.asString()).select("#significant-note-error").text())
                .isEqualTo("Write why the office should know of this case.");
        // Another agency's officer cannot see the tip, so cannot speak of it.
        Staff other = new Staff("cnipa-officer", "cnipa-password");
        other.page("/staff");
        assertThat(other.send(form, Map.of("agency", "CNIPA", "note", "Not ours to say")).statusCode()).isEqualTo(404);
        assertThat(TopicReader.recordsMentioning("ipr.tips.office", tip.number)).isEmpty();

        ExtractableResponse<Response> reported = officer.send(form, Map.of("agency", "SAMR",
                "note", "A national television programme showed the stall; the same bags are sold in six provinces."));
        assertThat(reported.statusCode()).isEqualTo(303);
        assertThat(reported.header("Location")).endsWith("/staff/tips/" + tip.number + "?done=reported");
        Document after = officer.page("/staff/tips/" + tip.number + "?done=reported");
        assertThat(after.select("#done").text()).isEqualTo("Reported to the leading-group office as a significant case.");
        assertThat(after.select("#significant-reported").text()).startsWith(
                "Reported to the leading-group office as a significant case by State Administration for Market Regulation on ");
        assertThat(after.select("#report-significant")).isEmpty();

        // A second report, from a page opened before the first, tells the office nothing more.
        assertThat(officer.send(form, Map.of("agency", "SAMR", "note", "Again")).header("Location"))
                .endsWith("/staff/tips/" + tip.number);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
                .until(() -> !TopicReader.recordsMentioning("ipr.tips.office", tip.number).isEmpty());
        var office = TopicReader.recordsMentioning("ipr.tips.office", tip.number);
        assertThat(office).hasSize(1);
        var event = new ObjectMapper().readTree(office.get(0).value());
        assertThat(event.get("reasons").get(0).asText()).isEqualTo("reported_by_agency");
        assertThat(event.get("reportedBy").asText()).isEqualTo("SAMR");
        assertThat(event.get("note").asText()).startsWith("A national television programme");
        assertThat(event.has("reporter")).isFalse();
    }

    @Test
    void theTipsPlaceIsNamedInTheLanguageOfThePage() {
        Reported tip = Reported.submit("Counterfeit Chanel handbags with a fake logo are sold in a market in Guangzhou");
        Staff officer = new Staff("samr-officer", "samr-password");
        assertThat(officer.page("/staff/tips/" + tip.number + "?lang=en").text()).contains("Guangdong · Guangzhou 广州市");
        assertThat(officer.page("/staff/tips/" + tip.number + "?lang=zh").text()).contains("广东省广州市");
    }

    @Test
    void anOfficerAsksTheReporterAndTransfersATipToTheAgencyThatLeads() {
        Reported tip = Reported.submit(TRADEMARK);
        Staff officer = new Staff("samr-officer", "samr-password");
        assertThat(officer.page("/staff").select("#queue a").eachText()).contains(tip.number);

        ExtractableResponse<Response> noQuestion = officer.act(tip.number,
                Map.of("agency", "SAMR", "action", "info_requested", "note", "   "));
        assertThat(noQuestion.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(noQuestion.asString()).select("#note-error").text())
                .isEqualTo("Write the question for the reporter.");
        assertThat(officer.act(tip.number, Map.of("agency", "SAMR", "action", "info_requested",
                "note", "Which market is the stall in?")).statusCode()).isEqualTo(303);
        assertThat(tip.status().<List<String>>path("byAgency.question")).containsExactly("Which market is the stall in?");

        ExtractableResponse<Response> nowhere = officer.act(tip.number, Map.of("agency", "SAMR", "action", "transferred"));
        assertThat(Jsoup.parse(nowhere.asString()).select("#transferTo-error").text())
                .isEqualTo("Choose the agency to transfer to.");
        assertThat(officer.act(tip.number, Map.of("agency", "SAMR", "action", "transferred", "transferTo", "CNIPA",
                "note", "The bags copy a registered design")).statusCode()).isEqualTo(303);
        assertThat(new String(TopicReader.awaitEvent("ipr.tips.cnipa", tip.number, "ipr.tip.transferred").value(),
                StandardCharsets.UTF_8)).contains("The bags copy a registered design");
        assertThat(tip.status().<List<String>>path("agencies")).containsExactly("CNIPA");

        // SAMR no longer holds it: its officer cannot open it, CNIPA's can.
        assertThat(officer.get("/staff/tips/" + tip.number).statusCode()).isEqualTo(404);
        assertThat(officer.page("/staff").select("#queue a").eachText()).doesNotContain(tip.number);
        assertThat(new Staff("cnipa-officer", "cnipa-password").page("/staff").select("#queue a").eachText())
                .contains(tip.number);
    }

    @Test
    void staffSeeAndActOnlyForTheirOwnAgencies() {
        Reported tip = Reported.submit(TRADEMARK);
        Staff samr = new Staff("samr-officer", "samr-password");
        Staff cnipa = new Staff("cnipa-officer", "cnipa-password");

        assertThat(cnipa.page("/staff").select("#queue a").eachText()).doesNotContain(tip.number);
        assertThat(cnipa.get("/staff/tips/" + tip.number).statusCode()).isEqualTo(404);
        assertThat(cnipa.act(tip.number, Map.of("agency", "CNIPA", "action", "accepted")).statusCode()).isEqualTo(404);
        ExtractableResponse<Response> forged = samr.act(tip.number, Map.of("agency", "CNIPA", "action", "accepted"));
        assertThat(forged.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(forged.asString()).select("#action-error").text())
                .isEqualTo("You cannot act for this agency on this tip.");

        // No sign-in, no page; a form from another site (no token) does nothing.
        assertThat(given().redirects().follow(false).when().get("/staff").then().extract().statusCode())
                .isEqualTo(401);
        assertThat(samr.request().contentType(ContentType.URLENC).formParams(Map.of("agency", "SAMR",
                "action", "accepted")).post("/staff/tips/" + tip.number + "/actions").statusCode()).isEqualTo(403);
        assertThat(samr.get("/staff/overdue").statusCode()).isEqualTo(403);
        assertThat(samr.get("/staff/triage").statusCode()).isEqualTo(403);
        assertThat(tip.status().<String>path("status")).isEqualTo("routed");
    }

    @Test
    void aProvincialBureausOfficerSeesAndWorksOnlyTheTipsFromItsProvince() {
        Reported guangzhou = Reported.submit("Counterfeit Chanel handbags with a fake logo are sold in a market in Guangzhou");
        Reported pudong = Reported.submit("Counterfeit Chanel handbags with a fake logo are sold in a market in Pudong");
        Reported nowhere = Reported.submit(TRADEMARK);
        assertThat(List.of(guangzhou.agencies, pudong.agencies, nowhere.agencies))
                .allSatisfy(agencies -> assertThat(agencies).containsExactly("SAMR"));
        Staff bureau = new Staff("samr-guangdong", "guangdong-password");
        assertThat(bureau.page("/staff?lang=en").select(".who").text()).contains("for the bureau of Guangdong");
        assertThat(bureau.page("/staff?lang=zh").select(".who").text()).contains("广东省局");

        // Its queue and the API hold Guangdong's SAMR tips, whatever province is asked for.
        assertThat(bureau.page("/staff").select("#queue a").eachText()).contains(guangzhou.number)
                .doesNotContain(pudong.number, nowhere.number);
        assertThat(bureau.page("/staff?province=31").select("#queue a").eachText())
                .doesNotContain(pudong.number, guangzhou.number);
        assertThat(bureau.page("/staff").select("select[name=province] option[value]").eachAttr("value"))
                .contains("44").doesNotContain("31");
        assertThat(bureau.get("/api/v1/agency/tips?limit=500").<List<String>>path("trackingNumber"))
                .contains(guangzhou.number).doesNotContain(pudong.number, nowhere.number);
        assertThat(bureau.get("/api/v1/agency/tips?limit=500&province=31").<List<String>>path("trackingNumber"))
                .isEmpty();

        // Another province's tip and one without a region are the national desk's: not found, not changed.
        assertThat(bureau.get("/staff/tips/" + pudong.number).statusCode()).isEqualTo(404);
        assertThat(bureau.get("/staff/tips/" + nowhere.number).statusCode()).isEqualTo(404);
        assertThat(bureau.act(pudong.number, Map.of("agency", "SAMR", "action", "accepted")).statusCode())
                .isEqualTo(404);
        assertThat(bureau.act(nowhere.number, Map.of("agency", "SAMR", "action", "accepted")).statusCode())
                .isEqualTo(404);
        assertThat(pudong.status().<String>path("status")).isEqualTo("routed");
        assertThat(nowhere.status().<String>path("status")).isEqualTo("routed");

        // Its own province's tip it works as the bureau, on the path of the bureau's own updates.
        assertThat(bureau.page("/staff/tips/" + guangzhou.number).select("#tip-text").text()).contains("Guangzhou");
        assertThat(bureau.act(guangzhou.number, Map.of("agency", "SAMR", "action", "accepted")).statusCode())
                .isEqualTo(303);
        assertThat(guangzhou.status().<String>path("status")).isEqualTo("accepted");
        assertThat(database.count("select count(*) from agency_update where tracking_number = ? and agency = 'SAMR' "
                + "and outcome = 'APPLIED' and acted_by = 'samr-guangdong'", guangzhou.number)).isEqualTo(1);

        // The national desk still sees all three; the agency's monthly report is the national desk's.
        Document national = new Staff("samr-officer", "samr-password").page("/staff");
        assertThat(national.select("#queue a").eachText()).contains(pudong.number, nowhere.number);
        assertThat(national.select(".who").text()).doesNotContain("bureau");
        assertThat(bureau.get("/api/v1/reports/monthly/2026-11/SAMR").statusCode()).isEqualTo(403);
        assertThat(bureau.request().contentType(ContentType.JSON).body("{}")
                .post("/api/v1/reports/monthly/2026-11/SAMR/submission").statusCode()).isEqualTo(403);
    }

    @Test
    void aCityBureausOfficerSeesAndWorksOnlyTheTipsFromItsCity() {
        String marker = UUID.randomUUID().toString();
        Reported shenzhen = Reported.submit("Counterfeit Chanel handbags are sold in a market in Shenzhen " + marker);
        Reported guangzhou = Reported.submit("Counterfeit Chanel handbags are sold in a market in Guangzhou " + marker);
        Reported guangdong = Reported.submit("Counterfeit Chanel handbags are sold at markets all over Guangdong " + marker);
        assertThat(List.of(shenzhen.agencies, guangzhou.agencies, guangdong.agencies))
                .allSatisfy(agencies -> assertThat(agencies).containsExactly("SAMR"));
        Map.of("Shenzhen", "440300", "Guangzhou", "440100", "Guangdong", "440000").forEach((place, region) ->
                assertThat(database.count("select count(*) from tip where text like ? and region = ?",
                        "%" + place + " " + marker, region)).as(place).isEqualTo(1));
        Staff city = new Staff("samr-shenzhen", "shenzhen-password");
        assertThat(city.page("/staff?lang=en").select(".who").text()).contains("for the bureau of Shenzhen");
        assertThat(city.page("/staff?lang=zh").select(".who").text()).contains("广东省深圳市局");

        // Its queue and the API hold Shenzhen's SAMR tips: not the rest of the province, whatever is asked for.
        assertThat(city.page("/staff").select("#queue a").eachText()).contains(shenzhen.number)
                .doesNotContain(guangzhou.number, guangdong.number);
        assertThat(city.page("/staff?province=44").select("#queue a").eachText()).contains(shenzhen.number)
                .doesNotContain(guangzhou.number, guangdong.number);
        assertThat(city.page("/staff?province=31").select("#queue a").eachText()).doesNotContain(shenzhen.number);
        assertThat(city.page("/staff").select("select[name=province] option[value]").eachAttr("value"))
                .containsExactly("", "44");
        assertThat(city.get("/api/v1/agency/tips?limit=500").<List<String>>path("trackingNumber"))
                .contains(shenzhen.number).doesNotContain(guangzhou.number, guangdong.number);
        assertThat(city.get("/api/v1/agency/tips?limit=500&province=44").<List<String>>path("trackingNumber"))
                .contains(shenzhen.number).doesNotContain(guangzhou.number, guangdong.number);

        // Another city's tip, and one that names only the province, are the provincial bureau's.
        neitherSeenNorWorked(city, guangzhou, guangdong);
        Document provincial = new Staff("samr-guangdong", "guangdong-password").page("/staff");
        assertThat(provincial.select("#queue a").eachText())
                .contains(shenzhen.number, guangzhou.number, guangdong.number);

        // Its own city's tip it works as the provincial bureau would, on the path of the province's updates.
        assertThat(city.act(shenzhen.number, Map.of("agency", "SAMR", "action", "accepted")).statusCode())
                .isEqualTo(303);
        assertThat(shenzhen.status().<String>path("status")).isEqualTo("accepted");
        assertThat(database.count("select count(*) from agency_update where tracking_number = ? and agency = 'SAMR' "
                + "and outcome = 'APPLIED' and acted_by = 'samr-shenzhen'", shenzhen.number)).isEqualTo(1);
        assertThat(city.get("/api/v1/reports/monthly/2026-11/SAMR").statusCode()).isEqualTo(403);
    }

    @Test
    void aDistrictBureausOfficerSeesAndWorksOnlyTheTipsFromItsDistrict() {
        String marker = UUID.randomUUID().toString();
        Reported nanshan = Reported.submit("Counterfeit Chanel handbags are sold at a stall in Nanshan " + marker);
        Reported futian = Reported.submit("Counterfeit Chanel handbags are sold at a stall in Futian " + marker);
        Reported shenzhen = Reported.submit("Counterfeit Chanel handbags are sold in a market in Shenzhen " + marker);
        Map.of(nanshan, "440305", futian, "440304", shenzhen, "440300").forEach((tip, region) ->
                assertThat(database.update("update tip set region = ? where tracking_number = replace(?, '-', '')",
                        region, tip.number)).isEqualTo(1));
        Staff district = new Staff("samr-nanshan", "nanshan-password");
        assertThat(district.page("/staff?lang=en").select(".who").text()).contains("for the bureau of Nanshan");
        assertThat(district.page("/staff?lang=zh").select(".who").text()).contains("广东省深圳市南山区局");

        assertThat(district.page("/staff").select("#queue a").eachText()).contains(nanshan.number)
                .doesNotContain(futian.number, shenzhen.number);
        assertThat(district.get("/api/v1/agency/tips?limit=500").<List<String>>path("trackingNumber"))
                .contains(nanshan.number).doesNotContain(futian.number, shenzhen.number);
        // The next district's tip, and one that names only the city, are the city bureau's.
        neitherSeenNorWorked(district, futian, shenzhen);
        assertThat(new Staff("samr-shenzhen", "shenzhen-password").page("/staff").select("#queue a").eachText())
                .contains(nanshan.number, futian.number, shenzhen.number);

        assertThat(district.act(nanshan.number, Map.of("agency", "SAMR", "action", "accepted")).statusCode())
                .isEqualTo(303);
        assertThat(nanshan.status().<String>path("status")).isEqualTo("accepted");
    }

    @Test
    void anOfficerWhoseRoleNamesNoPlaceIsToldSoAndSeesNoTips() {
        Reported tip = Reported.submit("Counterfeit Chanel handbags are sold in a market in Shenzhen " + UUID.randomUUID());
        Staff misconfigured = new Staff("samr-misconfigured", "misconfigured-password");
        // The warning stands on its own: no "bureau of" before it, no 局 after it.
        assertThat(misconfigured.page("/staff?lang=en").select(".who").text())
                .endsWith("· county-44030: this role names no place; ask your administrator")
                .doesNotContain("bureau of");
        assertThat(misconfigured.page("/staff?lang=zh").select(".who").text())
                .endsWith("· county-44030：此角色不对应任何地区，请联系管理员").doesNotContain("局");
        assertThat(misconfigured.page("/staff").select("#queue a").eachText()).doesNotContain(tip.number);
        assertThat(misconfigured.get("/staff/tips/" + tip.number).statusCode()).isEqualTo(404);
    }

    @Test
    void hostileInputIsRefusedBesideItsFieldAndChangesNothing() {
        Reported tip = Reported.submit(TRADEMARK);
        Staff officer = new Staff("samr-officer", "samr-password");
        for (String note : List.of("question\u0000", "\u202Eevil", "x".repeat(20_000))) {
            ExtractableResponse<Response> refused = officer.act(tip.number,
                    Map.of("agency", "SAMR", "action", "info_requested", "note", note));
            assertThat(refused.statusCode()).as("note of %d characters starting %s", note.length(),
                    (int) note.charAt(note.length() - 1)).isEqualTo(400);
            assertThat(Jsoup.parse(refused.asString()).select("#note-error").text()).isNotBlank();
        }
        assertThat(officer.act(tip.number, Map.of("agency", "SAMR", "action", "closed", "outcome", "penalty_imposed",
                "penalty", "1e400")).statusCode()).isEqualTo(400);
        assertThat(officer.act(tip.number, Map.of("agency", "SAMR", "action", "routed")).statusCode()).isEqualTo(400);
        for (String note : List.of("press\u0000", "\u202Eevil", "x".repeat(20_000))) {
            ExtractableResponse<Response> refused = officer.send("/staff/tips/" + tip.number + "/significant",
                    Map.of("agency", "SAMR", "note", note));
            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(Jsoup.parse(refused.asString()).select("#significant-note-error").text()).isNotBlank();
        }
        assertThat(officer.send("/staff/tips/%00/significant", Map.of("agency", "SAMR", "note", "x")).statusCode())
                .isEqualTo(404);
        assertThat(TopicReader.recordsMentioning("ipr.tips.office", tip.number)).isEmpty();
        assertThat(officer.act(tip.number, Map.of("agency", "SAMR", "action", "closed", "outcome", "jail"))
                .statusCode()).isEqualTo(400);
        assertThat(officer.get("/staff?page=99999999999&province=%27%3Bdrop&status=%00").statusCode()).isEqualTo(200);
        assertThat(officer.get("/staff/tips/%E2%80%AE" + "x".repeat(2_000)).statusCode()).isEqualTo(404);
        assertThat(tip.status().<String>path("status")).isEqualTo("routed");
        assertThat(tip.status().<List<Object>>path("history")).hasSize(2);
    }

    @Test
    void theTriageDeskRoutesATipFromItsQueue() {
        Reported tip = Reported.submit("Hello, I would like some help with a problem about my neighbour's shop");
        assertThat(tip.agencies).containsExactly("TRIAGE");
        Staff desk = new Staff("triage-officer", "triage-password");
        assertThat(desk.page("/staff/triage").select("#queue a").eachText()).contains(tip.number);

        ExtractableResponse<Response> undecided = desk.decide(tip.number, Map.of("note", "no right chosen"));
        assertThat(undecided.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(undecided.asString()).select("#rightType-error").text()).isNotBlank();
        ExtractableResponse<Response> flagged = desk.decide(tip.number, Map.of("rightType", "none", "flag", "ecommerce"));
        assertThat(flagged.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(flagged.asString()).select("#flags-error").text())
                .isEqualTo("A tip that is not an IP matter has no circumstances: clear them, or choose its right.");

        ExtractableResponse<Response> routed = desk.decide(tip.number, Map.of("rightType", "trademark",
                "flag", "ecommerce", "note", "The shop sells handbags with a copied logo"));
        assertThat(routed.statusCode()).isEqualTo(303);
        assertThat(routed.header("Location")).endsWith("/staff/triage?routed=" + tip.number + "&to=SAMR");
        assertThat(desk.page("/staff/triage?routed=" + tip.number + "&to=SAMR").select("#done").text())
                .isEqualTo("Tip " + tip.number + " is routed to State Administration for Market Regulation.");
        assertThat(tip.status().<List<String>>path("agencies")).containsExactly("SAMR");
        assertThat(database.count("""
                select count(*) from labelled_example e join tip t on t.id = e.tip_id
                 where t.tracking_number = ? and e.right_type = 'trademark' and e.decided_by = 'triage-officer'""",
                tip.number.replace("-", ""))).isEqualTo(1);
        assertThat(desk.decide(tip.number, Map.of("rightType", "patent")).statusCode()).isEqualTo(404);
    }

    @Test
    void theTriageDeskClosesATipThatIsNoIpMatter() {
        Reported tip = Reported.submit("Hello, my upstairs neighbours start drilling at seven every morning");
        assertThat(tip.agencies).containsExactly("TRIAGE");
        Staff desk = new Staff("triage-officer", "triage-password");
        assertThat(desk.page("/staff/tips/" + tip.number).select("#rightType-none").attr("value")).isEqualTo("none");

        ExtractableResponse<Response> closed = desk.decide(tip.number, Map.of("rightType", "none",
                "note", "Noise between neighbours: your residents' committee can help."));
        assertThat(closed.statusCode()).isEqualTo(303);
        assertThat(closed.header("Location")).endsWith("/staff/triage?closed=" + tip.number);
        Document queue = desk.page("/staff/triage?closed=" + tip.number);
        assertThat(queue.select("#done").text())
                .isEqualTo("Tip " + tip.number + " is closed as not an IP matter; the reporter is told.");
        assertThat(queue.select("#queue a").eachText()).as("no longer the desk's to decide").doesNotContain(tip.number);
        assertThat(desk.page("/staff/tips/" + tip.number).select("#route")).as("nothing left to decide").isEmpty();
        assertThat(tip.status().<String>path("status")).isEqualTo("closed");
        assertThat(tip.status().<String>path("byAgency[0].outcome")).isEqualTo("not_ip_matter");
        assertThat(tip.status().<List<String>>path("history.note"))
                .contains("Noise between neighbours: your residents' committee can help.");
        assertThat(database.count("""
                select count(*) from labelled_example e join tip t on t.id = e.tip_id
                 where t.tracking_number = ? and e.right_type = 'none' and e.flags = '{}' and e.source = 'triage'
                   and e.decided_by = 'triage-officer'""", tip.number.replace("-", ""))).isEqualTo(1);
        assertThat(desk.decide(tip.number, Map.of("rightType", "trademark")).statusCode()).as("decided already")
                .isIn(404, 409);
    }

    @Test
    void coordinatorsSeeEveryAgencysTipsAndTheOverdueListInTheirLanguage() {
        Reported tip = Reported.submit(TRADEMARK);
        Staff coordinator = new Staff("coordinator", "coordinator-password");
        assertThat(coordinator.page("/staff").select("#queue a").eachText()).contains(tip.number);
        assertThat(coordinator.page("/staff/tips/" + tip.number).select("#save-action")).as("coordinators watch")
                .isEmpty();
        Document overdue = coordinator.page("/staff/overdue?lang=zh");
        assertThat(overdue.select("html").attr("lang")).isEqualTo("zh");
        assertThat(overdue.select("h1").text()).isEqualTo("超期线索");
        assertThat(coordinator.page("/staff?lang=en").select("h1").text()).isEqualTo("All tips");
    }

    @Test
    void coordinatorsSeeTipsThatNameTheSameShopAsOneCluster() throws Exception {
        String shop = "shop" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000) + ".taobao.com";
        Reported first = Reported.submit("The store https://" + shop + " sells counterfeit Nike shoes with our logo");
        Reported second = Reported.submit("Fake Adidas trainers are sold by https://" + shop + " at a tenth of the price");
        String cluster = new ObjectMapper().readTree(TopicReader.awaitEvent(
                "ipr.tips.samr", second.number, "ipr.tip.routed").value()).get("clusterId").asText();
        Staff coordinator = new Staff("coordinator", "coordinator-password");

        Document clusters = coordinator.page("/staff/clusters");
        assertThat(clusters.select("#clusters a[href=/staff?cluster=" + cluster + "]").text()).isEqualTo("Show the 2 tips");
        Document tips = coordinator.page("/staff?cluster=" + cluster);
        assertThat(tips.select("#one-cluster")).isNotEmpty();
        assertThat(tips.select("#queue a").eachText()).containsExactlyInAnyOrder(first.number, second.number);
        assertThat(new Staff("samr-officer", "samr-password").get("/staff/clusters").statusCode()).isEqualTo(403);
    }

    @Test
    void aCoordinatorMakesAClusterACampaignsTargetFromTheClustersScreen() throws Exception {
        String shop = "shop" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000) + ".taobao.com";
        Reported.submit("The store https://" + shop + " sells counterfeit Nike shoes with our logo");
        Reported second = Reported.submit("Fake Adidas trainers are sold by https://" + shop + " at a tenth of the price");
        String cluster = new ObjectMapper().readTree(TopicReader.awaitEvent(
                "ipr.tips.samr", second.number, "ipr.tip.routed").value()).get("clusterId").asText();
        String form = "/staff/clusters/" + cluster + "/campaign";
        Staff coordinator = new Staff("coordinator", "coordinator-password");

        Document page = coordinator.page("/staff/clusters");
        assertThat(page.select("form[action=" + form + "] option").eachAttr("value"))
                .as("the campaigns running today, not Dragon Soaring 2026, which ended on 2026-10-31")
                .contains("sword-net", "seed-guard").doesNotContain("dragon-2026");
        long before = campaignReceived("sword-net");
        ExtractableResponse<Response> targeted = coordinator.send(form, Map.of("campaign", "sword-net"));
        assertThat(targeted.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(targeted.asString()).select("#done").text())
                .startsWith("The cluster is now a target of Sword Net: online copyright piracy: 2 of its tips");
        assertThat(campaignReceived("sword-net")).isEqualTo(before + 2);
        assertThat(Jsoup.parse(coordinator.send(form, Map.of("campaign", "sword-net")).asString()).select("#done")
                .text()).isEqualTo("The cluster is already a target of Sword Net: online copyright piracy.");
        assertThat(campaignReceived("sword-net")).isEqualTo(before + 2);

        ExtractableResponse<Response> ended = coordinator.send(form, Map.of("campaign", "dragon-2026"));
        assertThat(ended.statusCode()).isEqualTo(409);
        assertThat(Jsoup.parse(ended.asString()).select("#cluster-error").text())
                .isEqualTo("Not saved: Dragon Soaring 2026: IP at the border does not run today.");
        assertThat(coordinator.send(form, Map.of("campaign", "iron-fist")).statusCode()).isEqualTo(400);
        assertThat(coordinator.send("/staff/clusters/" + UUID.randomUUID() + "/campaign",
                Map.of("campaign", "sword-net")).statusCode()).isEqualTo(404);
        assertThat(coordinator.send("/staff/clusters/shop;drop/campaign", Map.of("campaign", "sword-net"))
                .statusCode()).isEqualTo(404);
        assertThat(coordinator.request().cookie(CsrfGuard.COOKIE, "forged").contentType(ContentType.URLENC)
                .formParams(Map.of("campaign", "seed-guard", "csrf-token", "forged")).when().post(form).then().extract()
                .statusCode()).isEqualTo(403);
        Staff officer = new Staff("samr-officer", "samr-password");
        officer.get("/staff");
        long seedGuard = campaignReceived("seed-guard");
        assertThat(officer.send(form, Map.of("campaign", "seed-guard")).statusCode()).isEqualTo(403);
        assertThat(campaignReceived("seed-guard")).as("a refused targeting changes nothing").isEqualTo(seedGuard);
    }

    /** A bureau's officer finds no file for another area's tips and cannot act on them: they stay routed. */
    private static void neitherSeenNorWorked(Staff officer, Reported... others) {
        for (Reported other : others) {
            assertThat(officer.get("/staff/tips/" + other.number).statusCode()).isEqualTo(404);
            assertThat(officer.act(other.number, Map.of("agency", "SAMR", "action", "accepted")).statusCode())
                    .isEqualTo(404);
            assertThat(other.status().<String>path("status")).isEqualTo("routed");
        }
    }

    private static long campaignReceived(String code) {
        List<Map<String, Object>> rows = given().auth().preemptive().basic("coordinator", "coordinator-password")
                .get("/api/v1/statistics/monthly").then().statusCode(200).extract().jsonPath().getList("rows");
        return rows.stream().filter(row -> "campaign".equals(row.get("dimension")) && code.equals(row.get("key")))
                .mapToLong(row -> ((Number) row.get("received")).longValue()).sum();
    }

    @Test
    void aPictureAddressThatIsNotAWebAddressIsShownAsTextNotAsALink() {
        String phone = "+86139" + String.format("%08d", (long) (Math.random() * 100_000_000L));
        Map<String, String> text = new HashMap<>(SignedSms.smsFields(phone, "fake nike shoes sold at the night market"));
        text.put("NumMedia", "1");
        text.put("MediaUrl0", "javascript:alert(document.cookie)");
        text.put("MediaContentType0", "image/jpeg");
        String reply = SignedSms.signed("/twilio/sms", text).asString();
        String number = reply.replaceAll("(?s).*Tracking number ([0-9A-Z-]{14}).*", "$1");

        Document file = new Staff("samr-officer", "samr-password").page("/staff/tips/" + number);
        assertThat(file.select("ul.files li").text()).isEqualTo("mms");
        assertThat(file.select("a[href^=javascript]")).isEmpty();
    }

    /** A tip reported through the API. */
    record Reported(String number, String code, List<String> agencies) {

        static Reported submit(String text) {
            ExtractableResponse<Response> receipt = given().contentType(ContentType.JSON).body(Map.of("text", text))
                    .when().post("/api/v1/tips").then().statusCode(201).extract();
            return new Reported(receipt.path("trackingNumber"), receipt.path("accessCode"), receipt.path("agencies"));
        }

        /** Fake goods declared at a port: market regulation (the mark) and customs (the border) both hold it. */
        static Reported heldBySamrAndCustoms() {
            Reported tip = submit("Counterfeit Chanel handbags with a fake logo arrived in a container "
                    + "through Ningbo port, declared to customs as plain leather goods");
            assertThat(tip.agencies).containsExactlyInAnyOrder("SAMR", "GAC");
            return tip;
        }

        ExtractableResponse<Response> status() {
            return given().header("X-Access-Code", code).when().get("/api/v1/tips/" + number).then().statusCode(200)
                    .extract();
        }
    }

    /** A signed-in member of staff using the screens: pages, and forms sent with the page's token. */
    static final class Staff {

        private final String user;
        private final String password;
        private String csrfCookie;
        private String csrfToken;

        Staff(String user, String password) {
            this.user = user;
            this.password = password;
        }

        io.restassured.specification.RequestSpecification request() {
            return given().auth().preemptive().basic(user, password).redirects().follow(false)
                    .header("Accept-Language", "en");
        }

        ExtractableResponse<Response> get(String path) {
            ExtractableResponse<Response> response = request().when().get(path).then().extract();
            if (response.cookie(CsrfGuard.COOKIE) != null) {
                // The forms carry the cookie's token (double submission); a page without a form still sets it.
                csrfCookie = response.cookie(CsrfGuard.COOKIE);
                String field = Jsoup.parse(response.asString()).select("input[name=csrf-token]").attr("value");
                csrfToken = field.isEmpty() ? csrfCookie : field;
            }
            return response;
        }

        Document page(String path) {
            ExtractableResponse<Response> response = get(path);
            assertThat(response.statusCode()).as("GET %s", path).isEqualTo(200);
            return Jsoup.parse(response.asString());
        }

        ExtractableResponse<Response> act(String number, Map<String, String> form) {
            return send("/staff/tips/" + number + "/actions", number, form);
        }

        ExtractableResponse<Response> decide(String number, Map<String, String> form) {
            return send("/staff/tips/" + number + "/decision", number, form);
        }

        /** A form sent from a page already fetched (its token is the one that page carried). */
        ExtractableResponse<Response> send(String path, Map<String, String> form) {
            return send(path, null, form);
        }

        private ExtractableResponse<Response> send(String path, String number, Map<String, String> form) {
            if (csrfCookie == null) {
                get("/staff/tips/" + number); // the form's page, as a browser has it before sending
            }
            Map<String, String> fields = new HashMap<>(form);
            fields.put("csrf-token", csrfToken);
            return request().cookie(CsrfGuard.COOKIE, csrfCookie).contentType(ContentType.URLENC.withCharset("UTF-8"))
                    .formParams(fields).when().post(path).then().extract();
        }
    }
}
