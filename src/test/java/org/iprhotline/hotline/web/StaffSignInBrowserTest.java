package org.iprhotline.hotline.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.iprhotline.hotline.infra.IdentityProvider;

/**
 * Staff sign in through Keycloak's own login page (OIDC authorization-code flow) in Chromium and
 * work tips: an officer accepts a tip and closes it with an outcome, and the reporter's case page
 * shows both steps; the triage desk routes a tip nobody could; a coordinator reads the overdue list,
 * the clusters and the month's figures. Every staff page on the way passes axe-core's WCAG 2.1 A and
 * AA rules.
 */
@QuarkusTest
@WithTestResource(value = IdentityProvider.class, scope = TestResourceScope.RESTRICTED_TO_CLASS)
class StaffSignInBrowserTest {

    private static Chromium chromium;
    private static WebDriver browser;

    @TestHTTPResource("/")
    URL site;

    @BeforeAll
    static void openBrowser() throws Exception {
        chromium = new Chromium();
        browser = chromium.browser;
    }

    @AfterAll
    static void closeBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void anOfficerSignsInAcceptsATipAndClosesItAndTheReporterSeesBothSteps() {
        Map<String, String> tip = report("Counterfeit Chanel handbags with a fake logo are sold in a market stall");
        String number = tip.get("trackingNumber");

        chromium.forgetCookies();
        browser.get(site + "staff");
        signIn("samr-officer", "samr-password");
        assertThat(chromium.text(By.tagName("h1"))).isEqualTo("Tips your agencies hold");
        assertThat(chromium.text(By.cssSelector(".who"))).contains("samr-officer");
        chromium.assertAccessible();

        chromium.navigate(By.linkText(number));
        assertThat(chromium.text(By.id("tip-status"))).isEqualTo("Passed to the agency");
        chromium.assertAccessible();
        browser.findElement(By.id("action")).click();
        chromium.navigate(By.id("save-action"));
        assertThat(chromium.text(By.id("done"))).contains("Saved");
        assertThat(chromium.text(By.id("tip-status"))).isEqualTo("Accepted by the agency");
        chromium.assertAccessible();

        // Closing without an outcome is refused beside the field; then closed with one.
        browser.findElement(By.id("action-closed")).click();
        chromium.navigate(By.id("save-action"));
        assertThat(chromium.text(By.id("outcome-error"))).isEqualTo("Choose the outcome.");
        chromium.assertAccessible();
        browser.findElement(By.id("action-closed")).click();
        new Select(browser.findElement(By.id("outcome"))).selectByValue("case_filed");
        browser.findElement(By.id("note")).sendKeys("A case is filed against the stall");
        chromium.navigate(By.id("save-action"));
        assertThat(chromium.text(By.id("tip-status"))).isEqualTo("Closed");

        // The reporter follows the case on the portal.
        browser.get(site + "cases?lang=en");
        browser.findElement(By.id("trackingNumber")).sendKeys(number);
        browser.findElement(By.id("accessCode")).sendKeys(tip.get("accessCode"));
        chromium.navigate(By.id("check"));
        assertThat(chromium.text(By.id("history"))).contains("Accepted by the agency").contains("Closed: case filed")
                .contains("A case is filed against the stall");

        // Signing out ends the session: the screens ask for a sign-in again.
        browser.get(site + "staff");
        chromium.navigate(By.id("sign-out"));
        browser.get(site + "staff");
        assertThat(browser.findElements(By.id("kc-login"))).as("Keycloak's login page").isNotEmpty();
    }

    @Test
    void theTriageDeskSignsInAndRoutesATip() {
        Map<String, String> tip = report("Hello, I would like some help with a problem about my neighbour's shop");
        String number = tip.get("trackingNumber");
        assertThat(tip.get("agencies")).isEqualTo("[TRIAGE]");

        chromium.forgetCookies();
        browser.get(site + "staff/triage?lang=zh");
        signIn("triage-officer", "triage-password");
        assertThat(chromium.text(By.tagName("h1"))).isEqualTo("待分流线索");
        chromium.assertAccessible();
        chromium.navigate(By.linkText(number));
        chromium.assertAccessible();
        browser.findElement(By.cssSelector("input[name=rightType][value=copyright]")).click();
        browser.findElement(By.cssSelector("input[name=flag][value=ecommerce]")).click();
        chromium.navigate(By.id("route"));
        assertThat(chromium.text(By.id("done"))).isEqualTo("线索 " + number + " 已分流至国家版权局。");
        assertThat(browser.findElements(By.linkText(number))).as("no longer in the queue").isEmpty();
        chromium.assertAccessible();
        assertThat(given().header("X-Access-Code", tip.get("accessCode")).get("/api/v1/tips/" + number)
                .then().statusCode(200).extract().<List<String>>path("agencies")).containsExactly("NCAC");
    }

    @Test
    void aCoordinatorSignsInAndReadsTheOverdueListClustersAndFiguresInChinese() {
        chromium.forgetCookies();
        browser.get(site + "staff/overdue?lang=zh");
        signIn("coordinator", "coordinator-password");
        assertThat(chromium.text(By.tagName("h1"))).isEqualTo("超期线索");
        chromium.assertAccessible();
        chromium.navigate(By.id("nav-clusters"));
        assertThat(chromium.text(By.tagName("h1"))).isEqualTo("可串并的线索");
        chromium.assertAccessible();
        chromium.navigate(By.linkText("统计"));
        assertThat(chromium.text(By.tagName("h1"))).endsWith("月度统计");
        chromium.assertAccessible();
    }

    /** On Keycloak's login page, where the screens send a browser that has not signed in. */
    private void signIn(String user, String password) {
        assertThat(browser.getCurrentUrl()).as("Keycloak's login page")
                .contains("/realms/" + IdentityProvider.REALM + "/protocol/openid-connect/auth");
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(password);
        chromium.navigate(By.id("kc-login"));
        assertThat(browser.getCurrentUrl()).startsWith(site.toString());
    }

    private static Map<String, String> report(String text) {
        var receipt = given().contentType(ContentType.JSON).body(Map.of("text", text)).when().post("/api/v1/tips")
                .then().statusCode(201).extract();
        return Map.of("trackingNumber", receipt.path("trackingNumber"), "accessCode", receipt.path("accessCode"),
                "agencies", receipt.<List<String>>path("agencies").toString());
    }
}
