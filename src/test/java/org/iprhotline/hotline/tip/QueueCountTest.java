package org.iprhotline.hotline.tip;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * A staff queue counts its tips only up to a limit, then says "more than": counting every tip a
 * large agency holds read all of them at each page view.
 */
@QuarkusTest
class QueueCountTest {

    private static final CaseFiles.Filter EVERY_TIP = new CaseFiles.Filter(List.of(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty());

    @Inject
    CaseFiles files;

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
}
