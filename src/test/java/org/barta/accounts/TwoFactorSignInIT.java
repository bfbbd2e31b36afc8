package org.barta.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.crypto.spec.SecretKeySpec;
import org.barta.testing.OwnServer;
import org.barta.testing.OwnServers;
import org.barta.testing.Browser;
import org.barta.testing.Deployments;
import org.barta.testing.PayaraProcess;
import org.barta.testing.ProofAgeing;
import org.barta.testing.StaleProof;
import org.barta.testing.TestAccounts;
import org.barta.testing.TestDatabase;
import org.barta.testing.WebClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Two-factor sign-in in a real browser, against a server of its own that runs with the default requirement
 * (administrators and editors; the shared test server turns it off so other tests sign in with a password).
 * An editor is made to enrol after the password, reads the key off the page as an app would, signs in again with a
 * fresh code; the same code is refused a second time and logged; a recovery code works exactly once. An author,
 * for whom it is optional, turns it on from the admin and is asked for a code from then on.
 *
 * <p>Re-authentication, over HTTP on the same server (its WAR also holds the test-only {@link ProofAgeing}, which
 * dates a session's last proof back): an editor whose proof is stale is sent to confirm with a code before a
 * subscriber export, the export works after a fresh code, and the same code is refused the next time; an author
 * without an app confirms with the password before turning two-factor on, and finds the QR code they scanned.
 */
@OwnServers
class TwoFactorSignInIT {

    private static final String EDITOR = "tahmina2fa";
    private static final String AUTHOR = "rafiq2fa";
    private static final String REAUTH_EDITOR = "farida-reauth";
    private static final String REAUTH_AUTHOR = "nasrin-reauth";
    private static final String EXPORT = "/admin/subscribers/export.csv";
    private static final String PASSWORD = "a long enough editor passphrase";

    private static PayaraProcess server;
    private static ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        server = OwnServer.start("twofactor", Deployments.exportedWithProofAgeing(),
                Map.of("BARTA_2FA_REQUIRED", "ADMIN,EDITOR"));
        server.awaitReady(OwnServer.BOOT);
        TestAccounts.ensure(EDITOR, "Tahmina Akter", "EDITOR", PASSWORD);
        browser = Browser.start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void anEditorIsMadeToEnrolThenSignsInWithCodesThatWorkOnce() throws Exception {
        typePassword();
        await(By.id("enrol:secret"));
        assertThat(browser.getCurrentUrl()).endsWith("/two-factor-setup");
        assertThat(browser.findElement(By.cssSelector("#enrol svg.qr")).isDisplayed()).isTrue();
        Browser.screenshot(browser, "twofactor-1-enrol");
        byte[] secret = base32(browser.findElement(By.id("enrol:secret")).getText());

        browser.get(server.base() + "/admin/");
        assertThat(browser.getCurrentUrl()).as("nothing else before enrolment").contains("/login");
        browser.get(server.base() + "/two-factor-setup");
        assertThat(base32(browser.findElement(By.id("enrol:secret")).getText())).as("same key after reload")
                .isEqualTo(secret);

        long step = Instant.now().getEpochSecond() / 30;
        browser.findElement(By.id("enrol:code")).sendKeys(code(secret, step));
        browser.findElement(By.id("enrol:confirm")).click();
        await(By.id("recoveryCodes"));
        List<String> recovery = browser.findElements(By.cssSelector("#recoveryCodes li")).stream()
                .map(WebElement::getText).toList();
        assertThat(recovery).hasSize(10).doesNotHaveDuplicates();
        Browser.screenshot(browser, "twofactor-2-recovery-codes");
        browser.findElement(By.id("codes:continue")).click();
        await(By.id("user:signedInAs"));
        signOut();

        String fresh = code(secret, step + 1);
        typePassword();
        await(By.id("second:code"));
        Browser.screenshot(browser, "twofactor-3-code");
        enterCode(fresh);
        await(By.id("user:signedInAs"));
        assertThat(browser.findElement(By.id("user:signedInAs")).getText()).contains("Tahmina Akter");
        signOut();

        typePassword();
        enterCode(fresh);
        assertThat(await(By.cssSelector(".messages .error")).getText()).contains("already used");
        assertThat(browser.findElements(By.id("user:signedInAs"))).as("a replayed code signs nobody in").isEmpty();
        Browser.screenshot(browser, "twofactor-4-replay-refused");

        enterCode(recovery.get(3));
        await(By.id("user:signedInAs"));
        signOut();
        typePassword();
        enterCode(recovery.get(3));
        assertThat(await(By.cssSelector(".messages .error")).getText()).contains("already used");

        long account = TestDatabase.number("SELECT id FROM account WHERE username = ?", EDITOR);
        assertThat(audit("account.2fa.enrol", account)).isEqualTo(1);
        assertThat(audit("account.2fa.code-reused", account)).isEqualTo(1);
        assertThat(audit("account.2fa.recovery-used", account)).isEqualTo(1);
        assertThat(TestDatabase.number("SELECT COUNT(*) FROM recovery_code WHERE account_id = ? AND used_at IS NULL",
                account)).isEqualTo(9);
        assertThat(TestDatabase.number("SELECT LENGTH(secret_ciphertext) FROM totp_enrolment WHERE account_id = ?",
                account)).as("nonce + 20-byte secret + GCM tag").isEqualTo(12 + 20 + 16);
    }

    @Test
    void anAuthorSignsInWithAPasswordAloneUntilTheyTurnItOnThemselves() throws Exception {
        TestAccounts.ensure(AUTHOR, "Rafiq Author", "AUTHOR", PASSWORD);
        typePassword(AUTHOR);
        await(By.id("user:signedInAs"));

        browser.findElement(By.id("navTwoFactor")).click();
        byte[] secret = base32(await(By.id("enrol:secret")).getText());
        long step = Instant.now().getEpochSecond() / 30;
        browser.findElement(By.id("enrol:code")).sendKeys(code(secret, step));
        browser.findElement(By.id("enrol:confirm")).click();
        assertThat(await(By.id("recoveryCodes")).findElements(By.tagName("li"))).hasSize(10);
        Browser.screenshot(browser, "twofactor-5-author-enrolled");
        signOut();

        typePassword(AUTHOR);
        enterCode("000000".equals(code(secret, step + 1)) ? "111111" : "000000");
        assertThat(await(By.cssSelector(".messages .error")).getText()).contains("not right");
        enterCode(code(secret, step + 1));
        await(By.id("user:signedInAs"));
        signOut();

        long account = TestDatabase.number("SELECT id FROM account WHERE username = ?", AUTHOR);
        assertThat(TestDatabase.number(
                "SELECT COUNT(*) FROM audit_event WHERE action = 'account.signin.code-failure' AND actor = ?", AUTHOR))
                .as("a wrong code is a failed sign-in").isEqualTo(1);
        assertThat(audit("account.2fa.enrol", account)).isEqualTo(1);
    }

    @Test
    void aStaleSecondFactorIsAskedForAgainBeforeAnExportAndItsCodeCountsOnce() throws Exception {
        TestAccounts.ensure(REAUTH_EDITOR, "Farida Editor", "EDITOR", PASSWORD);
        WebClient editor = new WebClient(URI.create(server.base()));
        byte[] secret = enrolAtSignIn(editor, REAUTH_EDITOR);
        long step = Instant.now().getEpochSecond() / 30;
        assertThat(editor.get(EXPORT).statusCode()).as("signed in a moment ago").isEqualTo(200);

        StaleProof.of(editor);
        HttpResponse<String> refused = editor.get(EXPORT);
        assertThat(refused.statusCode()).as("no file for a stale proof").isEqualTo(302);
        assertThat(location(refused)).endsWith("/admin/confirm-identity");
        Element field = Jsoup.parse(editor.get("/admin/confirm-identity").body()).getElementById("confirm:secret");
        assertThat(field.attr("type")).as("an account with an app confirms with a code").isEqualTo("text");

        String code = code(secret, step + 1);
        HttpResponse<String> confirmed = confirm(editor, code);
        assertThat(confirmed.statusCode()).isEqualTo(302);
        assertThat(location(confirmed)).as("back where the export was asked for").endsWith("/admin/subscribers");
        HttpResponse<String> export = editor.get(EXPORT);
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.body()).contains("email,name,language,status");

        StaleProof.of(editor);
        HttpResponse<String> replayed = confirm(editor, code);
        assertThat(replayed.statusCode()).as("the same code again confirms nothing").isEqualTo(200);
        assertThat(Jsoup.parse(replayed.body()).select(".messages .error").text()).contains("already used");
        assertThat(editor.get(EXPORT).statusCode()).isEqualTo(302);

        long account = TestDatabase.number("SELECT id FROM account WHERE username = ?", REAUTH_EDITOR);
        assertThat(audit("account.reauth.success", account)).isEqualTo(1);
        assertThat(audit("account.reauth.failure", account)).isEqualTo(1);
        assertThat(audit("account.2fa.code-reused", account)).isEqualTo(1);
        assertThat(TestDatabase.number("SELECT COUNT(*) FROM audit_event WHERE action = 'subscriber.export' "
                + "AND actor = ?", REAUTH_EDITOR)).as("only the two allowed exports").isEqualTo(2);
    }

    @Test
    void anAuthorWithoutAnAppConfirmsWithTheirPasswordBeforeTurningItOn() throws Exception {
        TestAccounts.ensure(REAUTH_AUTHOR, "Nasrin Author", "AUTHOR", PASSWORD);
        WebClient author = new WebClient(URI.create(server.base()));
        assertThat(author.submit("/login", "login", Map.of("username", REAUTH_AUTHOR, "password", PASSWORD),
                "submit").statusCode()).isEqualTo(302);
        StaleProof.of(author);
        String key = Jsoup.parse(author.get("/admin/two-factor").body()).getElementById("enrol:secret").text();
        byte[] secret = base32(key);

        HttpResponse<String> refused = author.submit("/admin/two-factor", "enrol",
                Map.of("code", code(secret, Instant.now().getEpochSecond() / 30)), "confirm");
        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(location(refused)).endsWith("/admin/confirm-identity");
        Element field = Jsoup.parse(author.get("/admin/confirm-identity").body()).getElementById("confirm:secret");
        assertThat(field.attr("type")).as("no app: the password").isEqualTo("password");

        HttpResponse<String> wrong = confirm(author, "not the password at all");
        assertThat(wrong.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(wrong.body()).select(".messages .error").text()).contains("not right");
        HttpResponse<String> confirmed = confirm(author, PASSWORD);
        assertThat(confirmed.statusCode()).isEqualTo(302);
        assertThat(location(confirmed)).contains("/admin/two-factor");

        assertThat(Jsoup.parse(author.get("/admin/two-factor").body()).getElementById("enrol:secret").text())
                .as("the QR code scanned before confirming").isEqualTo(key);
        long step = Instant.now().getEpochSecond() / 30;
        HttpResponse<String> enrolled = author.submit("/admin/two-factor", "enrol",
                Map.of("code", code(secret, step)), "confirm");
        List<String> first = Jsoup.parse(enrolled.body()).select("#recoveryCodes li").eachText();
        assertThat(first).hasSize(10);
        List<String> renewed = Jsoup.parse(author.submit("/admin/two-factor", "recovery", Map.of(), "regenerate")
                .body()).select("#recoveryCodes li").eachText();
        assertThat(renewed).hasSize(10).doesNotContainAnyElementsOf(first);
        HttpResponse<String> off = author.submit("/admin/two-factor", "disable",
                Map.of("code", code(secret, step + 1)), "submit");
        assertThat(Jsoup.parse(off.body()).select(".messages .info").text()).contains("is off");

        long account = TestDatabase.number("SELECT id FROM account WHERE username = ?", REAUTH_AUTHOR);
        assertThat(TestDatabase.strings("SELECT detail FROM audit_event WHERE action = 'account.reauth.failure' "
                + "AND target_id = ?", account)).containsExactly("password");
        assertThat(audit("account.reauth.success", account)).as("the password, then the code turning it off")
                .isEqualTo(2);
        assertThat(audit("account.2fa.enrol", account)).isEqualTo(1);
        assertThat(audit("account.2fa.recovery-regenerate", account)).isEqualTo(1);
        assertThat(audit("account.2fa.disable", account)).isEqualTo(1);
        assertThat(TestDatabase.number("SELECT COUNT(*) FROM recovery_code WHERE account_id = ?", account)).isZero();
    }

    /** Signs in over HTTP as an editor without an app, enrols one as the sign-in asks, and returns its secret. */
    private static byte[] enrolAtSignIn(WebClient client, String username) throws Exception {
        HttpResponse<String> password = client.submit("/login", "login",
                Map.of("username", username, "password", PASSWORD), "submit");
        assertThat(location(password)).endsWith("/two-factor-setup");
        byte[] secret = base32(Jsoup.parse(client.get("/two-factor-setup").body()).getElementById("enrol:secret")
                .text());
        HttpResponse<String> codes = client.submit("/two-factor-setup", "enrol",
                Map.of("code", code(secret, Instant.now().getEpochSecond() / 30)), "confirm");
        assertThat(Jsoup.parse(codes.body()).select("#recoveryCodes li")).hasSize(10);
        assertThat(client.submit("/two-factor-setup", "codes", Map.of(), "continue").statusCode()).isEqualTo(302);
        return secret;
    }

    private static HttpResponse<String> confirm(WebClient client, String secret) throws Exception {
        return client.submit("/admin/confirm-identity", "confirm", Map.of("secret", secret), "submit");
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    private void typePassword() {
        typePassword(EDITOR);
    }

    private void typePassword(String username) {
        browser.get(server.base() + "/login");
        browser.findElement(By.id("login:username")).sendKeys(username);
        browser.findElement(By.id("login:password")).sendKeys(PASSWORD);
        browser.findElement(By.id("login:submit")).click();
    }

    private void enterCode(String code) {
        WebElement field = await(By.id("second:code"));
        field.clear();
        field.sendKeys(code);
        browser.findElement(By.id("second:submit")).click();
    }

    private void signOut() {
        Browser.signOut(browser);
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(
                ExpectedConditions.invisibilityOfElementLocated(By.id("user:signedInAs")));
    }

    private WebElement await(By what) {
        return new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(what));
    }

    private static long audit(String action, long account) throws Exception {
        return TestDatabase.number("SELECT COUNT(*) FROM audit_event WHERE action = ? AND target_id = ?", action,
                account);
    }

    /** The code an authenticator app would show for a step, made with the same library as the server's. */
    private static String code(byte[] secret, long step) throws Exception {
        return new TimeBasedOneTimePasswordGenerator().generateOneTimePasswordString(
                new SecretKeySpec(secret, "HmacSHA1"), Instant.ofEpochSecond(step * 30), Locale.ROOT);
    }

    private static byte[] base32(String text) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        String clean = text.replaceAll("\\s", "");
        byte[] out = new byte[clean.length() * 5 / 8];
        int buffer = 0;
        int bits = 0;
        int index = 0;
        for (char c : clean.toCharArray()) {
            buffer = (buffer << 5) | alphabet.indexOf(c);
            bits += 5;
            if (bits >= 8) {
                out[index++] = (byte) (buffer >> (bits - 8));
                bits -= 8;
            }
        }
        return out;
    }
}
