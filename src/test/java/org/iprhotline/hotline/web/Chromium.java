package org.iprhotline.hotline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.iprhotline.hotline.infra.Directories;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its ChromeDriver, with axe-core to check each page
 * against WCAG 2.1 A and AA. tools/browser/install.sh, which the build runs first, installs
 * Chromium, ChromeDriver and axe-core when they are missing.
 */
final class Chromium implements AutoCloseable {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final Path AXE = Path.of("target/browser/axe-4.14.1.min.js");

    private final String axe;
    private final Path profile;
    final WebDriver browser;

    Chromium() throws Exception {
        assertThat(new File(CHROMIUM).canExecute()).as("Debian's chromium (tools/browser/install.sh)").isTrue();
        assertThat(new File(CHROMEDRIVER).canExecute()).as("Debian's chromium-driver").isTrue();
        assertThat(AXE).as("axe-core (tools/browser/install.sh)").exists();
        axe = Files.readString(AXE);
        // Under target/, as the test brokers' data: a run that dies before close() leaves nothing in /tmp.
        profile = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "chromium-profile");
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM).addArguments("--headless=new",
                "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run",
                "--lang=en-US", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @Override
    public void close() {
        browser.quit();
        Directories.delete(profile);
    }

    /**
     * Forgets every cookie of every site: WebDriver's own deletion reaches only the cookies the
     * current page can see, not those of the identity provider's paths (its sign-in session).
     */
    void forgetCookies() {
        ((ChromeDriver) browser).executeCdpCommand("Network.clearBrowserCookies", Map.of());
    }

    /** Clicks a link or button that leads to another page, and waits for that page to have loaded. */
    void navigate(By target) {
        JavascriptExecutor page = (JavascriptExecutor) browser;
        page.executeScript("window.leftBehind = true");
        browser.findElement(target).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).ignoring(WebDriverException.class)
                .until(driver -> Boolean.TRUE.equals(page.executeScript(
                        "return window.leftBehind === undefined && document.readyState === 'complete'")));
    }

    /** Runs axe-core in the page: no WCAG 2.1 A or AA rule may be broken. */
    void assertAccessible() {
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

    String text(By target) {
        return browser.findElement(target).getText();
    }
}
