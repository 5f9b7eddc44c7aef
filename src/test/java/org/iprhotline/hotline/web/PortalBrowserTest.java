package org.iprhotline.hotline.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import org.iprhotline.hotline.infra.TopicReader;

/**
 * A person reports with a file and follows the case in a real browser: Debian's headless Chromium
 * driven through its ChromeDriver, once in Chinese and once in English, using the language switch
 * on the page. Every page on the way is checked with axe-core against WCAG 2.1 A and AA (labels,
 * contrast, structure, language). tools/browser/install.sh, which the build runs first, installs
 * Chromium, ChromeDriver and axe-core when they are missing.
 */
@QuarkusTest
class PortalBrowserTest {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private static final Path AXE = Path.of("target/browser/axe-4.14.1.min.js");

    private static String axe;
    private static Path profile;
    private static Path evidence;
    private static WebDriver browser;

    @TestHTTPResource("/")
    URL site;

    @BeforeAll
    static void openBrowser() throws Exception {
        assertThat(new File(CHROMIUM).canExecute()).as("Debian's chromium (tools/browser/install.sh)").isTrue();
        assertThat(new File(CHROMEDRIVER).canExecute()).as("Debian's chromium-driver").isTrue();
        assertThat(AXE).as("axe-core (tools/browser/install.sh)").exists();
        axe = Files.readString(AXE);
        profile = Files.createTempDirectory("chromium-profile");
        evidence = Files.createTempFile("shoe-photo", ".png");
        Files.write(evidence, PortalTest.png());
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM).addArguments("--headless=new",
                "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run",
                "--lang=en-US", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void closeBrowser() throws Exception {
        if (browser != null) {
            browser.quit();
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
        String digest = PortalTest.sha256(Files.readAllBytes(evidence));
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

    /** Clicks a link or button that leads to another page, and waits for that page to have loaded. */
    private static void navigate(By target) {
        JavascriptExecutor page = (JavascriptExecutor) browser;
        page.executeScript("window.leftBehind = true");
        browser.findElement(target).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).ignoring(WebDriverException.class)
                .until(driver -> Boolean.TRUE.equals(page.executeScript(
                        "return window.leftBehind === undefined && document.readyState === 'complete'")));
    }

    /** Runs axe-core in the page: no WCAG 2.1 A or AA rule may be broken. */
    private static void assertAccessible() {
        JavascriptExecutor page = (JavascriptExecutor) browser;
        page.executeScript(axe);
        Object violations = page.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
                    .then(result => done(result.violations.map(rule => rule.id + ': ' + rule.help + ' at '
                        + rule.nodes.map(node => node.target.join(' ')).join(', '))))
                    .catch(error => done(['axe could not run: ' + error]));""");
        assertThat((List<?>) violations).as("accessibility of %s", browser.getCurrentUrl()).isEmpty();
    }

    private static void followCase(String trackingNumber, String accessCode, String linkText) {
        navigate(By.linkText(linkText));
        assertAccessible();
        browser.findElement(By.id("trackingNumber")).sendKeys(trackingNumber);
        browser.findElement(By.id("accessCode")).sendKeys(accessCode);
        navigate(By.id("check"));
    }
}
