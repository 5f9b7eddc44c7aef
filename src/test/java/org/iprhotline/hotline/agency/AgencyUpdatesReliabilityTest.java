package org.iprhotline.hotline.agency;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import org.iprhotline.hotline.agency.AgencyUpdatesTest.ReportedTip;
import org.iprhotline.hotline.infra.Database;
import org.iprhotline.hotline.infra.InjectPostgres;
import org.iprhotline.hotline.infra.PostgresResource.PostgresServer;

/**
 * Agency updates are as safe as tips: none is skipped while the database is away, and a record
 * that can never be stored is set aside at once instead of blocking the ones behind it.
 */
@QuarkusTest
class AgencyUpdatesReliabilityTest {

    @InjectPostgres
    PostgresServer postgres;

    @Inject
    Database database;

    @AutoClose
    final AgencySystems agencies = new AgencySystems();

    @Test
    void everyUpdateSentWhileTheDatabaseIsAwayIsAppliedOrRejectedWhenItReturns() throws Exception {
        List<ReportedTip> tips = List.of(
                ReportedTip.submit("Counterfeit Chanel handbags with a fake logo are sold in a market in Guangzhou"),
                ReportedTip.submit("A gang runs a factory copying our patented pump, ZL201920123456.5"),
                ReportedTip.submit("Pirated copies of our film are streamed on a website without a licence"));
        assertThat(tips.stream().map(tip -> tip.agencies.get(0)).distinct()).hasSize(3);

        List<String> ids = new ArrayList<>();
        postgres.stop();
        try {
            for (int i = 0; i < 200; i++) {
                ReportedTip tip = tips.get(i % 3);
                ids.add(agencies.send(tip.agencies.get(0).toLowerCase(Locale.ROOT), tip.number,
                        i % 2 == 0 ? "accepted" : "in_progress", null, "update " + i));
            }
            Thread.sleep(10_000); // the consumer keeps reading and failing meanwhile
        } finally {
            postgres.start();
        }

        String[] sent = ids.toArray(String[]::new);
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).until(() -> database.count(
                "select count(*) from agency_update where event_id = any(?)", (Object) sent) == 200);
        assertThat(database.count("select count(*) from agency_update where event_id = any(?) and outcome = 'APPLIED'",
                (Object) sent)).isPositive();
        for (ReportedTip tip : tips) {
            assertThat(tip.status().<String>path("status")).isIn("accepted", "in_progress");
        }
        // Nothing is left behind on the topics either.
        await().atMost(Duration.ofSeconds(20)).until(() -> given().get("/q/health/group/delivery")
                .then().extract().<Integer>path("checks[0].data.'agency-updates.lag'") == 0);
    }

    @Test
    void aRecordTheDatabaseRefusesIsSetAsideAtOnceAndTheOnesBehindItAreApplied() {
        ReportedTip tip = ReportedTip.submit("Counterfeit Chanel handbags with a fake logo are sold in a market in Guangzhou");
        String agency = tip.agencies.get(0).toLowerCase(Locale.ROOT);
        // A tracking number longer than its column, and a NUL in a note: PostgreSQL refuses both.
        String tooLong = agencies.send(agency, "7".repeat(100), "accepted", null, null);
        String withNul = agencies.send(agency, tip.number, "accepted", null, "seized \\u0000 goods");
        agencies.send(agency, tip.number, "accepted", null, "case opened");

        await().atMost(Duration.ofSeconds(20)).until(() -> "accepted".equals(tip.status().path("status")));
        assertThat(tip.status().<String>path("history[2].note")).isEqualTo("case opened");
        for (String id : List.of(tooLong, withNul)) {
            assertThat(database.count("""
                    select count(*) from agency_record_rejected
                     where topic = ? and event_id = ? and headers like '%ce_type: ipr.tip.status%'
                       and reason like 'the database refused what it holds%'""",
                    "ipr.agency.updates." + agency, id)).as(id).isEqualTo(1);
        }
    }

    @Test
    void recordsThatAreNotUpdatesAreKeptAsTheyCame() {
        agencies.sendJunk("ipr.agency.updates.samr", "junk", "not a cloud event \u0000".getBytes());
        await().atMost(Duration.ofSeconds(20)).until(() -> database.count("""
                select count(*) from agency_record_rejected
                 where topic = 'ipr.agency.updates.samr' and agency = 'SAMR' and record_value = ?
                   and reason like 'not a CloudEvent%'""", (Object) "not a cloud event \u0000".getBytes()) == 1);
    }
}
