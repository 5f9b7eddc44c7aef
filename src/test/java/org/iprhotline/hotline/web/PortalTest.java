package org.iprhotline.hotline.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;


import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import org.iprhotline.hotline.infra.Database;
import org.iprhotline.hotline.infra.RateLimitWindow;
import org.iprhotline.hotline.infra.TopicReader;

@QuarkusTest
class PortalTest {

    static final String COUNTERFEIT = "A shop on Taobao sells counterfeit Adidas trainers with our registered "
            + "trademark logo, far below the real price. We bought a pair: the stitching and box are fake.";

    @Inject
    Database database;

    @Inject
    ObjectMapper json;

    @Test
    void homePageFollowsTheBrowserLanguageAndTheSwitch() {
        PortalVisitor chinese = new PortalVisitor("zh-CN,zh;q=0.9,en;q=0.8");
        Response home = chinese.get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(home.asString());
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("zh");
        assertThat(page.text()).contains("国家知识产权局", "12330", "举报侵权");
        assertThat(page.selectFirst("#language-switch").attr("href")).isEqualTo("/?lang=en");

        Response switched = chinese.get("/?lang=en");
        assertThat(Jsoup.parse(switched.asString()).selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(switched.getCookie("lang")).isEqualTo("en");
        // The choice is remembered over the browser's own preference.
        Document next = Jsoup.parse(chinese.get("/report").asString());
        assertThat(next.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(next.text()).contains("Report an infringement", "Report anonymously");
    }

    @Test
    void pagesCarrySecurityHeaders() {
        Response home = new PortalVisitor("en").get("/");
        assertThat(home.header("Content-Security-Policy")).contains("frame-ancestors 'none'", "default-src 'none'");
        assertThat(home.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(home.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(home.header("Cache-Control")).contains("no-store");
        assertThat(home.getDetailedCookie(CsrfGuard.COOKIE).isHttpOnly()).isTrue();
        assertThat(home.getDetailedCookie(CsrfGuard.COOKIE).getSameSite()).isEqualTo("Strict");
    }

    @Test
    void reportWithEvidenceReachesTheAgencyWithDigestsThatOnlyItCanDownload() throws Exception {
        PortalVisitor visitor = new PortalVisitor("en");
        visitor.openReportForm();
        byte[] picture = PortalVisitor.png();
        byte[] pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n".getBytes();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("text", COUNTERFEIT);
        fields.put("rightType", "trademark");
        fields.put("url", "https://shop.example.com/item/778812");
        fields.put("infringerCompany", "Putian Shoes Trading Co.");
        fields.put("anonymous", "no");
        fields.put("reporterName", "Anna Müller");
        fields.put("organisation", "adidas (China) Ltd.");
        fields.put("email", "legal@example.com");
        fields.put("foreignInvested", "yes");
        Response sent = visitor.sendReport(fields, List.of(
                new PortalVisitor.Upload("../../etc/photo of shoes.png", "image/png", picture),
                new PortalVisitor.Upload("invoice.pdf", "application/pdf", pdf)));

        assertThat(sent.statusCode()).isEqualTo(200);
        Document receipt = Jsoup.parse(sent.asString());
        String trackingNumber = receipt.selectFirst("#tracking-number").text();
        String accessCode = receipt.selectFirst("#access-code").text();
        assertThat(trackingNumber).matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
        assertThat(accessCode).matches("[0-9]{8}");
        assertThat(receipt.selectFirst("#agencies").text()).contains("State Administration for Market Regulation");
        assertThat(receipt.text()).contains("15 working days", PortalVisitor.sha256(picture), PortalVisitor.sha256(pdf));

        await().atMost(Duration.ofSeconds(20))
                .until(() -> TopicReader.recordsMentioning("ipr.tips.samr", trackingNumber).size() == 1);
        ConsumerRecord<String, byte[]> record = TopicReader.recordsMentioning("ipr.tips.samr", trackingNumber).get(0);
        JsonNode event = json.readTree(record.value());
        assertThat(event.get("channel").asText()).isEqualTo("web");
        assertThat(event.get("foreignInvested").asBoolean()).isTrue();
        assertThat(event.get("reporter").get("organisation").asText()).isEqualTo("adidas (China) Ltd.");
        assertThat(event.get("text").asText()).contains(COUNTERFEIT, "https://shop.example.com/item/778812",
                "Putian Shoes Trading Co.");
        JsonNode evidence = event.get("evidence");
        assertThat(evidence).hasSize(2);
        JsonNode photo = evidence.get(0);
        assertThat(photo.get("kind").asText()).isEqualTo("file");
        assertThat(photo.get("name").asText()).isEqualTo("photo of shoes.png");
        assertThat(photo.get("contentType").asText()).isEqualTo("image/png");
        assertThat(photo.get("sizeBytes").asLong()).isEqualTo(picture.length);
        assertThat(photo.get("sha256").asText()).isEqualTo(PortalVisitor.sha256(picture));
        assertThat(evidence.get(1).get("contentType").asText()).isEqualTo("application/pdf");
        String url = photo.get("url").asText();
        assertThat(url).startsWith("https://hotline.example.org/api/v1/agency/evidence/");
        String path = url.substring("https://hotline.example.org".length());

        Response download = given().auth().preemptive().basic("samr-officer", "samr-password").get(path);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.contentType()).isEqualTo("image/png");
        assertThat(PortalVisitor.sha256(download.asByteArray())).isEqualTo(PortalVisitor.sha256(picture));
        assertThat(download.header("Repr-Digest")).startsWith("sha-256=:");
        assertThat(download.header("Content-Disposition")).contains("attachment", "photo%20of%20shoes.png");

        // The reporter follows the case; the files do not stand in the way.
        assertThat(visitor.checkCase(trackingNumber, accessCode).statusCode()).isEqualTo(200);

        given().get(path).then().statusCode(401);
        given().auth().preemptive().basic("cnipa-officer", "cnipa-password").get(path).then().statusCode(404);
        // SAMR's Guangdong bureau does not get it either: the tip names no place, so it is the national desk's.
        given().auth().preemptive().basic("samr-guangdong", "guangdong-password").get(path).then().statusCode(404);
        given().auth().preemptive().basic("samr-officer", "samr-password")
                .get("/api/v1/agency/evidence/not-a-file").then().statusCode(404);
    }

    @Test
    void missingDescriptionIsShownByItsFieldAndEverythingTypedAndUploadedIsKept() throws Exception {
        PortalVisitor visitor = new PortalVisitor("zh-CN");
        visitor.openReportForm();
        byte[] picture = PortalVisitor.png();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("text", "  ");
        fields.put("url", "https://item.example.cn/123");
        fields.put("infringerName", "李记鞋店");
        fields.put("anonymous", "yes");
        Response rejected = visitor.sendReport(fields, List.of(new PortalVisitor.Upload("鞋.png", "image/png", picture)));

        assertThat(rejected.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(rejected.asString());
        assertThat(page.selectFirst(".error-summary a[href=#text]").text()).isEqualTo("请描述侵权情况。");
        assertThat(page.selectFirst("#text-error").text()).isEqualTo("请描述侵权情况。");
        assertThat(page.selectFirst("#text").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.selectFirst("#url").val()).isEqualTo("https://item.example.cn/123");
        assertThat(page.selectFirst("#infringerName").val()).isEqualTo("李记鞋店");
        assertThat(page.selectFirst("input[name=keep]").parent().text()).contains("鞋.png");
        assertThat(database.count("select count(*) from tip where text like ?", "%李记鞋店%")).isZero();

        fields.put("text", "李记鞋店在网上销售假冒我公司注册商标的运动鞋，价格远低于正品。");
        fields.put("keep", page.selectFirst("input[name=keep]").val());
        Response sent = visitor.sendReport(fields, List.of());
        assertThat(sent.statusCode()).isEqualTo(200);
        Document receipt = Jsoup.parse(sent.asString());
        assertThat(receipt.selectFirst("html").attr("lang")).isEqualTo("zh");
        assertThat(receipt.selectFirst("#evidence-received").text()).contains("鞋.png", PortalVisitor.sha256(picture));
        String trackingNumber = receipt.selectFirst("#tracking-number").text();
        assertThat(database.count("""
                select count(*) from evidence_file f join tip t on t.id = f.tip_id
                 where t.tracking_number = ? and f.sha256 = ?""", trackingNumber.replace("-", ""), PortalVisitor.sha256(picture)))
                .isEqualTo(1);
    }

    @Test
    void fileThatIsNotEvidenceIsRefusedByItsContentWhateverItsName() {
        PortalVisitor visitor = new PortalVisitor("en");
        visitor.openReportForm();
        byte[] program = new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xff, (byte) 0xff, 0, 0};
        Response rejected = visitor.sendReport(Map.of("text", COUNTERFEIT, "port", "Ningbo"),
                List.of(new PortalVisitor.Upload("contract.pdf", "application/pdf", program)));

        assertThat(rejected.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(rejected.asString());
        assertThat(page.selectFirst("#evidence-error").text())
                .isEqualTo("\"contract.pdf\" is not a picture, PDF or office document. "
                        + "We look at what the file contains, not at its name.");
        assertThat(page.selectFirst(".error-summary a[href=#evidence]")).isNotNull();
        assertThat(page.selectFirst("#text").text()).isEqualTo(COUNTERFEIT);
        assertThat(page.selectFirst("#port").val()).isEqualTo("Ningbo");
        assertThat(page.select("input[name=keep]")).isEmpty();
        assertThat(database.count("select count(*) from tip where text like ?", COUNTERFEIT + "%Ningbo%")).isZero();
    }

    @Test
    void filesOverTheLimitsAreRefusedAndTheRestIsKept() throws Exception {
        PortalVisitor visitor = new PortalVisitor("en");
        visitor.openReportForm();
        byte[] small = PortalVisitor.png();
        byte[] large = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(small, 0, large, 0, small.length);
        Response tooLarge = visitor.sendReport(Map.of("text", COUNTERFEIT),
                List.of(new PortalVisitor.Upload("huge.png", "image/png", large),
                        new PortalVisitor.Upload("small.png", "image/png", small)));
        assertThat(tooLarge.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(tooLarge.asString());
        assertThat(page.selectFirst("#evidence-error").text()).isEqualTo("\"huge.png\" is larger than 10 MB.");
        assertThat(page.select("input[name=keep]")).hasSize(1);
        assertThat(page.selectFirst("input[name=keep]").parent().text()).contains("small.png");

        List<PortalVisitor.Upload> eleven = new java.util.ArrayList<>();
        for (int i = 0; i < 11; i++) {
            eleven.add(new PortalVisitor.Upload("photo-" + i + ".png", "image/png", small));
        }
        Document tooMany = Jsoup.parse(visitor.sendReport(Map.of("text", COUNTERFEIT), eleven).asString());
        assertThat(tooMany.selectFirst("#evidence-error").text()).isEqualTo("Attach at most 10 files.");
    }

    @Test
    void aReportNoAgencyClearlyHandlesIsSaidToGoToTheHotlineStaffFirst() {
        PortalVisitor visitor = new PortalVisitor("en");
        visitor.openReportForm();
        Document receipt = Jsoup.parse(visitor.sendReport(Map.of("text", "hello, is anyone there?"), List.of()).asString());
        assertThat(receipt.selectFirst("#agencies").text()).isEqualTo("Hotline triage desk");
        assertThat(receipt.text()).contains("Our hotline staff will read your report first");
    }

    @Test
    void theReporterChoosesTheProvinceOrCityAndAnUnknownOneIsShownByItsField() {
        PortalVisitor visitor = new PortalVisitor("zh");
        Document form = visitor.openReportForm();
        assertThat(form.select("#region optgroup")).hasSize(31);
        assertThat(form.selectFirst("#region option[value=440300]").text()).isEqualTo("深圳市");
        assertThat(form.selectFirst("#region option[selected]").val()).isEmpty();
        Document english = new PortalVisitor("en").openReportForm();
        assertThat(english.selectFirst("#region option[value=440300]").text()).isEqualTo("Shenzhen 深圳市");
        assertThat(english.selectFirst("#region option[value=211300]").text()).isEqualTo("朝阳市");

        long before = database.tips();
        Response rejected = visitor.sendReport(Map.of("text", COUNTERFEIT, "region", "449999"), List.of());
        assertThat(rejected.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(rejected.asString());
        assertThat(page.selectFirst("#region-error").text()).contains("请从列表中选择");
        assertThat(page.selectFirst("#text").text()).isEqualTo(COUNTERFEIT);
        assertThat(database.tips()).isEqualTo(before);

        Document receipt = Jsoup.parse(visitor.sendReport(Map.of("text", COUNTERFEIT, "region", "440300"), List.of())
                .asString());
        String trackingNumber = receipt.selectFirst("#tracking-number").text();
        assertThat(database.count("select count(*) from tip where tracking_number = ? and region = '440300'"
                + " and not region_inferred", trackingNumber.replace("-", ""))).isEqualTo(1);
    }

    @Test
    void contactDetailsAreCheckedUnlessTheReportIsAnonymous() {
        PortalVisitor visitor = new PortalVisitor("en");
        visitor.openReportForm();
        Response rejected = visitor.sendReport(Map.of("text", COUNTERFEIT, "anonymous", "no", "email", "not-an-address",
                "url", "shop.example.com"), List.of());
        assertThat(rejected.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(rejected.asString());
        assertThat(page.selectFirst("#email-error").text()).contains("name@example.com");
        assertThat(page.selectFirst("#url-error").text()).contains("http://");
        assertThat(page.selectFirst("#email").val()).isEqualTo("not-an-address");
    }

    @Test
    void formPostedWithoutItsTokenIsRefusedAndKeepsWhatWasTyped() {
        PortalVisitor visitor = new PortalVisitor("en");
        long before = database.tips();
        Response forged = visitor.request().contentType("multipart/form-data")
                .multiPart("text", COUNTERFEIT).multiPart("csrf-token", "x".repeat(43))
                .post("/report");
        assertThat(forged.statusCode()).isEqualTo(403);
        Document page = Jsoup.parse(forged.asString());
        assertThat(page.selectFirst("#text-error").text()).contains("expired");
        assertThat(page.selectFirst("#text").text()).isEqualTo(COUNTERFEIT);
        assertThat(database.tips()).isEqualTo(before);
    }

    @Test
    void caseStatusAnswersTheSameForAWrongCodeAndAnUnknownNumber() throws Exception {
        PortalVisitor visitor = new PortalVisitor("zh");
        visitor.openReportForm();
        Document receipt = Jsoup.parse(visitor.sendReport(Map.of("text", COUNTERFEIT), List.of()).asString());
        String trackingNumber = receipt.selectFirst("#tracking-number").text();
        String accessCode = receipt.selectFirst("#access-code").text();

        Response wrongCode = visitor.checkCase(trackingNumber, accessCode.equals("00000000") ? "11111111" : "00000000");
        Response unknown = visitor.checkCase("0000-0000-0000", accessCode);
        assertThat(wrongCode.statusCode()).isEqualTo(404);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(Jsoup.parse(wrongCode.asString()).selectFirst("#trackingNumber-error").text())
                .isEqualTo(Jsoup.parse(unknown.asString()).selectFirst("#trackingNumber-error").text())
                .isEqualTo("没有与该举报编号和查询码相符的案件，请核对后重试。");

        Response found = visitor.checkCase(trackingNumber.toLowerCase(), accessCode);
        assertThat(found.statusCode()).isEqualTo(200);
        Document status = Jsoup.parse(found.asString());
        assertThat(status.selectFirst("h1").text()).isEqualTo("案件 " + trackingNumber);
        assertThat(status.selectFirst("#case-status").text()).isEqualTo("已转交主管部门");
        assertThat(status.selectFirst("#case-agencies").text()).contains("国家市场监督管理总局");
        assertThat(status.select("#history tbody tr")).hasSize(2);
    }

    @Test
    void oneSourceCannotSendReportsWithoutLimit() {
        PortalVisitor visitor = new PortalVisitor("en");
        int accepted = 0;
        Response last = null;
        RateLimitWindow window = RateLimitWindow.open();
        for (int i = 0; i < 6; i++) {
            visitor.openReportForm();
            last = visitor.sendReport(Map.of("text", COUNTERFEIT + " Attempt " + i), List.of());
            if (last.statusCode() == 200) {
                accepted++;
            }
        }
        assumeTrue(window.unbroken(), "a rate-limit window ended during the test, so two allowances were counted");
        assertThat(accepted).isEqualTo(4);
        assertThat(last.statusCode()).isEqualTo(429);
        Document page = Jsoup.parse(last.asString());
        assertThat(page.selectFirst("#text-error").text()).contains("Too many submissions");
        assertThat(page.selectFirst("#text").text()).isEqualTo(COUNTERFEIT + " Attempt 5");
        // Another address is not held back.
        PortalVisitor other = new PortalVisitor("en");
        other.openReportForm();
        assertThat(other.sendReport(Map.of("text", COUNTERFEIT), List.of()).statusCode()).isEqualTo(200);
    }

    @Test
    void reportSentTwiceFromTheSamePageMakesOneTip() {
        PortalVisitor visitor = new PortalVisitor("en");
        visitor.openReportForm();
        Map<String, String> fields = Map.of("text", COUNTERFEIT + " (sent twice)");
        Document first = Jsoup.parse(visitor.sendReport(fields, List.of()).asString());
        // Reloading the confirmation page posts the same form again, hidden fields and all.
        Document again = Jsoup.parse(visitor.sendReport(fields, List.of()).asString());
        assertThat(again.selectFirst("#tracking-number").text()).isEqualTo(first.selectFirst("#tracking-number").text());
        assertThat(again.selectFirst("#access-code").text()).isEqualTo(first.selectFirst("#access-code").text());
        assertThat(database.count("select count(*) from tip where text = ?", COUNTERFEIT + " (sent twice)")).isEqualTo(1);
    }
}
