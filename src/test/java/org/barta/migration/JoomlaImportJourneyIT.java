package org.barta.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Duration;
import org.barta.testing.Browser;
import org.barta.testing.Deployments;
import org.barta.testing.TestAccounts;
import org.barta.testing.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The import in Chromium, as an administrator goes through it: the newsroom's Import link, the old site's details,
 * the dry run with its categories, one category skipped, the import started, its progress followed on the page
 * (the page polls by itself) to the end, and the report read; the pages pass axe's serious and critical checks,
 * and nothing breaks the Content-Security-Policy. Screenshots in target/screenshots.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class JoomlaImportJourneyIT {

    private static final String ADMIN = "import-journey-admin";
    private static final String PASSWORD = "import-journey-password-1";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @BeforeEach
    void administrator() throws Exception {
        TestAccounts.ensure(ADMIN, "Import Journey Admin", "EDITOR", PASSWORD);
        TestDatabase.update("UPDATE account SET role = 'ADMIN', preferred_language = 'en' WHERE username = ?", ADMIN);
    }

    @AfterEach
    void editorAgain() throws Exception {
        TestDatabase.update("UPDATE account SET role = 'EDITOR' WHERE username = ?", ADMIN);
    }

    @Test
    void anAdministratorReadsTheOldSiteChoosesKindsAndFollowsTheImportToItsReport() throws Exception {
        JoomlaSites.load("old_site_journey", "j4x_", "/joomla/content4.sql", "/joomla/joomla4.sql");
        ChromeDriver browser = Browser.start();
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
            Browser.signIn(browser, base, ADMIN, PASSWORD);
            browser.findElement(By.id("navImport")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("source:siteAddress")));
            assertThat(Browser.accessibilityViolations(browser)).as("the empty form").isEmpty();
            type(browser, "source:siteAddress", "https://journey.example.org");
            type(browser, "source:host", "127.0.0.1");
            type(browser, "source:port", String.valueOf(JoomlaSites.port()));
            type(browser, "source:database", "old_site_journey");
            type(browser, "source:user", JoomlaSites.READER);
            type(browser, "source:password", JoomlaSites.READER_PASSWORD);
            type(browser, "source:prefix", "j4x_");
            browser.findElement(By.id("source:read")).click();

            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("categories")));
            assertThat(browser.findElement(By.id("categories")).getText()).contains("Statements", "Editorials");
            Select editorials = new Select(browser.findElement(By.xpath(
                    "//tr[contains(@class,'category')][.//label[text()='Editorials']]//select")));
            assertThat(editorials.getFirstSelectedOption().getText()).isEqualTo("Editorial");
            editorials.selectByVisibleText("Skip");
            Browser.screenshot(browser, "import-dry-run");
            assertThat(Browser.accessibilityViolations(browser)).as("the dry run").isEmpty();
            browser.findElement(By.id("mapping:check")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("outcomes"), "Would be skipped"));
            assertThat(browser.findElement(By.cssSelector("#outcomes .outcome-SKIPPED")).getText()).isEqualTo("2");

            browser.findElement(By.id("mapping:start")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#progress .state"),
                    "done"));
            assertThat(browser.getCurrentUrl()).contains("run=");
            assertThat(browser.findElement(By.cssSelector("#runCounts .outcome-CREATED")).getText()).isEqualTo("2");
            assertThat(browser.findElement(By.id("report-lines")).getText())
                    .contains("Release the detained journalists", "its category is skipped");
            Browser.screenshot(browser, "import-report");
            assertThat(Browser.accessibilityViolations(browser)).as("the report").isEmpty();
            assertThat(Browser.policyViolations(browser)).isEmpty();
            assertThat(Browser.consoleErrors(browser)).isEmpty();
        } finally {
            browser.quit();
        }
    }

    private static void type(ChromeDriver browser, String id, String text) {
        browser.findElement(By.id(id)).clear();
        browser.findElement(By.id(id)).sendKeys(text);
    }
}
