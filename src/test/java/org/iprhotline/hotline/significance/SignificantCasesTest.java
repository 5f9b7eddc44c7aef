package org.iprhotline.hotline.significance;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.iprhotline.hotline.infra.TopicReader;
import org.iprhotline.hotline.twilio.SignedSms;

/** The leading-group office hears of significant cases on its own topic, within seconds. */
@QuarkusTest
class SignificantCasesTest {

    @jakarta.inject.Inject
    org.iprhotline.hotline.infra.Database database;

    private static final String OFFICE = "ipr.tips.office";

    private static String submit(String json) {
        return given().contentType(ContentType.JSON).body(json).when().post("/api/v1/tips")
                .then().statusCode(201).extract().path("trackingNumber");
    }

    @Test
    void aCriminalTipFromAForeignInvestedEnterpriseNamingALargeSumReachesTheOffice() throws Exception {
        String number = submit("""
                {"text": "一个团伙在莆田开工厂每天大量生产假冒耐克运动鞋，销售额超过500万元，用顺丰快递寄出",
                 "foreignInvested": true}""");
        await().atMost(Duration.ofSeconds(10)).until(() -> !TopicReader.recordsMentioning(OFFICE, number).isEmpty());
        List<ConsumerRecord<String, byte[]>> records = TopicReader.recordsMentioning(OFFICE, number);
        assertThat(records).hasSize(1);
        assertThat(new String(records.get(0).headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8))
                .isEqualTo("ipr.tip.significant");
        JsonNode event = new ObjectMapper().readTree(records.get(0).value());
        assertThat(event.get("reasons")).extracting(JsonNode::asText)
                .contains(SignificantCases.FOREIGN_INVESTED_CRIMINAL, SignificantCases.AMOUNT);
        assertThat(event.get("largestAmountYuan").decimalValue()).isEqualByComparingTo("5000000");
        assertThat(event.get("flags")).extracting(JsonNode::asText).contains("criminal");
        assertThat(event.has("reporter")).isFalse();
    }

    @Test
    void aSumInWonIsReadAtTheConfiguredRateAndReachesTheOffice() throws Exception {
        // 3亿韩元 at the default 0.005 yuan a won: 1,500,000 yuan, over the office's 1,000,000.
        String number = submit("""
                {"text": "我们是一家韩资化妆品企业，发现某工厂仿冒我公司注册商标的面霜，涉案金额约3亿韩元"}""");
        await().atMost(Duration.ofSeconds(10)).until(() -> !TopicReader.recordsMentioning(OFFICE, number).isEmpty());
        JsonNode event = new ObjectMapper().readTree(TopicReader.recordsMentioning(OFFICE, number).get(0).value());
        assertThat(event.get("reasons")).extracting(JsonNode::asText).contains(SignificantCases.AMOUNT);
        assertThat(event.get("largestAmountYuan").decimalValue()).isEqualByComparingTo("1500000");
    }

    @Test
    void theTipThatBringsAClusterToFiveTellsTheOfficeOnceAndTheRestDoNot() throws Exception {
        String shop = "https://shop" + System.nanoTime() + ".taobao.com/";
        List<String> numbers = new java.util.ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            numbers.add(submit("{\"text\": \"网店 " + shop + " 销售假冒耐克商标的运动鞋，第" + i + "次举报\"}"));
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> !TopicReader.recordsMentioning(OFFICE, numbers.get(4)).isEmpty());
        await().atMost(Duration.ofSeconds(10)).until(() -> !TopicReader.recordsMentioning("ipr.tips.samr", numbers.get(5)).isEmpty());

