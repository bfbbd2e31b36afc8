package org.barta.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.barta.testing.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The browser side of {@link VisitorJourneyIT}, kept apart so the in-container half of that test never needs
 * Selenium on the server's class path.
 */
final class VisitorJourney {

    static final String TITLE_EN = "Justice for garment workers";
    static final String TITLE_BN = "পোশাক শ্রমিকদের জন্য ন্যায়বিচার";

    private final URL base;

    VisitorJourney(URL base) {
        this.base = base;
    }

    /** Walks the journey and returns every console error and accessibility violation met on the way. */
    List<String> walk() throws Exception {
        ChromeDriver browser = Browser.start();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        List<String> problems = new ArrayList<>();
        try {
            browser.get(base.toString().replaceAll("/$", "") + "/en/");
            assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
            check(browser, "home (en)", problems);
            Browser.screenshot(browser, "home-en");

            browser.findElement(By.cssSelector("a.language-switch")).click();
            wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "bn"));
            assertThat(browser.getPageSource()).contains(TITLE_BN);
            check(browser, "home (bn)", problems);
            Browser.screenshot(browser, "home-bn");

            browser.findElement(By.id("q")).sendKeys("মজুরি", Keys.ENTER);
            wait.until(ExpectedConditions.urlContains("/bn/search"));
            assertThat(browser.findElement(By.className("search-results")).getText()).contains(TITLE_BN);
            check(browser, "search (bn)", problems);

            browser.findElement(By.linkText(TITLE_BN)).click();
            wait.until(ExpectedConditions.titleContains(TITLE_BN));
            check(browser, "item (bn)", problems);
            Browser.screenshot(browser, "item-bn");

            browser.findElement(By.cssSelector("a.language-switch")).click();
            wait.until(ExpectedConditions.titleContains(TITLE_EN));
            assertThat(browser.findElement(By.className("body")).getText()).contains("labour@example.org");
            assertThat(browser.findElement(By.cssSelector("a.email")).getAttribute("href")).isEqualTo("mailto:labour@example.org");
            check(browser, "item (en)", problems);
            Browser.screenshot(browser, "item-en");

            browser.findElement(By.cssSelector("a[rel=tag]")).click();
            wait.until(ExpectedConditions.urlContains("/en/tags/labour-rights/"));
            assertThat(browser.getPageSource()).contains(TITLE_EN, "Press conference on factory safety");
            check(browser, "tag (en)", problems);

            browser.findElement(By.linkText("Press statements")).click();
            wait.until(ExpectedConditions.urlContains("/en/press-statements/"));
            check(browser, "listing (en)", problems);
        } finally {
            browser.quit();
        }
                return problems;
    }

    private static void check(ChromeDriver browser, String page, List<String> problems) throws Exception {
        Browser.consoleErrors(browser).forEach(error -> problems.add(page + " console: " + error));
        Browser.accessibilityViolations(browser).forEach(violation -> problems.add(page + " axe: " + violation));
    }
}
