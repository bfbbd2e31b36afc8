package org.barta.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import org.barta.testing.Browser;
import org.barta.testing.TestActors;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The browser side of {@link SubscriberAdminIT}, kept apart so the in-container half of that test never needs
 * Selenium on the server's class path: an editor uploads a file on the subscribers page, checks the preview
 * and the guessed columns (the profile's from Bangla headers too), is told to state the consent, imports, and reads the report.
 */
final class SubscriberImportJourney {

    private final URL base;

    SubscriberImportJourney(URL base) {
        this.base = base;
    }

    /** Imports the file as "csv-editor" and returns the text of the finished import's report panel. */
    String importFile(Path file) throws Exception {
        ChromeDriver browser = Browser.start();
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
            Browser.signIn(browser, base, "csv-editor", TestActors.PASSWORD);
            browser.findElement(By.id("navSubscribers")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("subscribers:list")));

            browser.findElement(By.cssSelector("#upload input[type=file]")).sendKeys(file.toString());
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("previewRows")));
            assertThat(browser.findElement(By.id("previewRows")).getText()).contains("শফিক রহমান");
            assertThat(browser.findElement(By.id("import:emailColumn_label")).getText()).startsWith("Column 2");
            assertThat(browser.findElement(By.id("import:organisationColumn_label")).getText()).startsWith("Column 4");
            assertThat(browser.findElement(By.id("import:countryColumn_label")).getText()).startsWith("Column 5");
            browser.executeScript("arguments[0].scrollIntoView()", browser.findElement(By.id("previewRows")));
            Browser.screenshot(browser, "subscribers-preview");

            browser.findElement(By.id("import:start")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("import:panel"),
                    "Say how these addresses gave their consent"));
            browser.findElement(By.cssSelector("label[for='import:consent:0']")).click();
            browser.findElement(By.id("import:start")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("progressText"), "finished"));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("import:refused")));
            Browser.screenshot(browser, "subscribers-import");
            assertThat(Browser.consoleErrors(browser)).isEmpty();
            return browser.findElement(By.id("import:panel")).getText();
        } finally {
            browser.quit();
        }
    }
}