        List<ConsumerRecord<String, byte[]>> office = TopicReader.records(OFFICE);
        for (int i = 0; i < 6; i++) {
            String number = numbers.get(i);
            long told = office.stream().filter(record -> TopicReader.mentions(record, number)).count();
            assertThat(told).as("office events for tip %d of the cluster", i + 1).isEqualTo(i == 4 ? 1 : 0);
        }
        JsonNode event = new ObjectMapper().readTree(TopicReader.recordsMentioning(OFFICE, numbers.get(4)).get(0).value());
        assertThat(event.get("reasons")).extracting(JsonNode::asText).containsExactly(SignificantCases.CLUSTER);
        assertThat(event.get("clusterTips").asInt()).isEqualTo(5);
        JsonNode first = new ObjectMapper().readTree(TopicReader.recordsMentioning("ipr.tips.samr", numbers.get(0)).get(0).value());
        assertThat(event.get("clusterId").asText()).isEqualTo(first.get("clusterId").asText());
    }

    @Test
    void tipsAboutOneShopArrivingTogetherTellTheOfficeOfItsClusterOnce() throws Exception {
        String shop = "https://shop" + System.nanoTime() + ".jd.com/";
        java.util.concurrent.ExecutorService senders = java.util.concurrent.Executors.newFixedThreadPool(12);
        List<java.util.concurrent.Future<String>> sent = new java.util.ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            String text = "{\"text\": \"A shop at " + shop + " sells fake Adidas trainers with our trademark, report " + i + "\"}";
            sent.add(senders.submit(() -> submit(text)));
        }
        List<String> numbers = new java.util.ArrayList<>();
        for (java.util.concurrent.Future<String> number : sent) {
            numbers.add(number.get());
        }
        senders.shutdown();
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            List<ConsumerRecord<String, byte[]>> samr = TopicReader.records("ipr.tips.samr");
            return numbers.stream().allMatch(number -> samr.stream().anyMatch(record -> TopicReader.mentions(record, number)));
        });
        List<ConsumerRecord<String, byte[]>> office = TopicReader.records(OFFICE).stream()
                .filter(record -> numbers.stream().anyMatch(number -> TopicReader.mentions(record, number))).toList();
        assertThat(office).hasSize(1);
        JsonNode event = new ObjectMapper().readTree(office.get(0).value());
        assertThat(event.get("reasons")).extracting(JsonNode::asText).containsExactly(SignificantCases.CLUSTER);
        assertThat(event.get("clusterTips").asInt()).isGreaterThanOrEqualTo(5);
    }

    @Test
    void aTipTheTriageDeskRoutesIsReadByTheRulesAgainAndTheOfficeIsToldThen() throws Exception {
        // No IP matter the classifier can see, so no rule is read at intake; 800万元 is over the threshold.
        String number = submit("{\"text\": \"你好，我想反映一个情况，涉及金额800万元，请尽快联系我\"}");
        await().atMost(Duration.ofSeconds(10)).until(() -> !TopicReader.recordsMentioning("ipr.tips.triage", number).isEmpty());
        assertThat(TopicReader.recordsMentioning(OFFICE, number)).isEmpty();

        decide(number, Map.of("rightType", "trademark", "note", "假冒知名白酒商标，货值800万元"));
        await().atMost(Duration.ofSeconds(10)).until(() -> !TopicReader.recordsMentioning(OFFICE, number).isEmpty());
        JsonNode event = new ObjectMapper().readTree(TopicReader.recordsMentioning(OFFICE, number).get(0).value());
        assertThat(event.get("reasons")).extracting(JsonNode::asText).containsExactly(SignificantCases.AMOUNT);
        assertThat(event.get("rightType").asText()).isEqualTo("trademark");
        assertThat(event.get("largestAmountYuan").decimalValue()).isEqualByComparingTo("8000000");
    }

    @Test
    void aTipTheOfficeHeardOfAtIntakeIsNotToldAgainWhenTheDeskRoutesIt() throws Exception {
        // The reporter's "patent" disagrees with the text, so the desk gets the tip besides the agencies.
        String number = given().contentType(ContentType.JSON).body("""
                {"text": "一个团伙在莆田开工厂每天大量生产假冒耐克运动鞋，销售额超过500万元，用顺丰快递寄出",
                 "rightType": "patent", "foreignInvested": true}""").when().post("/api/v1/tips")
                .then().statusCode(201).body("agencies", org.hamcrest.Matchers.hasItem("TRIAGE"))
                .extract().path("trackingNumber");
        await().atMost(Duration.ofSeconds(10)).until(() -> !TopicReader.recordsMentioning(OFFICE, number).isEmpty());

        long before = database.eventsOf(number);
        decide(number, Map.of("rightType", "trademark", "flags", List.of("criminal", "delivery")));
        // Every event of the decision's transaction is on Kafka: had the office been told again, it would be too.
        await().atMost(Duration.ofSeconds(10)).until(() -> database.eventsOf(number) > before
                && database.pendingEventsOf(number) == 0);
        assertThat(TopicReader.recordsMentioning(OFFICE, number)).hasSize(1);
    }

    @Test
    void aSumNamedInAFollowUpTextTellsTheOfficeOnce() throws Exception {
        String phone = "+86136" + String.format("%08d", (long) (Math.random() * 100_000_000L));
        String reply = SignedSms.send(phone, "莆田有工厂生产假冒耐克运动鞋");
        String number = reply.replaceAll("(?s).*?([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}).*", "$1");
        await().atMost(Duration.ofSeconds(10)).until(() -> !TopicReader.recordsMentioning("ipr.tips.samr", number).isEmpty()
                && database.pendingEventsOf(number) == 0);
        assertThat(TopicReader.recordsMentioning(OFFICE, number)).isEmpty();

        SignedSms.send(phone, "他们一年卖了大约800万元");
        await().atMost(Duration.ofSeconds(10)).until(() -> !TopicReader.recordsMentioning(OFFICE, number).isEmpty());
        JsonNode event = new ObjectMapper().readTree(TopicReader.recordsMentioning(OFFICE, number).get(0).value());
        assertThat(event.get("reasons")).extracting(JsonNode::asText).contains(SignificantCases.AMOUNT);
        assertThat(event.get("largestAmountYuan").decimalValue()).isEqualByComparingTo("8000000");

        long before = database.eventsOf(number);
        SignedSms.send(phone, "还有一个仓库在涵江区，货值超过1000万元");
        await().atMost(Duration.ofSeconds(10)).until(() -> database.eventsOf(number) > before
                && database.pendingEventsOf(number) == 0);
        assertThat(TopicReader.recordsMentioning(OFFICE, number)).hasSize(1);
    }

    @Test
    void aFollowUpTextThatShowsAPlantVarietyMatterJoinsTheSeedCampaign() throws Exception {
        String phone = "+86136" + String.format("%08d", (long) (Math.random() * 100_000_000L));
        String reply = SignedSms.send(phone, "你好，我想反映一个情况");
        String number = reply.replaceAll("(?s).*?([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}).*", "$1");
        String inSeedGuard = "select count(*) from tip where tracking_number = ? and 'seed-guard' = any(campaigns)";
        assertThat(database.count(inSeedGuard, number.replace("-", ""))).isZero();

        SignedSms.send(phone, "有种子公司未经许可繁育销售我们的授权玉米品种郑单958，换了包装冒充别的品种");
        assertThat(database.count(inSeedGuard, number.replace("-", ""))).isEqualTo(1);
        await().atMost(Duration.ofSeconds(10)).until(() -> !TopicReader.recordsMentioning("ipr.tips.mara", number).isEmpty());
        JsonNode routed = new ObjectMapper().readTree(TopicReader.recordsMentioning("ipr.tips.mara", number).get(0).value());
        assertThat(routed.get("campaigns")).extracting(JsonNode::asText).containsExactly("seed-guard");
        await().atMost(Duration.ofSeconds(10)).until(() -> !TopicReader.recordsMentioning(OFFICE, number).isEmpty());
        JsonNode event = new ObjectMapper().readTree(TopicReader.recordsMentioning(OFFICE, number).get(0).value());
        assertThat(event.get("reasons")).extracting(JsonNode::asText).containsExactly(SignificantCases.CAMPAIGN);
    }

    @Test
    void aTipTheDeskCallsAPlantVarietyMatterJoinsTheSeedCampaignAndTheOfficeHearsOfIt() throws Exception {
        String number = submit("{\"text\": \"你好，我想反映一个情况，请尽快联系我\"}");
        await().atMost(Duration.ofSeconds(10)).until(() -> !TopicReader.recordsMentioning("ipr.tips.triage", number).isEmpty());

        decide(number, Map.of("rightType", "plant_variety", "note", "未经许可繁育销售授权玉米品种"));
        await().atMost(Duration.ofSeconds(10)).until(() -> !TopicReader.recordsMentioning(OFFICE, number).isEmpty());
        JsonNode event = new ObjectMapper().readTree(TopicReader.recordsMentioning(OFFICE, number).get(0).value());
        assertThat(event.get("reasons")).extracting(JsonNode::asText).containsExactly(SignificantCases.CAMPAIGN);
        assertThat(event.get("campaigns")).extracting(JsonNode::asText).containsExactly("seed-guard");
        await().atMost(Duration.ofSeconds(10)).until(() -> !TopicReader.recordsMentioning("ipr.tips.mara", number).isEmpty());
        JsonNode routed = new ObjectMapper().readTree(TopicReader.recordsMentioning("ipr.tips.mara", number).get(0).value());
        assertThat(routed.get("campaigns")).extracting(JsonNode::asText).containsExactly("seed-guard");
    }

    @Test
    void aTipTheDeskFindsIsNoPlantVarietyMatterLeavesTheSeedCampaign() {
        // The reporter's "trademark" disagrees with the text, so the desk gets the tip besides the agency.
        String number = given().contentType(ContentType.JSON).body("""
                {"text": "A seed company sells our protected maize variety Zhengdan 958 under another name without a licence",
                 "rightType": "trademark"}""").when().post("/api/v1/tips")
                .then().statusCode(201).body("agencies", org.hamcrest.Matchers.hasItem("TRIAGE"))
                .extract().path("trackingNumber");
        String inSeedGuard = "select count(*) from tip where tracking_number = ? and 'seed-guard' = any(campaigns)";
        assertThat(database.count(inSeedGuard, number.replace("-", ""))).isEqualTo(1);

        decide(number, Map.of("rightType", "trademark", "note", "用他人注册商标包装种子"));
        assertThat(database.count(inSeedGuard, number.replace("-", ""))).isZero();
    }

    private static void decide(String number, Map<String, Object> decision) {
        given().auth().preemptive().basic("triage-officer", "triage-password").contentType(ContentType.JSON)
                .body(decision).when().post("/api/v1/triage/tips/" + number + "/decision").then().statusCode(200);
    }

    @Test
    void aTipInACampaignTheOfficeFollowsReachesIt() throws Exception {
        // The test profile makes the seed-guard campaign (plant varieties) significant.
        String number = submit("{\"text\": \"A seed company sells our protected maize variety Zhengdan 958 under another name without a licence\"}");
        await().atMost(Duration.ofSeconds(10)).until(() -> !TopicReader.recordsMentioning(OFFICE, number).isEmpty());
        JsonNode event = new ObjectMapper().readTree(TopicReader.recordsMentioning(OFFICE, number).get(0).value());
        assertThat(event.get("rightType").asText()).isEqualTo("plant_variety");
        assertThat(event.get("reasons")).extracting(JsonNode::asText).containsExactly(SignificantCases.CAMPAIGN);
        assertThat(event.get("campaigns")).extracting(JsonNode::asText).containsExactly("seed-guard");
    }

    @Test
    void anOrdinaryTipStaysWithItsAgency() {
        String number = submit("{\"text\": \"A market stall sells counterfeit Chanel handbags with a fake logo for 300 yuan\"}");
        await().atMost(Duration.ofSeconds(10)).until(() -> !TopicReader.recordsMentioning("ipr.tips.samr", number).isEmpty());
        assertThat(TopicReader.recordsMentioning(OFFICE, number)).isEmpty();
    }
}
