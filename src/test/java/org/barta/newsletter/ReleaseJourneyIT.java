package org.barta.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.barta.testing.Browser;
import org.barta.testing.Deployments;
import org.barta.testing.QuartzTriggers;
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
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A press statement under embargo, in a real browser: an editor schedules it, prepares an embargoed advance copy to
 * the journalists and a copy at publication to the journalists and the partners, and approves both; a second
 * editor, asked by mail, approves them (four eyes). When Quartz fires the advance copy the journalists get it, each
 * once and in their language, headed by the embargo, while the site, its feed, sitemap and search know nothing of
 * the statement; when Quartz publishes it, the page appears and the copy at publication goes out, once to a
 * journalist who is also a partner.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReleaseJourneyIT {

    private static final DateTimeFormatter PICKER = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void anEmbargoedStatementReachesJournalistsAheadAndEveryoneChosenAtPublication() throws Exception {
        String tag = Long.toString(System.nanoTime(), 36);
        TestAccounts.ensure("release-editor", "Release Editor", "EDITOR", TestActors.PASSWORD);
        TestAccounts.ensure("release-checker", "Checking Editor", "EDITOR", TestActors.PASSWORD);
        String checkerMail = "checker-" + tag + "@newsroom.example";
        TestDatabase.update("UPDATE account SET email = ? WHERE username = 'release-checker'", checkerMail);
        String domain = "embargo-" + tag + ".example";
        String journalists = "Journalists " + tag;
        String partners = "Partners " + tag;
        long journalistList = TestDatabase.privateAudience("journalists-" + tag, journalists, "সাংবাদিক " + tag);
        long partnerList = TestDatabase.privateAudience("partners-" + tag, partners, "সহযোগী " + tag);
        TestDatabase.addConfirmedSubscribers("press-", domain, 2, "en");
        TestDatabase.addConfirmedSubscribers("bangla-press-", domain, 1, "bn");
        TestDatabase.addConfirmedSubscribers("partner-", domain, 1, "en");
        TestDatabase.addConfirmedSubscribers("reader-", domain, 1, "en");
        TestDatabase.joinAudience(journalistList, "%press-%@" + domain);
        TestDatabase.joinAudience(partnerList, "partner-%@" + domain);
        TestDatabase.joinAudience(partnerList, "press-0@" + domain);
        TestDatabase.update("""
                INSERT INTO audience_segment (audience_id, name, district, created_by, created_at)
                VALUES (?, 'Sylhet desk', 'Sylhet', 'release-editor', UTC_TIMESTAMP(3))""", journalistList);
        String title = "Disappeared activists must be found " + tag;
        String titleBn = "নিখোঁজ কর্মীদের খুঁজে বের করুন " + tag;
        long statement = draftStatement(title, titleBn, "disappeared-activists-" + tag);

        ChromeDriver browser = Browser.start();
        long advance;
        long atPublication;
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            Browser.signIn(browser, base, "release-editor", TestActors.PASSWORD);
            open(browser, "/admin/item?id=" + statement);
            Instant embargo = Instant.now().plus(Duration.ofDays(2));
            type(browser, "editor:publishAt_input", embargo);
            browser.findElement(By.cssSelector(".workflow-SCHEDULE")).click();
            wait.until(ExpectedConditions.elementToBeClickable(By.id("releasesLink"))).click();
            assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("statementState"))).getText())
                    .startsWith("State: Scheduled");

            assertThat(browser.findElements(By.xpath("//label[normalize-space(.) = '" + journalists
                    + " › Sylhet desk']"))).as("a saved segment offered instead of the whole list").hasSize(1);

            // The advance copy: to the journalists, in both languages, a day before the embargo.
            prepare(browser, wait, List.of(journalists), true, embargo.minus(Duration.ofDays(1)));
            advance = TestDatabase.number("SELECT MAX(id) FROM newsletter_edition WHERE content_item_id = ?", statement);
            WebElement advanceRow = row(browser, advance);
            assertThat(advanceRow.findElement(By.className("release-kind")).getText())
                    .isEqualTo("Advance copy under embargo");
            assertThat(advanceRow.findElement(By.className("release-reach")).getText())
                    .isEqualTo("reaches 3 addresses now");
            // The copy at publication: journalists and partners; the journalist who is also a partner counts once.
            prepare(browser, wait, List.of(journalists, partners), false, null);
            atPublication = TestDatabase.number("SELECT MAX(id) FROM newsletter_edition WHERE content_item_id = ?",
                    statement);
            assertThat(row(browser, atPublication).findElement(By.className("release-reach")).getText())
                    .isEqualTo("reaches 4 addresses now");
            for (long release : List.of(advance, atPublication)) {
                row(browser, release).findElement(By.cssSelector("button[id$=':approve']")).click();
                // The message is already there after the first approval: wait for this row's own answer.
                wait.until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector("tr.release-" + release + " .release-proposal"),
                        "Approved by Release Editor, waiting for a second editor"));
            }
            assertThat(browser.findElement(By.id("messages")).getText())
                    .contains("the release goes out once a second editor approves it");
            assertThat(row(browser, advance).findElements(By.cssSelector("button[id$=':approve']")))
                    .as("not by the same editor").isEmpty();
            Browser.screenshot(browser, "release-first-approval");
            Browser.signOut(browser);

            MimeMessage ask = awaitMail(checkerMail, "A press release waits for your approval");
            assertThat((String) ask.getContent()).contains("Release Editor approved a press release of the statement")
                    .contains("/admin/releases?item=" + statement);
            Browser.signIn(browser, base, "release-checker", TestActors.PASSWORD);
            open(browser, "/admin/releases?item=" + statement);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr.release-" + advance)));
            assertThat(row(browser, advance).findElement(By.className("release-proposal")).getText())
                    .isEqualTo("Approved by Release Editor, waiting for a second editor");
            assertThat(row(browser, advance).findElements(By.className("release-preview"))).hasSize(2);
            Browser.screenshot(browser, "release-second-approval");
            for (long release : List.of(advance, atPublication)) {
                row(browser, release).findElement(By.cssSelector("button[id$=':approve']")).click();
                // "Release approved" is already there after the first: wait for this row's own state.
                wait.until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector("tr.release-" + release + " .release-state"), "Approved"));
                assertThat(browser.findElement(By.id("messages")).getText()).contains("Release approved");
                assertThat(row(browser, release).findElements(By.className("release-proposal")))
                        .as("no longer waiting for anyone").isEmpty();
            }
            assertThat(Browser.consoleErrors(browser)).isEmpty();
        } finally {
            browser.quit();
        }

        // Quartz sends the advance copy (its trigger made due now): the journalists only, each once, embargo first.
        QuartzTriggers.fireNow("send-" + advance);
        String english = awaitMail("press-1@" + domain, title).getSubject();
        assertThat(english).startsWith("EMBARGOED UNTIL ").contains("(Dhaka) / ").endsWith(" UTC: " + title);
        MimeMessage bangla = awaitMail("bangla-press-0@" + domain, titleBn);
        assertThat(bangla.getSubject()).contains("প্রকাশ নিষেধ").contains("(ঢাকা)");
        String text = TestServices.bodyPart(awaitMail("press-0@" + domain, title), "text/plain");
        assertThat(text).contains("EMBARGOED UNTIL").contains("Seven activists are missing.")
                .contains("Nasrin Akter").contains("/en/press-statements/disappeared-activists-" + tag);
        assertThat(copies("press-0@" + domain, title)).hasSize(1);
        assertThat(copies("partner-0@" + domain, title)).isEmpty();
        assertThat(copies("reader-0@" + domain, title)).isEmpty();

        // The journalist's own preview link opens the statement before it is public, for them only.
        WebClient journalist = new WebClient(base.toURI());
        String preview = previewPath(text);
        HttpResponse<String> early = journalist.get(preview);
        assertThat(early.statusCode()).isEqualTo(200);
        assertThat(early.headers().firstValue("Cache-Control")).hasValue("private, no-store");
        assertThat(early.headers().firstValue("X-Robots-Tag")).hasValue("noindex, nofollow");
        assertThat(Jsoup.parse(early.body()).text()).contains("EMBARGOED UNTIL", title,
                "The state must say where they are.");
        assertThat(journalist.get(preview.replaceFirst("&t=.", "&t=")).statusCode()).as("forged").isEqualTo(400);

        // Before the embargo the public site knows nothing of it.
        WebClient visitor = new WebClient(base.toURI());
        String page = "/en/press-statements/disappeared-activists-" + tag;
        assertThat(visitor.get(page).statusCode()).isEqualTo(404);
        for (String listing : List.of("/en/feed.atom", "/sitemap.xml", "/en/search?q=activists+" + tag)) {
            assertThat(visitor.get(listing).body()).as(listing).doesNotContain(title);
        }

        // Quartz publishes it: the page appears and the copy at publication goes out, once per address.
        QuartzTriggers.fireNow("publish-" + statement);
        ServerWaits.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> visitor.get(page).statusCode() == 200);
        ServerWaits.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .until(() -> copies("partner-0@" + domain, title).size() == 1);
        MimeMessage release = copies("partner-0@" + domain, title).get(0);
        assertThat(release.getSubject()).as("no embargo once public").isEqualTo(title);
        ServerWaits.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .until(() -> "SENT".equals(TestDatabase.string("SELECT state FROM newsletter_edition WHERE id = ?",
                        atPublication)));
        assertThat(copies("press-0@" + domain, title)).as("advance copy and release copy, one each").hasSize(2);
        HttpResponse<String> late = journalist.get(preview);
        assertThat(late.statusCode()).as("the preview now leads to the public page").isEqualTo(302);
        assertThat(late.headers().firstValue("Location").orElseThrow()).endsWith(page);

        // The link turns up somewhere: an editor pastes it and learns whose copy it came with.
        ChromeDriver desk = Browser.start();
        try {
            WebDriverWait wait = new WebDriverWait(desk, Duration.ofSeconds(30));
            Browser.signIn(desk, base, "release-checker", TestActors.PASSWORD);
            open(desk, "/admin/releases?item=" + statement);
            desk.findElement(By.id("trace:leakedAddress")).sendKeys(base.toString().replaceAll("/$", "") + preview);
            desk.findElement(By.id("trace:find")).click();
            assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("trace:traceResult"))).getText())
                    .startsWith("Issued to press-0@" + domain + " with advance copy #" + advance + " (embargo ");
            desk.executeScript("document.getElementById('trace').scrollIntoView();");
            Browser.screenshot(desk, "release-leak-trace");
            assertThat(Browser.consoleErrors(desk)).isEmpty();
        } finally {
            desk.quit();
        }
        assertThat(copies("reader-0@" + domain, title)).isEmpty();
    }

    /** The preview link of a mail's text part, as a path and query on this site. */
    private static String previewPath(String text) {
        Matcher found = Pattern.compile("https?://\\S+(/en/newsletter/preview\\?\\S+)").matcher(text);
        assertThat(found.find()).as("a preview link").isTrue();
        return found.group(1);
    }

    private void prepare(ChromeDriver browser, WebDriverWait wait, List<String> audiences, boolean advance,
                         Instant advanceAt) {
        for (String audience : audiences) {
            browser.findElement(By.xpath("//label[starts-with(normalize-space(.), '" + audience + " (')]")).click();
        }
        if (advance) {
            browser.findElement(By.xpath("//label[normalize-space(.) = 'বাংলা']")).click();
            browser.findElement(By.xpath("//label[starts-with(normalize-space(.), 'Advance copy under embargo')]"))
                    .click();
            type(browser, "releases:advanceAt_input", advanceAt);
        }
        // The message may be there from the release before: this one is prepared when its row is.
        By rows = By.cssSelector("tr[class*='release-']");
        int before = browser.findElements(rows).size();
        browser.findElement(By.id("releases:prepare")).click();
        wait.until(ExpectedConditions.numberOfElementsToBe(rows, before + 1));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Release prepared."));
    }

    /** The picker's text field filled as typed, without opening its overlay (which would cover the buttons). */
    private static void type(ChromeDriver browser, String inputId, Instant at) {
        browser.executeScript("document.getElementById(arguments[0]).value = arguments[1];", inputId,
                PICKER.format(at.atZone(ZoneId.of("Asia/Dhaka"))));
    }

    private static WebElement row(ChromeDriver browser, long release) {
        return browser.findElement(By.cssSelector("tr.release-" + release));
    }

    private void open(ChromeDriver browser, String path) {
        browser.get(base.toString().replaceAll("/$", "") + path);
    }

    /** A draft statement in both languages with a press contact, written by the editor. */
    private static long draftStatement(String title, String titleBn, String slug) throws Exception {
        long editor = TestDatabase.number("SELECT id FROM account WHERE username = 'release-editor'");
        TestDatabase.update("""
                INSERT INTO content_item (kind, state, created_at, updated_at, created_by, updated_by,
                                          contact_name, contact_phone, contact_email)
                VALUES ('PRESS_STATEMENT', 'DRAFT', UTC_TIMESTAMP(3), UTC_TIMESTAMP(3), ?, ?,
                        'Nasrin Akter', '+880 2 4811 1111', 'media@embargo.example')""", editor, editor);
        long item = TestDatabase.number("SELECT MAX(id) FROM content_item WHERE created_by = ?", editor);
        TestDatabase.update("""
                INSERT INTO content_translation (item_id, language, title, slug, summary, body)
                VALUES (?, 'en', ?, ?, 'Seven activists are missing.', '<p>The state must say where they are.</p>'),
                       (?, 'bn', ?, ?, 'সাতজন কর্মী নিখোঁজ।', '<p>রাষ্ট্রকে জানাতে হবে তাঁরা কোথায়।</p>')""",
                item, title, slug, item, titleBn, slug + "-bn");
        return item;
    }

    private static MimeMessage awaitMail(String address, String subjectPart) {
        ServerWaits.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .until(() -> !copies(address, subjectPart).isEmpty());
        return copies(address, subjectPart).get(0);
    }

    private static List<MimeMessage> copies(String address, String subjectPart) {
        return Arrays.stream(TestServices.mailsTo(address)).filter(m -> {
            try {
                return m.getSubject() != null && m.getSubject().contains(subjectPart);
            } catch (MessagingException e) {
                return false;
            }
        }).toList();
    }
}
