package org.iprhotline.hotline.classify;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The shipped models, read while the service starts: once it answers, they are in. */
@QuarkusTest
class ShippedClassifierTest {

    @Inject
    Classifier classifier;

    @Test
    void requestsAreClassifiedByTheShippedModels() {
        given().contentType("application/json").body("{\"text\": \"网店销售假冒耐克商标的运动鞋，通过快递发货\"}")
                .post("/api/v1/classify").then().statusCode(200)
                .body("rightType", equalTo("trademark"));
        assertThat(classifier.model()).isEqualTo(new TrainedClassifier(ClassifierModels.loadShipped()).model());
    }
}
