package org.barta.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.barta.testing.Browser;
import org.barta.testing.Deployments;
import org.barta.testing.ServerWaits;
import org.barta.testing.TestAccounts;
import org.barta.testing.TestActors;
import org.barta.testing.TestDatabase;
import org.barta.testing.TestServices;
import org.barta.testing.WebClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An urgent appeal between monthly editions, in a real browser: an editor makes an extra edition for the private
 * journalists' list, writes it and approves it to go out now; being for a private list it waits for a second editor,
 * who sees it read-only and approves it (four eyes); only the journalists get it (without a public archive link, which
 * would not exist), the public archive never shows it, and the sends page lists it with its counts, including the
 * journalist who left the list from its mail (the newsletter keeps them).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ExtraEditionJourneyIT {

    private static final Pattern ONE_CLICK = Pattern.compile("<https?://[^/>]+(/en/newsletter/unsubscribe\\?[^>]+)>");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void anEditorSendsAnUrgentAppealToJournalistsOnlyAndFollowsItOnTheSendsPage() throws Exception {
        String tag = Long.toString(System.nanoTime(), 36);
        TestAccounts.ensure("appeal-editor", "Appeal Editor", "EDITOR", TestActors.PASSWORD);
        TestAccounts.ensure("appeal-second", "Second Editor", "EDITOR", TestActors.PASSWORD);
        String secondEditorMail = "second-" + tag + "@newsroom.example";
        TestDatabase.update("UPDATE account SET email = ? WHERE username = 'appeal-second'", secondEditorMail);
        String domain = "appeal-" + tag + ".example";
        String journalists = "Journalists " + tag;
        long audience = TestDatabase.privateAudience("journalists-" + tag, journalists, "সাংবাদিক " + tag);
        // Journalists who also read the newsletter, and readers of the newsletter only.
        TestDatabase.addConfirmedSubscribers("press-", domain, 3, "en");
        TestDatabase.addConfirmedSubscribers("reader-", domain, 2, "en");
        TestDatabase.joinAudience(audience, "press-%@" + domain);
        String subject = "Urgent appeal " + tag;

        ChromeDriver browser = Browser.start();
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            Browser.signIn(browser, base, "appeal-editor", TestActors.PASSWORD);
            browser.findElement(By.id("navNewsletter")).click();
            wait.until(ExpectedConditions.elementToBeClickable(By.id("editions:createExtra"))).click();
            assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//*[@id='editions:extraAudience']"
                    + "/following-sibling::*[contains(@class, 'ui-message-error')]"))).getText())
                    .isEqualTo("Choose the audience the edition goes to.");
            Browser.choose(browser, wait, "editions:extraAudience", journalists + " (private)");
            browser.findElement(By.id("editions:createExtra")).click();

            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("editionAudience"),
                    "Extra edition, " + journalists));
            assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Special edition");
            long edition = Long.parseLong(URI.create(browser.getCurrentUrl()).getQuery().replaceAll(".*id=(\\d+).*", "$1"));
            browser.findElement(By.id("edition:languages:subject_en")).sendKeys(subject);
            browser.findElement(By.cssSelector("[id='edition:languages:intro_en'] .ql-editor"))
                    .sendKeys("Release the detained defenders now.");
            assertThat(browser.findElement(By.id("recipients")).getText()).isEqualTo("Goes to 3 confirmed members of "
                    + journalists + ". A send to this private audience needs the approval of two editors.");
            // The time field holds the moment the page opened: approved, it goes out at once. One editor's approval
            // is not enough for a private list (four eyes): it waits for a second editor.
            browser.findElement(By.id("edition:approve")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                    "It goes out once a second editor approves it."));
            assertThat(browser.findElements(By.id("edition:approveSecond"))).as("not by the same editor").isEmpty();
            assertThat(TestDatabase.string("SELECT state FROM newsletter_edition WHERE id = ?", edition))
                    .isEqualTo("DRAFT");
            // The other editors are asked by mail, with the link; the first approver is not.
            MimeMessage ask = awaitMail(secondEditorMail, "A mailing to " + journalists + " waits for your approval")[0];
            assertThat((String) ask.getContent()).contains("Appeal Editor approved an edition for the private list")
                    .contains("/admin/edition?id=" + edition);
            browser.get(base.toString().replaceAll("/$", "") + "/admin/sends?series=EXTRA&audience=" + audience);
            assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(
                    "#send-" + edition + " .state"))).getText()).isEqualTo("Waiting for a second editor");
            Browser.signOut(browser);

            Browser.signIn(browser, base, "appeal-second", TestActors.PASSWORD);
            browser.get(base.toString().replaceAll("/$", "") + "/admin/edition?id=" + edition);
            assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("proposal"))).getText())
                    .startsWith("Approved by Appeal Editor on ");
            assertThat(browser.findElement(By.id("edition:languages:subject_en")).isEnabled())
                    .as("what the second editor approves cannot change under them").isFalse();
            Browser.screenshot(browser, "edition-second-approval");
            browser.findElement(By.id("edition:approveSecond")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Approved and scheduled."));
            assertThat(TestDatabase.number("SELECT COUNT(*) FROM newsletter_edition WHERE id = ? AND series = 'EXTRA'"
                    + " AND number IS NULL AND audience_id = ?", edition, audience)).isOne();

            browser.findElement(By.id("navSends")).click();
            new Select(wait.until(ExpectedConditions.elementToBeClickable(By.id("filterSeries"))))
                    .selectByVisibleText("Extra edition");
            new Select(browser.findElement(By.id("filterAudience"))).selectByVisibleText(journalists);
            browser.findElement(By.id("applyFilters")).click();
            wait.until(ExpectedConditions.urlContains("audience=" + audience));
            By row = By.id("send-" + edition);
            new WebDriverWait(browser, Duration.ofSeconds(120)).pollingEvery(Duration.ofSeconds(2)).until(driver -> {
                driver.navigate().refresh();
                List<WebElement> found = driver.findElements(row);
                return !found.isEmpty() && found.get(0).findElement(By.className("state")).getText().equals("Sent");
            });
            assertThat(browser.findElements(By.cssSelector("#sendTable tbody tr"))).as("only this list's extras")
                    .hasSize(1);
            WebElement sent = browser.findElement(row);
            assertThat(sent.findElement(By.className("send-subject")).getText()).isEqualTo(subject);
            assertThat(sent.findElement(By.className("audience")).getText()).isEqualTo(journalists);
            assertThat(sent.findElement(By.className("sent")).getText()).isEqualTo("3");
            assertThat(sent.findElement(By.className("percent")).getText()).isEqualTo("100%");

            // Only the journalists got it; the newsletter's own readers did not.
            for (int i = 0; i < 3; i++) {
                assertThat(copies(awaitMail("press-" + i + "@" + domain, subject), subject)).hasSize(1);
            }
            for (int i = 0; i < 2; i++) {
                assertThat(copies(TestServices.mailsTo("reader-" + i + "@" + domain), subject)).isEmpty();
            }
            MimeMessage copy = copies(TestServices.mailsTo("press-0@" + domain), subject).get(0);
            assertThat(copy.getHeader("List-Id", null)).contains("<journalists-" + tag + ".");
            String text = TestServices.bodyPart(copy, "text/plain");
            assertThat(text).contains("Special edition").contains("Release the detained defenders now.")
                    .doesNotContain("Read this edition on the web");
            assertThat(TestServices.bodyPart(copy, "text/html")).doesNotContain("Read this edition on the web");

            // The journalist leaves the list with their mail's one-click link; the newsletter keeps them.
            Matcher oneClick = ONE_CLICK.matcher(copy.getHeader("List-Unsubscribe", null));
            assertThat(oneClick.find()).isTrue();
            WebClient mailClient = new WebClient(base.toURI());
            assertThat(mailClient.send("POST", oneClick.group(1), "List-Unsubscribe=One-Click").statusCode())
                    .isEqualTo(200);
            assertThat(TestDatabase.string("""
                    SELECT GROUP_CONCAT(a.code, ' ', m.status ORDER BY a.code) FROM audience_member m
                    JOIN audience a ON a.id = m.audience_id JOIN subscriber s ON s.id = m.subscriber_id
                    WHERE s.email = ?""", "press-0@" + domain))
                    .isEqualTo("journalists-" + tag + " UNSUBSCRIBED,newsletter CONFIRMED");
            browser.navigate().refresh();
            assertThat(browser.findElement(row).findElement(By.className("unsubscribed")).getText()).isEqualTo("1");
            Browser.screenshot(browser, "sends");
            assertThat(Browser.consoleErrors(browser)).isEmpty();
        } finally {
            browser.quit();
        }

        // Nothing of a private list's edition reaches the public archive or its feed.
        WebClient visitor = new WebClient(base.toURI());
        for (String page : List.of("/en/newsletter/", "/en/newsletter/feed.atom", "/bn/newsletter/")) {
            HttpResponse<String> archive = visitor.get(page);
            assertThat(archive.statusCode()).isEqualTo(200);
            assertThat(archive.body()).as(page).doesNotContain(subject);
        }
        // Authors never see the sends page.
        TestAccounts.ensure("appeal-author", "Appeal Author", "AUTHOR", TestActors.PASSWORD);
        assertThat(TestActors.signedIn(base, "appeal-author").get("/admin/sends").statusCode()).isEqualTo(403);
    }

    private static MimeMessage[] awaitMail(String address, String subject) {
        ServerWaits.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> !copies(TestServices.mailsTo(address), subject).isEmpty());
        return TestServices.mailsTo(address);
    }

    private static List<MimeMessage> copies(MimeMessage[] messages, String subject) {
        return java.util.Arrays.stream(messages).filter(m -> {
            try {
                return subject.equals(m.getSubject());
            } catch (jakarta.mail.MessagingException e) {
                return false;
            }
        }).toList();
    }
}
