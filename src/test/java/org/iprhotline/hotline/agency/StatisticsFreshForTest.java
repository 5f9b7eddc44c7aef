package org.iprhotline.hotline.agency;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Map;

import jakarta.inject.Inject;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * The month's figures, once counted, are answered again for ipr.statistics.fresh-for without
 * counting: a dashboard polling them costs the database nothing, and they are there even while
 * every turn to count is taken. The answer says when they were counted.
 */
@QuarkusTest
@TestProfile(StatisticsFreshForTest.AMinute.class)
class StatisticsFreshForTest {

    public static class AMinute implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("ipr.statistics.fresh-for", "60s");
        }
    }

    private static final String MONTH = YearMonth.now(ZoneId.of("Asia/Shanghai")).toString();

    @Inject
    AgroalDataSource dataSource;

    private static JsonPath monthly() {
        return given().auth().preemptive().basic("coordinator", "coordinator-password")
                .when().get("/api/v1/statistics/monthly?month=" + MONTH).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void figuresCountedAMomentAgoAreAnsweredAgainWithTheirTimeEvenWhileEveryTurnIsTaken() throws Exception {
        JsonPath first = monthly();
        assertThat(first.getString("countedAt")).isNotBlank();
        given().contentType(ContentType.JSON).body(Map.of("text", "Pirated copies of our textbook are sold online"))
                .when().post("/api/v1/tips").then().statusCode(201);

        JsonPath again = monthly();
        assertThat(again.getString("countedAt")).isEqualTo(first.getString("countedAt"));
        assertThat(again.getLong("received")).isEqualTo(first.getLong("received"));

        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            try (Statement statement = other.createStatement()) {
                statement.execute("select pg_advisory_xact_lock(12330, 100), pg_advisory_xact_lock(12330, 101)");
            }
            assertThat(monthly().getString("countedAt")).isEqualTo(first.getString("countedAt"));
            String page = given().auth().preemptive().basic("coordinator", "coordinator-password")
                    .when().get("/coordinators/statistics?lang=en&month=" + MONTH).then().statusCode(200).extract().asString();
            assertThat(Jsoup.parse(page).select("#counted-at").text()).startsWith("Counted at ")
                    .endsWith("counted again when asked after 60 seconds.");
            // Another month was not counted here: its figures wait for a turn.
            given().auth().preemptive().basic("coordinator", "coordinator-password")
                    .when().get("/api/v1/statistics/monthly?month=2020-01").then().statusCode(503);
            other.rollback();
        }
    }
}
