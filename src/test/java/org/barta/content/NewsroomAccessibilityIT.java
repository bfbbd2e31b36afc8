package org.barta.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.barta.testing.Browser;
import org.barta.testing.Deployments;
import org.barta.testing.TestAccounts;
import org.barta.testing.TestActors;
import org.barta.testing.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every newsroom page, signed in as an administrator, in English and in Bangla, through axe-core's WCAG 2.2 A/AA
 * rules: no serious or critical violation may remain on any of them.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NewsroomAccessibilityIT {

    private static final String ADMIN = "shahana";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void everyNewsroomPagePassesTheAccessibilityRulesInBothLanguages() throws Exception {
        TestAccounts.ensure(ADMIN, "Shahana Admin", "EDITOR", TestActors.PASSWORD);
        // An administrator only while this test runs: SignInIT's first-run setup needs a site without one.
        TestDatabase.update("UPDATE account SET role = 'ADMIN', preferred_language = 'en' WHERE username = ?", ADMIN);
        List<String> problems = new ArrayList<>();
        ChromeDriver browser = Browser.start();
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
            // The language link reloads the page: the <html> element found by one poll can be gone when it is read.
            wait.ignoring(StaleElementReferenceException.class);
            Browser.signIn(browser, base, ADMIN, TestActors.PASSWORD);
            String photo = uploadPhoto(browser, wait);
            long item = itemWithTagAndMedia(photo);
            long edition = editionWith(item);
            TestDatabase.addConfirmedSubscribers("a11y-" + edition + "-", "newsroom.example", 3, "bn");

            Map<String, String> pages = new LinkedHashMap<>();
            pages.put("dashboard", "/admin/");
            pages.put("items", "/admin/items");
            pages.put("new item", "/admin/item?kind=PRESS_STATEMENT");
            pages.put("item with tags and media", "/admin/item?id=" + item);
            pages.put("preview", "/admin/preview?id=" + item);
            pages.put("media", "/admin/media");
            pages.put("accounts", "/admin/accounts");
            pages.put("audit", "/admin/audit");
            pages.put("subscribers", "/admin/subscribers");
            pages.put("audiences", "/admin/audiences");
            pages.put("newsletter", "/admin/newsletter");
            pages.put("edition", "/admin/edition?id=" + edition);
            pages.put("sends", "/admin/sends");
            pages.put("press releases", "/admin/releases?item=" + item);
            pages.put("confirm identity", "/admin/confirm-identity");
            pages.put("sessions", "/admin/sessions");
            pages.put("password", "/admin/password");
            for (String language : List.of("en", "bn")) {
                open(browser, "/admin/");
                if (!language.equals(browser.findElement(By.tagName("html")).getAttribute("lang"))) {
                    // As an editor does it: the language link in the header, kept for the account.
                    browser.findElement(By.id("en".equals(language) ? "user:toEnglish" : "user:toBangla")).click();
                    wait.until(ExpectedConditions.attributeToBe(By.cssSelector("html"), "lang", language));
                }
                for (Map.Entry<String, String> page : pages.entrySet()) {
                    open(browser, page.getValue());
                    wait.until(driver -> "complete".equals(browser.executeScript("return document.readyState")));
                    String name = page.getKey() + " (" + language + ")";
                    Browser.accessibilityViolations(browser).forEach(v -> problems.add(name + ": " + v));
                }
            }
        } finally {
            browser.quit();
            TestDatabase.update("UPDATE account SET role = 'EDITOR' WHERE username = ?", ADMIN);
        }
        assertThat(problems).as("accessibility violations on newsroom pages:%n%s", String.join("\n", problems)).isEmpty();
    }

    private void open(ChromeDriver browser, String path) {
        browser.get(base.toString().replaceAll("/$", "") + path);
    }

    /** Uploads a photo through the media library, so its variants exist on disk; returns its file name. */
    private String uploadPhoto(ChromeDriver browser, WebDriverWait wait) throws Exception {
        BufferedImage image = new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(35, 38, 58));
        g.fillRect(0, 0, 800, 600);
        g.dispose();
        Path file = Files.createTempDirectory("barta-a11y-").resolve("workshop-" + System.nanoTime() + ".jpg");
        ImageIO.write(image, "jpg", file.toFile());
        open(browser, "/admin/media");
        browser.findElement(By.cssSelector("#upload input[type=file]")).sendKeys(file.toString());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("library:files"), file.getFileName().toString()));
        return file.getFileName().toString();
    }

    /** A draft in both languages with a tag, a featured image, an attachment and one revision; returns its id. */
    private static long itemWithTagAndMedia(String photo) throws Exception {
        long media = TestDatabase.number("SELECT id FROM media_file WHERE original_name = ?", photo);
        long author = TestDatabase.number("SELECT id FROM account WHERE username = ?", ADMIN);
        String unique = String.valueOf(System.nanoTime());
        TestDatabase.update("""
                INSERT INTO content_item (kind, state, created_at, updated_at, created_by, updated_by, featured_image_id)
                VALUES ('PRESS_STATEMENT', 'DRAFT', UTC_TIMESTAMP(3), UTC_TIMESTAMP(3), ?, ?, ?)""", author, author, media);
        long item = TestDatabase.number("SELECT MAX(id) FROM content_item WHERE featured_image_id = ?", media);
        TestDatabase.update("""
                INSERT INTO content_translation (item_id, language, title, slug, summary, body, featured_image_alt)
                VALUES (?, 'en', 'Workshop on digital security', ?, 'Defenders learn to protect their data',
                        '<p>Forty defenders met in Khulna.</p>', 'Participants at the workshop'),
                       (?, 'bn', 'ডিজিটাল নিরাপত্তা কর্মশালা', ?, 'মানবাধিকার কর্মীদের তথ্য সুরক্ষা',
                        '<p>খুলনায় চল্লিশজন কর্মী মিলিত হন।</p>', 'কর্মশালার অংশগ্রহণকারীরা')""",
                item, "workshop-" + unique, item, "কর্মশালা-" + unique);
        TestDatabase.update("INSERT IGNORE INTO tag (slug, label_en, label_bn) VALUES ('digital-security', 'Digital security', 'ডিজিটাল নিরাপত্তা')");
        TestDatabase.update("INSERT INTO content_item_tag (item_id, tag_id) SELECT ?, id FROM tag WHERE slug = 'digital-security'", item);
        TestDatabase.update("INSERT INTO content_attachment (item_id, position, media_id) VALUES (?, 0, ?)", item, media);
        TestDatabase.update("""
                INSERT INTO content_revision (item_id, number, created_at, created_by, action, changed, snapshot)
                VALUES (?, 1, UTC_TIMESTAMP(3), ?, 'SAVE', 'title', '{}')""", item, ADMIN);
        return item;
    }

    /** A draft edition carrying the item, as the monthly job leaves it; returns its id. */
    private static long editionWith(long item) throws Exception {
        long number = TestDatabase.number("SELECT COALESCE(MAX(number), 0) + 1 FROM newsletter_edition");
        TestDatabase.update("""
                INSERT INTO newsletter_edition (number, month, audience_id, intro_en, intro_bn, state, covers_from, covers_to,
                    created_at, updated_at)
                SELECT ?, COALESCE(MAX(month) + INTERVAL 1 MONTH, '2091-01-01'), (SELECT id FROM audience WHERE code = 'newsletter'), '<p>Our month</p>', '<p>আমাদের মাস</p>',
                    'DRAFT', UTC_TIMESTAMP(3), UTC_TIMESTAMP(3), UTC_TIMESTAMP(3), UTC_TIMESTAMP(3)
                FROM newsletter_edition WHERE month >= '2091-01-01'""", number);
        long edition = TestDatabase.number("SELECT id FROM newsletter_edition WHERE number = ?", number);
        TestDatabase.update("INSERT INTO newsletter_edition_item (edition_id, item_id, position) VALUES (?, ?, 0)",
                edition, item);
        return edition;
    }
}
