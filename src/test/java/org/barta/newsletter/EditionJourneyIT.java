package org.barta.newsletter;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.barta.testing.Browser;
import org.barta.testing.Deployments;
import org.barta.testing.QuartzTriggers;
import org.barta.testing.TestAccounts;
import org.barta.testing.TestActors;
import org.barta.testing.TestDatabase;
import org.barta.testing.TestServices;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The editor's newsletter journey in a real browser: open the drafted edition, see it in the desktop and phone
 * previews, give it a subject, send a test, approve it for a time of their choosing (the test makes that time come) and watch the progress bar reach 100%.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EditionJourneyIT {

    private static final String INTRO = "A year of defending the defenders";
    private static final String SUBJECT = "Our December newsletter";
    private static final int SUBSCRIBERS = 50;
    private static final ZoneId DHAKA = ZoneId.of("Asia/Dhaka");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void anEditorPreviewsTestsApprovesAndWatchesTheSendFinish() throws Exception {
        TestAccounts.ensure("nasima", "Nasima Editor", "EDITOR", TestActors.PASSWORD);
        long number = draftedEdition();
        // Readers and month of their own for each attempt: failsafe runs a failed test once more on the same data.
        String readers = "reader-" + number + "-";
        TestDatabase.addConfirmedSubscribers(readers, "journey.example", SUBSCRIBERS, "bn");

        ChromeDriver browser = Browser.start();
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            Browser.signIn(browser, base, "nasima", TestActors.PASSWORD);

            browser.findElement(By.id("navNewsletter")).click();
            wait.until(ExpectedConditions.elementToBeClickable(By.linkText(String.valueOf(number)))).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("state"), "Draft"));
            String editionPage = browser.getCurrentUrl();

            for (String frame : List.of("previewDesktop", "previewMobile")) {
                browser.switchTo().frame(browser.findElement(By.id(frame)));
                wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), INTRO));
                browser.switchTo().defaultContent();
            }
            Browser.screenshot(browser, "edition-editor");

            browser.findElement(By.id("edition:languages:subject_en")).sendKeys(SUBJECT);
            browser.findElement(By.id("edition:save")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Saved."));

            browser.findElement(By.id("edition:testAddresses")).sendKeys("desk@journey.example");
            browser.findElement(By.id("edition:sendTest")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Test sent."));
            MimeMessage test = List.of(TestServices.mail().getReceivedMessages()).stream()
                    .filter(m -> recipient(m).equals("desk@journey.example")).findFirst().orElseThrow();
            assertThat(test.getSubject()).isEqualTo("[TEST] " + SUBJECT);

            // A time of the editor's own, not the default 1st-of-the-month one: tomorrow at this minute.
            ZonedDateTime picked = ZonedDateTime.now(DHAKA).plusDays(1).truncatedTo(ChronoUnit.MINUTES);
            String typed = picked.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
            // As an editor types it. The calendar opens from its button only: opened while typing, it wrote its own
            // time back into the field when it closed.
            WebElement sendAt = browser.findElement(By.id("edition:sendAt_input"));
            sendAt.sendKeys(Keys.chord(Keys.CONTROL, "a"), typed, Keys.TAB);
            assertThat(browser.findElements(By.id("edition:sendAt_panel"))).as("the calendar stays closed while typing")
                    .noneMatch(WebElement::isDisplayed);
            wait.until(ExpectedConditions.attributeToBe(sendAt, "value", typed));
            browser.findElement(By.id("edition:approve")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Approved and scheduled."));
            assertThat(browser.findElement(By.id("scheduledFor")).getText()).endsWith(typed);
            assertThat(TestDatabase.string("SELECT DATE_FORMAT(send_at, '%Y-%m-%d %H:%i:%s') FROM newsletter_edition"
                    + " WHERE number = ?", number)).isEqualTo(picked.withZoneSameInstant(ZoneOffset.UTC)
                    .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")));
            assertThat(TestDatabase.string("SELECT state FROM newsletter_edition WHERE number = ?", number))
                    .isEqualTo("APPROVED");

            // The send waits for the picked time (its trigger fires then); when the time comes, the send starts and
            // the page shows its progress. The test makes the time come rather than waiting a day for it.
            String trigger = "send-" + TestDatabase.number("SELECT id FROM newsletter_edition WHERE number = ?", number);
            assertThat(QuartzTriggers.nextFireTime(trigger)).isEqualTo(picked.toInstant());
            Instant due = QuartzTriggers.fireNow(trigger);
            await("the send started").atMost(60, SECONDS).pollInterval(Duration.ofMillis(500)).until(() ->
                    !"APPROVED".equals(TestDatabase.string("SELECT state FROM newsletter_edition WHERE number = ?",
                            number)));
            Instant started = Instant.parse(TestDatabase.string("SELECT DATE_FORMAT(send_started_at, "
                    + "'%Y-%m-%dT%H:%i:%s.%fZ') FROM newsletter_edition WHERE number = ?", number));
            assertThat(started).isBetween(due.truncatedTo(ChronoUnit.MILLIS), due.plusSeconds(60));
            browser.get(editionPage);
            new WebDriverWait(browser, Duration.ofSeconds(120)).until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("send:bar"), "100%"));
            assertThat(browser.findElement(By.id("sent")).getText()).isNotEqualTo("0");
            Browser.screenshot(browser, "edition-sent");
            assertThat(Browser.consoleErrors(browser)).isEmpty();
        } finally {
            browser.quit();
        }
        long received = List.of(TestServices.mail().getReceivedMessages()).stream()
                .filter(m -> recipient(m).startsWith(readers)).count();
        assertThat(received).isEqualTo(SUBSCRIBERS);
    }

    /** A draft edition as the monthly job leaves it, with an introduction; returns its number. */
    private static long draftedEdition() throws Exception {
        long number = TestDatabase.number("SELECT COALESCE(MAX(number), 0) + 1 FROM newsletter_edition");
        TestDatabase.update("""
                INSERT INTO newsletter_edition (number, month, audience_id, intro_en, intro_bn, state, covers_from, covers_to,
                    created_at, updated_at)
                SELECT ?, COALESCE(MAX(month) + INTERVAL 1 MONTH, '2091-01-01'), (SELECT id FROM audience WHERE code = 'newsletter'), ?, ?, 'DRAFT', UTC_TIMESTAMP(3),
                    UTC_TIMESTAMP(3), UTC_TIMESTAMP(3), UTC_TIMESTAMP(3)
                FROM newsletter_edition WHERE month >= '2091-01-01'""", number, "<p>" + INTRO + "</p>",
                "<p>" + INTRO + " (বাংলা)</p>");
        return number;
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
