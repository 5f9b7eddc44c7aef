package org.iprhotline.hotline.tip;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.iprhotline.hotline.infra.Database;

/**
 * A staff queue lists an agency's tips newest first through the agency's own rows, and counts them
 * only up to a limit, then says "more than": counting every tip a large agency holds read all of
 * them at each page view.
 */
@QuarkusTest
class QueueCountTest {

    private static final CaseFiles.Filter EVERY_TIP = new CaseFiles.Filter(List.of(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty());

    @Inject
    CaseFiles files;

    @Inject
    TipStatusUpdates updates;

    @Inject
    Database database;

    @Test
    void aQueueLongerThanTheLimitSaysMoreThanTheLimit() {
        for (int i = 0; i < 3; i++) {
            given().contentType(ContentType.JSON).body(Map.of("text", "Counterfeit Chanel handbags sold at stall " + i))
                    .when().post("/api/v1/tips").then().statusCode(201);
        }

        CaseFiles.QueuePage capped = files.queue(EVERY_TIP, 0, 2);
        assertThat(capped.total()).isEqualTo(2);
        assertThat(capped.more()).isTrue();
        assertThat(capped.lines()).isNotEmpty();

        CaseFiles.QueuePage counted = files.queue(EVERY_TIP, 0, 1_000_000);
        assertThat(counted.more()).isFalse();
        assertThat(counted.total()).isGreaterThanOrEqualTo(3);
        assertThat(counted.hasNext()).isEqualTo(counted.total() > CaseFiles.PAGE_SIZE);
    }

    @Test
    void anAgencysQueueListsItsNewestTipsFirstWhateverTheFilter() {
        String older = report("Counterfeit Chanel handbags with a fake logo are sold in a market in Guangzhou");
        String newer = report("Fake Nike shoes with the swoosh logo are sold at a stall in a market in Guangzhou");

        assertThat(numbers(files.queue(filter(List.of("SAMR"), Optional.empty()), 0))).startsWith(newer, older);
        // A filter on the tip itself, and an officer of several agencies, read the tips another way.
        assertThat(numbers(files.queue(filter(List.of("SAMR"), Optional.of("44")), 0))).startsWith(newer, older);
        assertThat(numbers(files.queue(filter(List.of("CNIPA", "SAMR"), Optional.empty()), 0)))
                .startsWith(newer, older);
        assertThat(numbers(files.queue(filter(List.of("CNIPA"), Optional.empty()), 0))).doesNotContain(newer, older);

        CaseFiles.QueuePage capped = files.queue(filter(List.of("SAMR"), Optional.empty()), 0, 1);
        assertThat(capped.total()).isEqualTo(1);
        assertThat(capped.more()).isTrue();
    }

    @Test
    void aStatusFilterFollowsTheTipsStatus() {
        String accepted = report("Counterfeit Chanel handbags with a fake logo are sold in a market in Guangzhou");
        String waiting = report("Fake Nike shoes with the swoosh logo are sold at a stall in a market in Guangzhou");
        assertThat(updates.apply(new StatusUpdate("test:" + UUID.randomUUID(), "SAMR", "SAMR", accepted,
                TipStatus.ACCEPTED, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty())).applied()).isTrue();

        CaseFiles.QueuePage acceptedBySamr = files.queue(new CaseFiles.Filter(List.of("SAMR"),
                Optional.of(TipStatus.ACCEPTED), Optional.empty(), Optional.empty(), Optional.empty()), 0);
        assertThat(numbers(acceptedBySamr)).contains(accepted).doesNotContain(waiting);
        assertThat(acceptedBySamr.total()).isPositive();
        assertThat(numbers(files.queue(new CaseFiles.Filter(List.of("SAMR"), Optional.of(TipStatus.ROUTED),
                Optional.empty(), Optional.empty(), Optional.empty()), 0))).contains(waiting).doesNotContain(accepted);
        assertThat(numbers(files.queue(new CaseFiles.Filter(List.of(), Optional.of(TipStatus.ACCEPTED),
                Optional.empty(), Optional.empty(), Optional.empty()), 0))).contains(accepted).doesNotContain(waiting);
    }

    @Test
    void aBureausQueueHoldsItsProvincesTipsAndFollowsARegionAddedLater() {
        String guangzhou = report("Counterfeit Chanel handbags with a fake logo are sold in a market in Guangzhou");
        String nowhere = report("Counterfeit Chanel handbags with a fake logo are sold at a stall");
        CaseFiles.Filter guangdongBureau = bureau(Optional.empty(), List.of("44"));

        assertThat(numbers(files.queue(guangdongBureau, 0))).contains(guangzhou).doesNotContain(nowhere);
        assertThat(files.queue(guangdongBureau, 0).total()).isPositive();
        assertThat(numbers(files.queue(bureau(Optional.of("31"), List.of("44")), 0))).isEmpty();
        assertThat(numbers(files.queue(bureau(Optional.empty(), List.of("31", "44")), 0))).contains(guangzhou)
                .doesNotContain(nowhere);
        assertThat(numbers(files.queue(bureau(Optional.empty(), List.of("31")), 0))).doesNotContain(guangzhou);

        // The tip's place becomes known later (a caller keys it in): its agencies' rows follow.
        assertThat(database.update("update tip set region = '440305' where tracking_number = replace(?, '-', '')",
                nowhere)).isEqualTo(1);
        assertThat(numbers(files.queue(guangdongBureau, 0))).startsWith(nowhere, guangzhou);
    }

    @Test
    void aCityBureausQueueHoldsItsCitysTipsAndFollowsTheRegion() {
        String shenzhen = report("Counterfeit Chanel handbags with a fake logo are sold in a market in Shenzhen");
        String guangzhou = report("Counterfeit Chanel handbags with a fake logo are sold in a market in Guangzhou");
        String later = report("Counterfeit Chanel handbags with a fake logo are sold at a stall");
        CaseFiles.Filter shenzhenBureau = bureau(Optional.empty(), List.of("4403"));

        assertThat(numbers(files.queue(shenzhenBureau, 0))).contains(shenzhen).doesNotContain(guangzhou, later);
        assertThat(numbers(files.queue(bureau(Optional.of("44"), List.of("4403")), 0))).contains(shenzhen)
                .doesNotContain(guangzhou);
        assertThat(numbers(files.queue(bureau(Optional.of("31"), List.of("4403")), 0))).isEmpty();
        // Two cities; a city and another province; an officer of two agencies (read from the tips).
        assertThat(numbers(files.queue(bureau(Optional.empty(), List.of("4401", "4403")), 0)))
                .contains(shenzhen, guangzhou);
        assertThat(numbers(files.queue(bureau(Optional.empty(), List.of("31", "4403")), 0))).contains(shenzhen)
                .doesNotContain(guangzhou);
        assertThat(numbers(files.queue(new CaseFiles.Filter(List.of("CNIPA", "SAMR"), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), List.of("4403")), 0))).contains(shenzhen)
                .doesNotContain(guangzhou);
        // Junk in a role names no place: nothing, not everything.
        assertThat(numbers(files.queue(bureau(Optional.empty(), List.of("city-44")), 0))).isEmpty();

        // The tip's place becomes known later, then only its province: the city's rows follow.
        assertThat(database.update("update tip set region = '440305' where tracking_number = replace(?, '-', '')",
                later)).isEqualTo(1);
        assertThat(numbers(files.queue(shenzhenBureau, 0))).startsWith(later, shenzhen);
        assertThat(database.update("update tip set region = '440000' where tracking_number = replace(?, '-', '')",
                later)).isEqualTo(1);
        assertThat(numbers(files.queue(shenzhenBureau, 0))).doesNotContain(later).contains(shenzhen);
        assertThat(numbers(files.queue(bureau(Optional.empty(), List.of("44")), 0))).contains(later);
    }

