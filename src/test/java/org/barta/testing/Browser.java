package org.barta.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium through Debian's chromedriver (Selenium Manager never runs, nothing is downloaded),
 * with the flags that keep it off the network, and a fresh profile each time.
 */
public final class Browser {

    private static String axe;

    private Browser() {
    }

    public static ChromeDriver start() throws IOException {
        Path profile = Files.createTempDirectory("barta-chromium-");
        ChromeOptions options = new ChromeOptions()
                .setBinary("/usr/bin/chromium")
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--disable-dev-shm-usage", "--window-size=1366,1000", "--lang=en-GB",
                        "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new java.io.File("/usr/bin/chromedriver"))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(0));
        return driver;
    }

    /** Signs in on the newsroom's sign-in page and waits for the admin header. */
    public static void signIn(ChromeDriver driver, java.net.URL base, String username, String password) {
        driver.get(base.toString().replaceAll("/$", "") + "/login");
        driver.findElement(org.openqa.selenium.By.id("login:username")).sendKeys(username);
        driver.findElement(org.openqa.selenium.By.id("login:password")).sendKeys(password);
        driver.findElement(org.openqa.selenium.By.id("login:submit")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(20)).until(
                org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(
                        org.openqa.selenium.By.id("user:signedInAs")));
    }

    /** Errors the page wrote to the browser console since the last call. */
    public static List<String> consoleErrors(ChromeDriver driver) {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
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
}
