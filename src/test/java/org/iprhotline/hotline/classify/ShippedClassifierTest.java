package org.iprhotline.hotline.classify;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The shipped models, read while the service starts: ready means they are in. */
@QuarkusTest
class ShippedClassifierTest {

    @Inject
    Classifier classifier;

    @Test
    void theServiceIsReadyWithItsModelsLoadedAndClassifiesWithThem() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'classifier' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'classifier' }.data.models", equalTo("loaded"));
        Classification classification = classifier.classify("网店销售假冒耐克商标的运动鞋，通过快递发货");
        assertThat(classification.rightType()).isEqualTo(RightType.TRADEMARK);
        assertThat(classifier.model()).startsWith("v");
    }
}
