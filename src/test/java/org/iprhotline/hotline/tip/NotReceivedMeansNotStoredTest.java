package org.iprhotline.hotline.tip;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

import org.iprhotline.hotline.infra.Database;

/**
 * A reporter told "not received" (503) must not find the tip stored later: no tip they hold no
 * number for, and no second one when they send it again. A write budget of 1 ms makes most
 * requests give up while their draft is still queued.
 */
@QuarkusTest
@TestProfile(NotReceivedMeansNotStoredTest.ImpatientIntake.class)
class NotReceivedMeansNotStoredTest {

    public static class ImpatientIntake implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("ipr.intake.journal.write-timeout", "1ms");
        }
    }

    @Inject
    Database database;

    @Test
    void aTipWhoseRequestWasToldNotReceivedIsNeverStored() throws Exception {
        List<String> refused = new ArrayList<>();
        List<String> accepted = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String marker = UUID.randomUUID().toString();
            int status = given().contentType(ContentType.JSON)
                    .body(Map.of("text", "Counterfeit Nike shoes sold at stall " + marker))
                    .when().post("/api/v1/tips").then().extract().statusCode();
            assertThat(status).isIn(201, 503);
            (status == 503 ? refused : accepted).add(marker);
        }
        assertThat(refused).isNotEmpty();
        Thread.sleep(2_000); // longer than any write still under way
        for (String marker : refused) {
            assertThat(database.count("select count(*) from tip where text like ?", "%" + marker)).as(marker).isZero();
        }
        for (String marker : accepted) {
            assertThat(database.count("select count(*) from tip where text like ?", "%" + marker)).as(marker).isEqualTo(1);
        }
    }
}
