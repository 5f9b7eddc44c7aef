package org.iprhotline.hotline.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import org.iprhotline.hotline.infra.TopicReader;

/**
 * A person reports with a file and follows the case in a real browser ({@link Chromium}), once in
 * Chinese and once in English, using the language switch on the page. Every page on the way is
 * checked with axe-core against WCAG 2.1 A and AA (labels, contrast, structure, language).
 */
@QuarkusTest
class PortalBrowserTest {

    private static Chromium chromium;
    private static WebDriver browser;
    private static Path evidence;

    @TestHTTPResource("/")
    URL site;

    @BeforeAll
    static void openBrowser() throws Exception {
        chromium = new Chromium();
        browser = chromium.browser;
        evidence = Files.createTempFile("shoe-photo", ".png");
        Files.write(evidence, PortalVisitor.png());
    }

    @AfterAll
    static void closeBrowser() throws Exception {
        if (chromium != null) {
            chromium.close();
        }
        Files.deleteIfExists(evidence);
    }

    @Test
    void reportsInChineseWithAFileAndFollowsTheCase() throws Exception {
        browser.manage().deleteAllCookies();
        browser.get(site.toString());
        navigate(By.id("language-switch"));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("zh");
        assertAccessible();

        navigate(By.linkText("举报侵权"));
        assertAccessible();
        browser.findElement(By.id("text")).sendKeys("淘宝上一家店铺销售假冒我公司注册商标的运动鞋，鞋盒和标识都是仿冒的。");
        browser.findElement(By.cssSelector("input[name=rightType][value=trademark]")).click();
        browser.findElement(By.id("url")).sendKeys("https://shop.example.cn/item/5521");
        browser.findElement(By.id("evidence")).sendKeys(evidence.toString());
        navigate(By.id("send"));

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("举报已收到");
        assertAccessible();
        String trackingNumber = browser.findElement(By.id("tracking-number")).getText();
        String accessCode = browser.findElement(By.id("access-code")).getText();
        assertThat(browser.findElement(By.id("agencies")).getText()).contains("国家市场监督管理总局");
        String digest = PortalVisitor.sha256(Files.readAllBytes(evidence));
        assertThat(browser.findElement(By.id("evidence-received")).getText()).contains(digest);

        followCase(trackingNumber, accessCode, "查询案件");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("案件 " + trackingNumber);
        assertThat(browser.findElement(By.id("case-status")).getText()).isEqualTo("已转交主管部门");
        assertAccessible();

        await().atMost(Duration.ofSeconds(20))
                .until(() -> !TopicReader.recordsMentioning("ipr.tips.samr", trackingNumber).isEmpty());
        JsonNode event = new ObjectMapper().readTree(
                TopicReader.recordsMentioning("ipr.tips.samr", trackingNumber).get(0).value());
        assertThat(event.get("language").asText()).isEqualTo("zh");
        assertThat(event.get("evidence").get(0).get("sha256").asText()).isEqualTo(digest);
    }

    @Test
    void reportsInEnglishWithAFileAndFollowsTheCase() throws Exception {
        browser.manage().deleteAllCookies();
        browser.get(site + "?lang=zh");
        navigate(By.id("language-switch"));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");

        navigate(By.linkText("Report an infringement"));
        browser.findElement(By.id("text")).sendKeys("A factory copies our patented coffee grinder design and "
                + "sells it under its own name; we hold invention patent ZL201510123456.7.");
        browser.findElement(By.id("evidence")).sendKeys(evidence.toString());
        browser.findElement(By.id("anonymous-no")).click();
        browser.findElement(By.id("email")).sendKeys("not an address");
        navigate(By.id("send"));

        // The mistake is shown by its field, with what was typed and the file already received.
        assertThat(browser.findElement(By.id("email-error")).getText()).contains("name@example.com");
        assertAccessible();
        assertThat(browser.findElement(By.id("text")).getAttribute("value")).contains("coffee grinder");
        List<String> kept = browser.findElements(By.name("keep")).stream().map(box -> box.getAttribute("value")).toList();
        assertThat(kept).hasSize(1);
        browser.findElement(By.cssSelector(".error-summary a")).click();
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("email");

        browser.findElement(By.id("email")).clear();
        browser.findElement(By.id("email")).sendKeys("ip@example.com");
        navigate(By.id("send"));

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Your report has been received");
        assertAccessible();
        String trackingNumber = browser.findElement(By.id("tracking-number")).getText();
        String accessCode = browser.findElement(By.id("access-code")).getText();
        assertThat(browser.findElement(By.id("evidence-received")).getText()).contains(evidence.getFileName().toString());

        followCase(trackingNumber, accessCode, "Check a case");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Case " + trackingNumber);
        assertThat(browser.findElement(By.id("case-status")).getText()).isEqualTo("Passed to the agency");
        assertAccessible();
        assertThat(browser.findElement(By.id("case-agencies")).getText()).contains("China National Intellectual Property Administration");
    }

    private static void navigate(By target) {
        chromium.navigate(target);
    }

    private static void assertAccessible() {
        chromium.assertAccessible();
    }

    private static void followCase(String trackingNumber, String accessCode, String linkText) {
        navigate(By.linkText(linkText));
        assertAccessible();
        browser.findElement(By.id("trackingNumber")).sendKeys(trackingNumber);
        browser.findElement(By.id("accessCode")).sendKeys(accessCode);
        navigate(By.id("check"));
    }
}
