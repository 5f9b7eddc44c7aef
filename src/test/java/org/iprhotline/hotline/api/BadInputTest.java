package org.iprhotline.hotline.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import org.iprhotline.hotline.infra.Database;

/** Whatever a client sends, it gets a clear problem+json answer, never a 500, and nothing half-stored. */
@QuarkusTest
class BadInputTest {

    @TestHTTPResource("/api/v1/tips")
    URI tipsUri;

    @Inject
    Database database;

    long tipsBefore;

    @BeforeEach
    void countTips() {
        tipsBefore = database.tips();
    }

    @AfterEach
    void nothingWasStored() {
        assertThat(database.tips()).isEqualTo(tipsBefore);
    }

    @Test
    void malformedJsonIsA400() {
        post("{\"text\": \"fake shoes\"").statusCode(400)
                .body("title", equalTo("Bad Request"))
                .body("detail", containsString("not well-formed JSON"))
                .body(not(containsString("at com.")));
    }

    @Test
    void missingBodyIsA400() {
        given().contentType(ContentType.JSON).when().post("/api/v1/tips")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void blankTextIsA400NamingTheField() {
        post("{\"text\": \"   \"}").statusCode(400)
                .body("errors.field", hasItem("text"))
                .body("errors.message", hasItem("must describe what happened"));
    }

    @Test
    void missingTextIsA400NamingTheField() {
        post("{\"foreignInvested\": false}").statusCode(400).body("errors.field", hasItem("text"));
    }

    @Test
    void numberWhereTextBelongsIsA400() {
        post("{\"text\": 42}").statusCode(400)
                .body("errors[0].field", equalTo("text"))
                .body("errors[0].message", equalTo("must be a string"));
    }

    @Test
    void stringWhereABooleanBelongsIsA400() {
        post("{\"text\": \"fake shoes\", \"foreignInvested\": \"yes\"}").statusCode(400)
                .body("errors[0].field", equalTo("foreignInvested"));
    }

    @Test
    void arrayWhereAnObjectBelongsIsA400() {
        post("{\"text\": \"fake shoes\", \"reporter\": [1, 2]}").statusCode(400)
                .body("errors[0].field", equalTo("reporter"));
    }

    @Test
    void unknownRightTypeIsA400() {
        post("{\"text\": \"fake shoes\", \"rightType\": \"design\"}").statusCode(400)
                .body("errors.field", hasItem("rightType"));
    }

    @Test
    void invalidEmailIsA400NamingTheNestedField() {
        post("{\"text\": \"fake shoes\", \"reporter\": {\"email\": \"not-an-address\"}}").statusCode(400)
                .body("errors.field", hasItem("reporter.email"));
    }

    @Test
    void unknownFieldIsA400() {
        post("{\"txt\": \"fake shoes\"}").statusCode(400).body("errors.field", hasItem("txt"));
    }

    @Test
    void jsonThatIsNotAnObjectIsA400() {
        post("\"fake shoes\"").statusCode(400);
        post("null").statusCode(400);
    }

    @Test
    void wrongContentTypeIsA415() {
        given().contentType(ContentType.TEXT).body("fake shoes")
                .when().post("/api/v1/tips")
                .then().statusCode(415).contentType("application/problem+json")
                .body("status", equalTo(415))
                .body("detail", containsString("application/json"));
    }

    @Test
    void bodyWithoutALengthIsRefusedBeforeItIsRead() throws Exception {
        byte[] body = "{\"text\": \"counterfeit shoes\"}".getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(tipsUri)
                .header("Content-Type", "application/json")
                // A stream of unknown length goes out chunked.
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(411);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(response.body()).contains("Content-Length");
    }

    @Test
    void aDisguisedPathDoesNotDodgeTheLengthCheck() throws Exception {
        // Routing resolves both to /api/v1/tips; the check must see the same path.
        for (String path : new String[] {"/report/../api/v1/tips", "/%61pi/v1/tips"}) {
            String request = "POST " + path + " HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
                    + "1d\r\n{\"text\": \"counterfeit shoes\"}\r\n0\r\n\r\n";
            try (Socket socket = new Socket(tipsUri.getHost(), tipsUri.getPort())) {
                socket.setSoTimeout(10_000);
                socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
                String statusLine = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                        StandardCharsets.US_ASCII)).readLine();
                assertThat(statusLine).as(path).startsWith("HTTP/1.1 411");
            }
        }
    }

    @Test
    void bodyOverTheLimitIsA413() {
        String huge = "{\"text\": \"" + "x".repeat(1024 * 1024 + 10) + "\"}";
        post(huge).statusCode(413).body("status", equalTo(413));
    }

    @Test
    void overlongIdempotencyKeyIsA400() {
        given().contentType(ContentType.JSON).header("Idempotency-Key", "k".repeat(300))
                .body("{\"text\": \"fake shoes\"}")
                .when().post("/api/v1/tips")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void statusWithoutAccessCodeIsA400() {
        given().when().get("/api/v1/tips/0000-0000-0000")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void classifyRejectsBlankText() {
        given().contentType(ContentType.JSON).body("{\"text\": \"\"}")
                .when().post("/api/v1/classify")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("text"));
    }

    @Test
    void unknownAddressIsA404Problem() {
        given().when().get("/api/v1/nothing-here")
                .then().statusCode(404).contentType("application/problem+json");
    }

    private static ValidatableResponse post(String body) {
        return given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/tips")
                .then().contentType("application/problem+json");
    }
}
