package org.iprhotline.hotline.mail;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.util.GreenMailUtil;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import org.iprhotline.hotline.agency.AgencySystems;
import org.iprhotline.hotline.infra.MailServer;

/** Reporters who gave an e-mail address hear of their tip by e-mail, through a real SMTP server. */
@QuarkusTest
class ReporterMailTest {

    @AutoClose
    final AgencySystems agencies = new AgencySystems();

    @Test
    void theReceiptAndTheAgencysStepsArriveByEmailInTheReportsLanguageWithoutTheAccessCode() {
        String address = "reporter-" + UUID.randomUUID() + "@example.com";
        JsonPath receipt = report(address, "Counterfeit Chanel handbags with a fake logo are sold in a market stall");
        String number = receipt.getString("trackingNumber");

        MimeMessage first = awaitMail(address, 1).get(0);
        assertThat(subject(first)).isEqualTo("Your report " + number + " is received");
        String body = text(first);
        assertThat(body).contains("Tracking number: " + number).contains("https://hotline.example.org/cases")
                .doesNotContain(receipt.getString("accessCode"));

        agencies.send("samr", number, "accepted", null, null);
        agencies.send("samr", number, "info_requested", null, "Where is the stall?");
        List<MimeMessage> all = awaitMail(address, 3);
        assertThat(all.stream().map(ReporterMailTest::subject)).contains(
                "Your report " + number + ": Accepted by the agency",
                "Your report " + number + ": The agency needs more information");
        MimeMessage asked = all.stream().filter(mail -> subject(mail).endsWith("more information")).findFirst()
                .orElseThrow();
        assertThat(text(asked)).contains("asks: Where is the stall?");

        agencies.close("samr", number, "penalty_imposed", "20000", "stall fined");
        MimeMessage closed = awaitMail(address, 4).stream().filter(mail -> subject(mail).endsWith(": Closed"))
                .findFirst().orElseThrow();
        assertThat(text(closed)).contains("Now: Closed (State Administration for Market Regulation: penalty imposed)");
    }

    @Test
    void aReporterHearsWhereTheTriageDeskSentTheirTip() {
        String address = "triaged-" + UUID.randomUUID() + "@example.com";
        String number = report(address, "Hello, I would like some help with a problem about my neighbour's shop")
                .getString("trackingNumber");
        awaitMail(address, 1);
        decideAtTheTriageDesk(number, Map.of("rightType", "trademark"));
        MimeMessage routed = awaitMail(address, 2).get(1);
        assertThat(subject(routed)).isEqualTo("Your report " + number + ": Passed to the agency");
        assertThat(text(routed)).contains("Handled by: State Administration for Market Regulation");
    }

    @Test
    void aReporterHearsTheTriageDeskClosedTheirTipAsNoIpMatter() {
        String address = "not-ip-" + UUID.randomUUID() + "@example.com";
        String number = report(address, "Hello, the dry cleaner lost my coat and will not pay for it")
                .getString("trackingNumber");
        awaitMail(address, 1);
        decideAtTheTriageDesk(number, Map.of("rightType", "none", "note", "A consumer dispute: call 12315."));
        MimeMessage closed = awaitMail(address, 2).get(1);
        assertThat(subject(closed)).isEqualTo("Your report " + number + ": Closed");
        assertThat(text(closed)).contains("Now: Closed (Hotline triage desk: not an IP matter)");
    }

    @Test
    void aChineseReportGetsItsReceiptInChinese() {
        String address = "jubao-" + UUID.randomUUID() + "@example.cn";
        String number = report(address, "有人在网上销售假冒我公司注册商标的运动鞋，价格很低").getString("trackingNumber");
        MimeMessage mail = awaitMail(address, 1).get(0);
        assertThat(subject(mail)).isEqualTo("您的举报 " + number + " 已收到");
        assertThat(text(mail)).contains("举报编号：" + number);
    }

    private static void decideAtTheTriageDesk(String number, Map<String, String> decision) {
        given().auth().preemptive().basic("triage-officer", "triage-password").contentType(ContentType.JSON)
                .body(decision).when().post("/api/v1/triage/tips/" + number + "/decision").then().statusCode(200);
    }

    private static JsonPath report(String address, String text) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("text", text, "reporter", Map.of("name", "Li Na", "email", address)))
                .when().post("/api/v1/tips").then().statusCode(201).extract().jsonPath();
    }

    private static List<MimeMessage> awaitMail(String address, int count) {
        await().atMost(Duration.ofSeconds(20)).until(() -> to(address).size() >= count);
        return to(address);
    }

    private static List<MimeMessage> to(String address) {
        return Arrays.stream(MailServer.received().getReceivedMessages())
                .filter(mail -> GreenMailUtil.getAddressList(recipients(mail)).contains(address)).toList();
    }

    private static jakarta.mail.Address[] recipients(MimeMessage mail) {
        try {
            return mail.getAllRecipients();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The text as the reporter reads it (decoded from the transfer encoding). */
    private static String text(MimeMessage mail) {
        try {
            return (String) mail.getContent();
        } catch (jakarta.mail.MessagingException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
