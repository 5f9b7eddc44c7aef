package org.iprhotline.hotline.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import org.iprhotline.hotline.agency.AgencyUpdatesTest.ReportedTip;
import org.iprhotline.hotline.infra.Database;
import org.iprhotline.hotline.infra.TopicReader;
import org.iprhotline.hotline.web.PortalVisitor;

/**
 * A criminal referral as the agencies' systems make it: SAMR refers a counterfeiting tip to public
 * security and keeps its case; public security answers; a refusal reaches the procuratorate.
 */
@QuarkusTest
class CriminalReferralTest {

    private static final String COUNTERFEIT = "Counterfeit Chanel handbags with a fake logo are sold in a market";

    @Inject
    Database database;

    @AutoClose
    final AgencySystems agencies = new AgencySystems();

    @Test
    void aRefusedReferralGoesToTheProcuratorateAndTheReferringAgencyKeepsItsCase() {
        ReportedTip tip = ReportedTip.submit(COUNTERFEIT);
        assertThat(tip.agencies).containsExactly("SAMR");
        agencies.send("samr", tip.number, "accepted", null, "case opened");
        agencies.send("samr", tip.number, "referred", null, "about 40,000 bags a month: criminal scale");

        ConsumerRecord<String, byte[]> referred = TopicReader.awaitEvent("ipr.tips.mps", tip.number, "ipr.tip.referred");
        assertThat(new String(referred.value(), StandardCharsets.UTF_8))
                .contains("\"fromAgency\":\"SAMR\"", "criminal scale", COUNTERFEIT, "\"history\"");
        assertThat(tip.status().<String>path("status")).isEqualTo("accepted");
        assertThat(tip.status().<List<String>>path("agencies")).containsExactlyInAnyOrder("SAMR", "MPS");
        assertThat(tip.status().<List<String>>path("history.status")).endsWith("accepted", "referred");

        String withoutReason = agencies.send("mps", tip.number, "referral_refused", null, null);
        await().atMost(Duration.ofSeconds(20)).until(() -> rejectedFor(withoutReason, "a refusal gives its reason%"));
        agencies.send("mps", tip.number, "referral_refused", null, "the sums fall below the criminal threshold");

        ConsumerRecord<String, byte[]> refused = TopicReader.awaitEvent("ipr.tips.spp", tip.number, "ipr.tip.referral.refused");
        assertThat(new String(refused.value(), StandardCharsets.UTF_8)).contains("\"referringAgency\":\"SAMR\"",
                "\"policeAgency\":\"MPS\"", "\"answer\":\"refused\"", "below the criminal threshold", COUNTERFEIT);
        ConsumerRecord<String, byte[]> answered = TopicReader.awaitEvent("ipr.tips.samr", tip.number, "ipr.tip.referral.answered");
        assertThat(new String(answered.value(), StandardCharsets.UTF_8)).contains("\"answer\":\"refused\"")
                .doesNotContain(COUNTERFEIT);
        assertThat(database.count("select count(*) from criminal_referral r join tip t on t.id = r.tip_id"
                + " where t.tracking_number = ? and r.answer = 'REFUSED' and r.referring_agency = 'SAMR'",
                tip.number.replace("-", ""))).isEqualTo(1);

        // SAMR still holds its case and closes it.
        agencies.close("samr", tip.number, "penalty_imposed", "20000", "shop fined");
        await().atMost(Duration.ofSeconds(20)).until(() -> "closed".equals(tip.status().path("status")));
        assertThat(tip.status().<List<String>>path("history.status"))
                .containsExactly("received", "routed", "accepted", "referred", "referral_refused", "closed");
        assertThat(tip.status().<String>path("history[5].outcome")).isEqualTo("penalty_imposed");

        // What the reporter reads on the portal's case page.
        Document page = Jsoup.parse(new PortalVisitor("zh").checkCase(tip.number, tip.code).asString());
        assertThat(page.select("#history tbody tr").eachText()).anySatisfy(row -> assertThat(row)
                .contains("已移送公安机关（涉嫌犯罪）", "国家市场监督管理总局 → 公安部"))
                .anySatisfy(row -> assertThat(row).contains("公安机关不予立案"))
                .anySatisfy(row -> assertThat(row).contains("已办结：已作出行政处罚"));
    }

    @Test
    void anAcceptedReferralIsToldToTheReferringAgencyOnly() {
        ReportedTip tip = ReportedTip.submit(COUNTERFEIT);
        agencies.send("samr", tip.number, "referred", null, null);
        TopicReader.awaitEvent("ipr.tips.mps", tip.number, "ipr.tip.referred");
        agencies.send("mps", tip.number, "referral_accepted", null, "case filed by the Yiwu bureau");

        ConsumerRecord<String, byte[]> answered = TopicReader.awaitEvent("ipr.tips.samr", tip.number, "ipr.tip.referral.answered");
        assertThat(new String(answered.value(), StandardCharsets.UTF_8)).contains("\"answer\":\"accepted\"");
        assertThat(TopicReader.typesMentioning("ipr.tips.spp", tip.number)).doesNotContain("ipr.tip.referral.refused");
        assertThat(tip.status().<List<String>>path("history.status")).endsWith("referred", "referral_accepted");
        assertThat(tip.status().<String>path("status")).isEqualTo("routed");
    }

    @Test
    void onlyAHoldingAdministrativeAgencyRefersAndOnlyPublicSecurityAnswersAnOpenReferral() {
        ReportedTip tip = ReportedTip.submit(COUNTERFEIT);
        String notHolder = agencies.send("spb", tip.number, "referred", null, null);
        String noReferral = agencies.send("mps", tip.number, "referral_accepted", null, null);
        // Each agency writes its own topic, and Kafka orders nothing across topics: the answer to a
        // referral not yet made must be refused before SAMR refers, or it would answer that one.
        await().atMost(Duration.ofSeconds(20)).until(() -> rejectedFor(notHolder, "SPB does not hold this tip")
                && rejectedFor(noReferral, "MPS does not hold this tip"));
        agencies.send("samr", tip.number, "referred", null, null);
        String twice = agencies.send("samr", tip.number, "referred", null, null);
        String notPolice = agencies.send("samr", tip.number, "referral_accepted", null, null);

        await().atMost(Duration.ofSeconds(20)).until(() -> rejectedFor(twice, "the tip is already referred to MPS%")
                && rejectedFor(notPolice, "only MPS answers a criminal referral"));
        assertThat(database.count("select count(*) from criminal_referral r join tip t on t.id = r.tip_id"
                + " where t.tracking_number = ?", tip.number.replace("-", ""))).isEqualTo(1);
        assertThat(tip.status().<List<String>>path("history.status")).containsExactly("received", "routed", "referred");
    }

    private boolean rejectedFor(String eventId, String reason) {
        return database.count("select count(*) from agency_update where event_id = ? and outcome = 'REJECTED'"
                + " and reason like ?", eventId, reason) == 1;
    }



}
