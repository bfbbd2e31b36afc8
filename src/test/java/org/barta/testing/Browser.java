package org.barta.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.remote.NoSuchDriverException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium with the flags that keep it off the network, and a fresh profile each time. The system's
 * Chromium and chromedriver when both are on the PATH (Debian's on CI: Selenium Manager never runs, nothing is
 * downloaded); otherwise Selenium Manager provides them (Chrome for Testing, downloaded once); when neither works,
 * every browser test fails with one line saying what to install.
 * <p>
 * Every browser started here watches for Content-Security-Policy violations: a script, event handler, style or
 * load that a page's policy refused is logged by Chromium to the console, and {@code quit()} fails the test if
 * any was logged that the test did not take with {@link #policyViolations}. So a page that grows an inline script
 * (a {@code <script>} in a view, an {@code on*} attribute, a {@code javascript:} link) fails every browser test
 * that shows it, even where the page still seems to work.
 */
public final class Browser {

    private static final int PAGE_TEXT_SHOWN = 3000;
    private static String axe;

    private Browser() {
    }

    public static ChromeDriver start() throws IOException {
        Path profile = Files.createTempDirectory("barta-chromium-");
        ChromeOptions options = new ChromeOptions()
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--disable-dev-shm-usage", "--window-size=1366,1000", "--lang=en-GB",
                        "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService.Builder service = new ChromeDriverService.Builder().usingAnyFreePort();
        Optional<SystemChromium> system = SystemChromium.onPath(System.getenv("PATH"));
        system.ifPresent(found -> {
            options.setBinary(found.browser().toFile());
            service.usingDriverExecutable(found.driver().toFile());
        });
        ChromeDriver driver;
        try {
            driver = new Watched(service.build(), options);
        } catch (NoSuchDriverException e) {
            throw new IllegalStateException("The browser tests need Chromium and chromedriver: none is on the PATH and"
                    + " Selenium Manager could not provide them (" + firstLine(e.getMessage()) + "); install them"
                    + " (Debian: apt-get install chromium chromium-driver) or let Selenium Manager download Chrome"
                    + " for Testing", e);
        }
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(0));
        return driver;
    }

    private static String firstLine(String message) {
        return message == null ? "no reason given" : message.lines().findFirst().orElse("no reason given");
    }

    /** A browser that keeps its console log, so that errors and policy violations can each be asked for. */
    private static final class Watched extends ChromeDriver {

        private final List<LogEntry> log = new ArrayList<>();
        private int errorsRead;
        private int violationsRead;

        Watched(ChromeDriverService service, ChromeOptions options) {
            super(service, options);
        }

        /** Chromium hands each console entry out once: everything it has is kept here. */
        private List<LogEntry> log() {
            log.addAll(manage().logs().get(LogType.BROWSER).getAll());
            return log;
        }

        List<String> errorsSinceLastCall() {
            List<LogEntry> all = log();
            List<String> errors = all.subList(errorsRead, all.size()).stream()
                    .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                    .map(LogEntry::getMessage)
                    .toList();
            errorsRead = all.size();
            return errors;
        }

        List<String> violationsSinceLastCall() {
            List<LogEntry> all = log();
            List<String> violations = all.subList(violationsRead, all.size()).stream()
                    .map(LogEntry::getMessage)
                    .filter(Browser::isPolicyViolation)
                    .toList();
            violationsRead = all.size();
            return violations;
        }

        /**
         * A missing element says which page the browser was on (address, title, the start of its text): a test
         * that fails on CI then shows whether it met an error page, another page or the right page changed.
         */
        @Override
        public WebElement findElement(By locator) {
            try {
                return super.findElement(locator);
            } catch (NoSuchElementException e) {
                e.addInfo("Page", describePage());
                throw e;
            }
        }

        private String describePage() {
            try {
                String text = super.findElement(By.tagName("body")).getText().replaceAll("\\s+", " ");
                return getCurrentUrl() + " \"" + getTitle() + "\": "
                        + (text.length() > PAGE_TEXT_SHOWN ? text.substring(0, PAGE_TEXT_SHOWN) + "…" : text);
            } catch (WebDriverException unreadable) {
                return "unreadable (" + firstLine(unreadable.getMessage()) + ")";
            }
        }

        @Override
        public void quit() {
            if (getSessionId() == null) {
                return;
            }
            List<String> violations = List.of();
            try {
                violations = violationsSinceLastCall();
            } catch (WebDriverException gone) {
                // The browser is gone already; whatever ended it is reported where it happened.
            } finally {
                super.quit();
            }
            if (!violations.isEmpty()) {
                throw new AssertionError("The browser logged " + violations.size() + " Content-Security-Policy "
                        + "violation(s): a page has inline script (a <script> in a view, an on* attribute) or loads "
                        + "what its policy forbids; move the behaviour into a script file (see README, Security "
                        + "headers). If the test failed as well, that failure is behind this one.\n"
                        + String.join("\n", violations));
            }
        }
    }

    /**
     * Chromium's console message for anything a Content-Security-Policy refused: "Executing inline script violates
     * the following Content Security Policy directive …" (Chromium 150), "Refused to execute inline script …"
     * (earlier ones), "Refused to load the image …".
     */
    static boolean isPolicyViolation(String message) {
        return message.contains("Content Security Policy") || message.contains("Refused to execute")
                || message.contains("Refused to evaluate") || message.contains("Refused to apply")
                || message.contains("Refused to load");
    }

    /**
     * The Content-Security-Policy violations logged since the last call (or since the start): taken by the caller,
     * so {@code quit()} no longer fails on them. For tests that provoke one on purpose, or assert there is none.
     */
    public static List<String> policyViolations(ChromeDriver driver) {
        return ((Watched) driver).violationsSinceLastCall();
    }

    /**
     * Signs in on the newsroom's sign-in page and waits for the admin header. Waits for the form too: a browser
     * just started has been seen to return from its first {@code get} before the page was there (CI, stop 22, and
     * a full run on 2026-12-03: the form was on the page a moment later).
     */
    public static void signIn(ChromeDriver driver, java.net.URL base, String username, String password) {
        driver.get(base.toString().replaceAll("/$", "") + "/login");
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(20)).until(
                org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated(
                        org.openqa.selenium.By.id("login:username")));
        driver.findElement(org.openqa.selenium.By.id("login:username")).sendKeys(username);
        driver.findElement(org.openqa.selenium.By.id("login:password")).sendKeys(password);
        driver.findElement(org.openqa.selenium.By.id("login:submit")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(20)).until(
                org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(
                        org.openqa.selenium.By.id("user:signedInAs")));
    }

    /**
     * Signs out and waits until the page after it has loaded: the sign-out is a form post, and a {@code get} right
     * after the click could reach the server first, while the old session still holds (then "/login" leads back
     * into the newsroom and the next sign-in finds no form; seen once in a full run on 2026-12-04).
     */
    public static void signOut(ChromeDriver driver) {
        WebElement button = driver.findElement(By.id("user:signOut"));
        button.click();
        awaitGone(driver, button);
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(page -> "complete".equals(
                driver.executeScript("return document.readyState")) && page.findElements(By.id("user:signedInAs")).isEmpty());
    }

    /**
     * Waits until {@code element} is gone: replaced, or its page left. While it goes, Chrome may answer a question
     * about it with "Node with given id does not belong to the document" instead of calling it stale, which
     * Selenium's {@code stalenessOf} does not take as gone (TwoFactorSignInIT failed on it once in a full run on
     * 2026-12-04); both mean it is going.
     */
    public static void awaitGone(ChromeDriver driver, WebElement element) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(page -> {
            try {
                element.isEnabled();
                return false;
            } catch (StaleElementReferenceException e) {
                return true;
            } catch (WebDriverException e) {
                if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                    return true;
                }
                throw e;
            }
        });
    }

    /** Errors the page wrote to the browser console since the last call. */
    public static List<String> consoleErrors(ChromeDriver driver) {
        return ((Watched) driver).errorsSinceLastCall();
    }

    /**
     * Serious and critical violations of the WCAG 2.0, 2.1 and 2.2 A/AA rules and axe-core's best practices on the
     * current page, each with the elements it concerns and, for the first of them, what axe found wrong.
     */
    @SuppressWarnings("unchecked")
    public static List<String> accessibilityViolations(ChromeDriver driver) throws IOException {
        if (axe == null) {
            try (InputStream in = Browser.class.getResourceAsStream("/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js")) {
                axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        driver.executeScript(axe);
        Object found = driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {
                    resultTypes: ['violations'],
                    runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']}
                }).then(result => done(result.violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => v.impact + ' ' + v.id + ' (' + v.nodes.length + '): '
                        + v.nodes.map(n => n.target.join(' ')).join(' | ')
                        + ' [' + v.nodes[0].any.concat(v.nodes[0].all, v.nodes[0].none).map(c => c.message).join('; ') + ']')));
                """);
        return (List<String>) found;
    }

    public static void screenshot(ChromeDriver driver, String name) throws IOException {
        Path dir = Path.of(System.getProperty("barta.it.screenshots", "target/screenshots"));
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    }

    /**
     * Picks an option of a PrimeFaces select menu the way a person does. The option is clicked once the panel's
     * opening transition has ended (PrimeFaces marks it "enter-done"): during the transition Chromium may find it
     * not yet interactable.
     */
    public static void choose(ChromeDriver browser, WebDriverWait wait, String menuId, String label) {
        // Another menu's panel may still be open over this one: close it as a person would.
        browser.findElement(By.tagName("body")).sendKeys(Keys.ESCAPE);
        for (WebElement open : browser.findElements(By.cssSelector(".ui-selectonemenu-panel.ui-connected-overlay-enter-done"))) {
            wait.until(ExpectedConditions.invisibilityOf(open));
        }
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", browser.findElement(By.id(menuId)));
        // A menu in a tab just shown is drawn once the tab's widgets have rendered.
        wait.until(ExpectedConditions.elementToBeClickable(By.id(menuId))).click();
        wait.until(ExpectedConditions.attributeContains(By.id(menuId + "_panel"), "class",
                "ui-connected-overlay-enter-done"));
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//div[@id='" + menuId + "_panel']//li[@data-label='" + label + "']"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(menuId + "_label"), label));
    }
}
