package org.iprhotline.hotline.agency;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.iprhotline.hotline.twilio.SignedSms;
import org.iprhotline.hotline.infra.Database;
import org.iprhotline.hotline.infra.TopicReader;

/** Reports about the same shop, phone number or company share one case cluster, across channels. */
@QuarkusTest
class CaseClusterTest {

    @Inject
    ObjectMapper json;

    @Inject
    Database database;

    @Test
    void tipsNamingTheSameShopShareAClusterAcrossChannels() throws Exception {
        String shop = "shop" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000) + ".taobao.com";
        String web = submit("The store https://" + shop + "/?spm=1 sells counterfeit Nike shoes with our logo");
        String phone = "+86136" + String.format("%08d", (long) (Math.random() * 100_000_000L));
        String reply = SignedSms.send(phone, "网店 " + shop + " 卖盗版的电影光盘");
        String sms = reply.replaceAll("(?s).*查询编号 ([0-9A-Z-]{14}).*", "$1");
        String unrelated = submit("A former employee took our customer list to a competitor");

        assertThat(clusterOf(web)).isEqualTo(clusterOf(sms));
        assertThat(clusterOf(unrelated)).isNotEqualTo(clusterOf(web));
    }

    @Test
    void tipsNamingTheSameCompanyShareACluster() throws Exception {
        String company = "金龙" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 100_000) + "鞋业有限公司";
        String first = submit(company + "大量生产假冒耐克运动鞋");
        String second = submit("我们的外观设计专利被" + company + "抄袭了");
        assertThat(clusterOf(second)).isEqualTo(clusterOf(first));
    }

    @Test
    void aShopNamedInAFollowUpTextLinksLaterTipsToTheSameCase() throws Exception {
        String shop = "shop" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000) + ".taobao.com";
        String phone = "+86135" + String.format("%08d", (long) (Math.random() * 100_000_000L));
        String reply = SignedSms.send(phone, "fake nike shoes are sold online");
        String sms = reply.replaceAll("(?s).*Tracking number ([0-9A-Z-]{14}).*", "$1");
        SignedSms.send(phone, "the shop is " + shop);

        String web = submit("The store https://" + shop + " sells counterfeit Nike shoes with our logo");
        assertThat(clusterOf(web)).isEqualTo(clusterOf(sms));
    }

    @Test
    void tipsArrivingTogetherAboutANewShopStartOneCluster() throws Exception {
        String shop = "shop" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000) + ".taobao.com";
        ExecutorService senders = Executors.newFixedThreadPool(24);
        try {
            List<Future<String>> sent = new ArrayList<>();
            for (int i = 0; i < 48; i++) {
                int n = i;
                sent.add(senders.submit(() -> submit("Report " + n + ": the store https://" + shop + "/"
                        + " sells counterfeit Nike shoes with our logo")));
            }
            for (Future<String> tip : sent) {
                tip.get();
            }
        } finally {
            senders.shutdown();
        }
        assertThat(database.count("select count(*) from tip where text like ?", "%" + shop + "%")).isEqualTo(48);
        assertThat(database.count("select count(distinct cluster_id) from tip where text like ?", "%" + shop + "%"))
                .isEqualTo(1);
    }

    private String clusterOf(String trackingNumber) throws Exception {
        List<String> topics = List.of("ipr.tips.samr", "ipr.tips.cnipa", "ipr.tips.ncac",
                "ipr.tips.triage", "ipr.tips.mps");
        await().atMost(Duration.ofSeconds(20)).until(() -> topics.stream()
                .anyMatch(topic -> !TopicReader.recordsMentioning(topic, trackingNumber).isEmpty()));
        for (String topic : topics) {
            for (ConsumerRecord<String, byte[]> record : TopicReader.recordsMentioning(topic, trackingNumber)) {
                return json.readTree(record.value()).get("clusterId").asText();
            }
        }
        throw new AssertionError("no event for " + trackingNumber);
    }

    private static String submit(String text) {
        return given().contentType(ContentType.JSON).body(Map.of("text", text))
                .when().post("/api/v1/tips").then().statusCode(201).extract().path("trackingNumber");
    }
}