    @Test
    void aDistrictBureausQueueHoldsItsDistrictsTipsOnly() {
        String nanshan = report("Counterfeit Chanel handbags with a fake logo are sold at a stall on Nanshan Avenue");
        String futian = report("Counterfeit Chanel handbags with a fake logo are sold at a stall on Futian Road");
        String shenzhen = report("Counterfeit Chanel handbags with a fake logo are sold at a stall in the city");
        Map.of(nanshan, "440305", futian, "440304", shenzhen, "440300").forEach((number, region) ->
                assertThat(database.update("update tip set region = ? where tracking_number = replace(?, '-', '')",
                        region, number)).isEqualTo(1));
        CaseFiles.Filter nanshanBureau = bureau(Optional.empty(), List.of("440305"));

        assertThat(numbers(files.queue(nanshanBureau, 0))).contains(nanshan).doesNotContain(futian, shenzhen);
        assertThat(files.queue(nanshanBureau, 0).total()).isPositive();
        assertThat(numbers(files.queue(bureau(Optional.of("44"), List.of("440305")), 0))).contains(nanshan)
                .doesNotContain(futian);
        assertThat(numbers(files.queue(bureau(Optional.of("31"), List.of("440305")), 0))).isEmpty();
        // A district and its city: the city's whole; a district and another province's.
        assertThat(numbers(files.queue(bureau(Optional.empty(), List.of("440305", "4403")), 0)))
                .contains(nanshan, futian, shenzhen);
        assertThat(numbers(files.queue(bureau(Optional.empty(), List.of("31", "440305")), 0))).contains(nanshan)
                .doesNotContain(futian, shenzhen);
        // An officer of two agencies (read from the tips, not from one agency's rows).
        assertThat(numbers(files.queue(new CaseFiles.Filter(List.of("CNIPA", "SAMR"), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), List.of("440305")), 0))).contains(nanshan)
                .doesNotContain(futian, shenzhen);
        assertThat(numbers(files.queue(bureau(Optional.empty(), List.of("county-44030")), 0))).isEmpty();

        // The district's tip moves to the next district: it leaves the queue.
        assertThat(database.update("update tip set region = '440304' where tracking_number = replace(?, '-', '')",
                nanshan)).isEqualTo(1);
        assertThat(numbers(files.queue(nanshanBureau, 0))).doesNotContain(nanshan);
    }

    private static CaseFiles.Filter bureau(Optional<String> province, List<String> within) {
        return new CaseFiles.Filter(List.of("SAMR"), Optional.empty(), Optional.empty(), province, Optional.empty(),
                within);
    }

    private static String report(String text) {
        return given().contentType(ContentType.JSON).body(Map.of("text", text)).when().post("/api/v1/tips")
                .then().statusCode(201).extract().path("trackingNumber");
    }

    private static CaseFiles.Filter filter(List<String> agencies, Optional<String> province) {
        return new CaseFiles.Filter(agencies, Optional.empty(), Optional.empty(), province, Optional.empty());
    }

    private static List<String> numbers(CaseFiles.QueuePage page) {
        return page.lines().stream().map(line -> line.trackingNumber().formatted()).toList();
    }
}
