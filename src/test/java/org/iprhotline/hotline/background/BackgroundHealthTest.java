package org.iprhotline.hotline.background;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Health as Kubernetes and the operators read it. */
@QuarkusTest
class BackgroundHealthTest {

    @Inject
    BackgroundWork work;

    @Test
    void bothLoopsAreReportedAliveAndDeliveryIsMeasured() {
        for (String probe : new String[] {"/q/health/live", "/q/health/ready"}) {
            given().get(probe).then().statusCode(200)
                    .body("checks.name", hasItem("background-loops"))
                    .body("checks.find { it.name == 'background-loops' }.data.outbox-relay", containsString("going round"))
                    .body("checks.find { it.name == 'background-loops' }.data.agency-updates", containsString("going round"));
        }
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'delivery-figures' }.data.'agency-updates.lag'", notNullValue())
                .body("checks.find { it.name == 'delivery-figures' }.data.'within-limits'", equalTo(true));
        given().get("/q/health/group/delivery").then().statusCode(200)
                .body("checks[0].name", equalTo("delivery"))
                .body("checks[0].data.'outbox.oldest-pending-ms'", notNullValue())
                .body("checks[0].data.'agency-updates.lag'", notNullValue());
    }

    @Test
    void aLoopWhoseThreadEndedMakesTheServiceUnhealthy() {
        BackgroundWork.Loop loop = work.loop("health-test");
        try {
            loop.started();
            loop.stopped();
            given().get("/q/health/live").then().statusCode(503)
                    .body("checks.find { it.name == 'background-loops' }.data.health-test", containsString("stopped"));
        } finally {
            work.forget("health-test");
        }
        given().get("/q/health/live").then().statusCode(200);
    }
}
