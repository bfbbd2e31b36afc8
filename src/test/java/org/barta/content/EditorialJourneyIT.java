package org.barta.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Predicate;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The newsroom's main journey in a real browser: an author uploads a photo, writes a press statement in Bangla
 * with it and submits it; an editor reviews and publishes it. Then the same work by keyboard alone.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EditorialJourneyIT {

    private static final String PASSWORD = TestActors.PASSWORD;
    private static final String TITLE = "নদীভাঙনে ক্ষতিগ্রস্ত পরিবারের পাশে দাঁড়ান";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void start() throws Exception {
        TestAccounts.ensure("rahima", "Rahima Author", "AUTHOR", PASSWORD);
        TestAccounts.ensure("faruk", "Faruk Editor", "EDITOR", PASSWORD);
        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void anAuthorWritesInBanglaWithAPictureAndAnEditorPublishes() throws Exception {
        signIn("rahima");

        open("/admin/media");
        Path photo = photo();
        browser.findElement(By.cssSelector("#upload input[type=file]")).sendKeys(photo.toString());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "uploaded"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("library:files"), photo.getFileName().toString()));

        open("/admin/item?kind=PRESS_STATEMENT");
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//ul[@role='tablist']//a[normalize-space()='বাংলা']")))
                .click();
        WebElement title = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("editor:languages:title_bn")));
        title.sendKeys(TITLE);
        browser.findElement(By.id("editor:languages:summary_bn")).sendKeys("ত্রাণ ও পুনর্বাসনের দাবি");
        browser.findElement(By.cssSelector("[id='editor:languages:body_bn'] .ql-editor"))
                .sendKeys("আইন ও সালিশ কেন্দ্র ক্ষতিগ্রস্ত পরিবারগুলোর জন্য জরুরি সহায়তা দাবি করছে।");
        browser.findElement(By.id("editor:languages:alt_bn")).sendKeys("সংবাদ সম্মেলনের ছবি");
        choose("editor:languages:image_bn", photo.getFileName().toString());
        browser.findElement(By.id("editor:languages:imageAlt_bn")).sendKeys("নদীভাঙনের দৃশ্য");
        browser.findElement(By.id("editor:languages:insertImage_bn")).click();
        wait.until(driver -> String.valueOf(browser.executeScript("return PF('body_bn').editor.root.innerHTML"))
                .contains("<img"));
        choose("editor:featuredImage", photo.getFileName().toString());
        browser.findElement(By.id("editor:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Saved."));
        assertThat(browser.getCurrentUrl()).contains("/admin/item?id=");
        String itemUrl = browser.getCurrentUrl();
        Browser.screenshot(browser, "editor-page");

        click("workflow-SUBMIT");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("state"), "In review"));
        assertThat(browser.findElements(By.className("workflow-PUBLISH"))).as("authors cannot publish").isEmpty();
        signOut();

        signIn("faruk");
        open("/admin/items");
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText(TITLE))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("state"), "In review"));
        assertThat(browser.getCurrentUrl()).isEqualTo(itemUrl);
        click("workflow-PUBLISH");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("state"), "Published"));
        assertThat(browser.findElement(By.id("revisions:list")).getText()).contains("PUBLISH", "faruk", "SUBMIT", "rahima");

        String preview = itemUrl.replace("/admin/item?", "/admin/preview?") + "&lang=bn";
        browser.get(preview);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(TITLE);
        WebElement inline = browser.findElement(By.cssSelector("article img"));
        assertThat(inline.getAttribute("alt")).isEqualTo("নদীভাঙনের দৃশ্য");
        assertThat(inline.getAttribute("src")).contains("/media/").endsWith("/medium");
        assertThat((Boolean) browser.executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0", inline))
                .as("the image loads").isTrue();
        Browser.screenshot(browser, "preview-bn");

        String imageUrl = browser.getCurrentUrl().replaceAll("/admin/.*", "")
                + mediaUrlOf(photo.getFileName().toString());
        HttpResponse<Void> image = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(imageUrl)).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(image.headers().firstValue("Content-Type")).hasValue("image/jpeg");
    }

    @Test
    void anEditorWritesTagsIllustratesSubmitsAndPublishesWithTheKeyboardAlone() throws Exception {
        String title = "Defenders under surveillance " + System.nanoTime();
        String tag = "Surveillance " + System.nanoTime();
        open("/login");
        tabTo("the user name", id("login:username")).sendKeys("faruk");
        press(Keys.TAB);
        focused().sendKeys(PASSWORD, Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("user:signedInAs")));

        // A file chooser is the browser's own dialog; Selenium stands in for it by naming the file.
        open("/admin/media");
        Path photo = photo();
        String photoName = photo.getFileName().toString();
        browser.findElement(By.cssSelector("#upload input[type=file]")).sendKeys(photo.toString());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("library:files"), photoName));

        open("/admin/");
        tabTo("the new press statement link", e -> String.valueOf(e.getAttribute("href")).endsWith("kind=PRESS_STATEMENT"));
        press(Keys.ENTER);
        tabTo("the English title", id("editor:languages:title_en")).sendKeys(title);
        tabTo("the English text", styleClass("ql-editor").and(
                e -> !e.findElements(By.xpath("ancestor::*[@id='editor:languages:body_en']")).isEmpty()))
                .sendKeys("Activists' phones were searched at the border.");
        assertThat(focused().getAttribute("aria-labelledby")).isEqualTo("editor:languages:bodyLabel_en");
        press(Keys.TAB);
        assertThat(styleClass("ql-editor").test(focused())).as("Tab leaves the text area").isFalse();
        chooseByKeyboard("editor:languages:image_en", photoName);
        tabTo("the image description", id("editor:languages:imageAlt_en")).sendKeys("Phones on a customs desk");
        tabTo("insert image", id("editor:languages:insertImage_en"));
        press(Keys.ENTER);
        wait.until(driver -> String.valueOf(browser.executeScript("return PF('body_en').editor.root.innerHTML"))
                .contains("alt=\"Phones on a customs desk\""));
        chooseByKeyboard("editor:featuredImage", photoName);
        tabTo("the new English tag", id("editor:newTagEn")).sendKeys(tag);
        tabTo("the new Bangla tag", id("editor:newTagBn")).sendKeys("নজরদারি " + System.nanoTime());
        tabTo("add tag", id("editor:addTag"));
        press(Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("editor:tags"), tag));
        assertThat(browser.findElement(By.id("editor:languages:title_en")).getAttribute("value"))
                .as("adding a tag keeps what was typed").isEqualTo(title);
        tabTo("save", id("editor:save"));
        press(Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Saved."));

        tabTo("submit", styleClass("workflow-SUBMIT"));
        press(Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("state"), "In review"));
        tabTo("publish", styleClass("workflow-PUBLISH"));
        press(Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("state"), "Published"));

        String item = TestDatabase.string("SELECT item_id FROM content_translation WHERE title = ?", title);
        assertThat(TestDatabase.string("SELECT body FROM content_translation WHERE item_id = ? AND language = 'en'", item))
                .contains("<img", "Phones on a customs desk");
        assertThat(TestDatabase.strings("""
                SELECT t.label_en FROM content_item_tag it JOIN tag t ON t.id = it.tag_id WHERE it.item_id = ?""", item))
                .containsExactly(tag);
        assertThat(TestDatabase.string("""
                SELECT m.original_name FROM content_item i JOIN media_file m ON m.id = i.featured_image_id
                WHERE i.id = ?""", item)).isEqualTo(photoName);
    }

    /**
     * The editor's field rules in the server: a rule of one field is checked as the page is submitted, a rule over
     * several (a title wherever text was written) when it is saved; each message is beside its field and nothing
     * is saved until both hold.
     */
    @Test
    void aFieldRuleIsShownBesideItsFieldAndNothingIsSavedUntilItHolds() throws Exception {
        String title = "Asian Forum " + System.nanoTime();
        signIn("faruk");
        open("/admin/item?kind=NETWORK_PAGE");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("editor:languages:summary_en")))
                .sendKeys("A regional network of human rights organisations");
        browser.findElement(By.id("editor:website")).sendKeys("forum-asia.org");
        browser.findElement(By.id("editor:save")).click();
        assertThat(messageBeside("editor:website"))
                .isEqualTo("The website must be a full http:// or https:// address.");
        assertThat(browser.getCurrentUrl()).doesNotContain("id=");

        WebElement website = browser.findElement(By.id("editor:website"));
        website.clear();
        website.sendKeys("https://forum-asia.org");
        browser.findElement(By.id("editor:save")).click();
        assertThat(messageBeside("editor:languages:title_en")).isEqualTo("This version needs a title.");
        Browser.screenshot(browser, "editor-field-rules");
        assertThat(browser.findElements(By.xpath("//*[@id='editor:website']/following-sibling::*"
                + "[contains(@class, 'ui-message-error')]"))).isEmpty();
        assertThat(browser.getCurrentUrl()).doesNotContain("id=");

        browser.findElement(By.id("editor:languages:title_en")).sendKeys(title);
        browser.findElement(By.id("editor:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Saved."));
        assertThat(browser.getCurrentUrl()).contains("/admin/item?id=");
        assertThat(TestDatabase.string("""
                SELECT i.network_website FROM content_item i JOIN content_translation t ON t.item_id = i.id
                WHERE t.title = ?""", title)).isEqualTo("https://forum-asia.org");
    }

    /** The error message PrimeFaces shows beside a field (its p:message). */
    private String messageBeside(String fieldId) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//*[@id='" + fieldId
                + "']/following-sibling::*[contains(@class, 'ui-message-error')]"))).getText().strip();
    }

    private String mediaUrlOf(String fileName) {
        open("/admin/media");
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//tr[.//a[normalize-space()='" + fileName + "']]//code"))).getText();
    }

    private void choose(String menuId, String label) {
        Browser.choose(browser, wait, menuId, label);
    }

    /**
     * Opens a PrimeFaces select menu with the space bar, types into its filter and picks the match with Enter, as a
     * keyboard user does.
     */
    private void chooseByKeyboard(String menuId, String label) {
        tabTo(menuId, id(menuId + "_label"));
        press(Keys.SPACE);
        // The menu moves the focus into its filter once the panel has opened.
        wait.until(driver -> (menuId + "_filter").equals(focused().getAttribute("id")));
        focused().sendKeys(label);
        // Filtering highlights the first match; Enter picks the highlighted option.
        wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//div[@id='" + menuId + "_panel']//li[contains(@class, 'ui-state-highlight') and @data-label='" + label + "']")));
        press(Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(menuId + "_label"), label));
    }

    /**
     * Presses Tab until the focus reaches the control wanted, and checks that it shows where the focus is (PrimeFaces
     * draws the ring of a select menu around the menu, not its hidden input).
     */
    private WebElement tabTo(String control, Predicate<WebElement> wanted) {
        for (int presses = 0; presses < 200; presses++) {
            WebElement element = focused();
            if (wanted.test(element)) {
                Object outline = browser.executeScript(
                        "return getComputedStyle(arguments[0].closest('.ui-state-focus') || arguments[0]).outlineStyle",
                        element);
                assertThat(outline).as("focus outline of " + control).isNotEqualTo("none");
                return element;
            }
            press(Keys.TAB);
        }
        throw new AssertionError("Tab never reached " + control);
    }

    private WebElement focused() {
        return browser.switchTo().activeElement();
    }

    private void press(CharSequence... keys) {
        new Actions(browser).sendKeys(keys).perform();
    }

    private static Predicate<WebElement> id(String id) {
        return element -> id.equals(element.getAttribute("id"));
    }

    private static Predicate<WebElement> styleClass(String name) {
        return element -> (" " + element.getAttribute("class") + " ").contains(" " + name + " ");
    }

    private void signIn(String username) {
        Browser.signIn(browser, base, username, PASSWORD);
    }

    private void signOut() {
        Browser.signOut(browser);
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/admin/")));
    }

    private void click(String styleClass) {
        browser.findElement(By.className(styleClass)).click();
    }

    private void open(String path) {
        browser.get(base.toString().replaceAll("/$", "") + path);
    }

    private static Path photo() throws Exception {
        BufferedImage image = new BufferedImage(1200, 800, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(35, 38, 58));
        g.fillRect(0, 0, 1200, 800);
        g.setColor(new Color(138, 21, 56));
        g.fillOval(300, 150, 600, 500);
        g.dispose();
        Path file = Files.createTempDirectory("barta-photo-").resolve("press-conference-" + System.nanoTime() + ".jpg");
        ImageIO.write(image, "jpg", file.toFile());
        return file;
    }
}
