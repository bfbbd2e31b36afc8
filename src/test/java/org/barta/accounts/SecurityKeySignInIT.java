package org.barta.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
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
import org.barta.testing.Scratch;
import org.barta.testing.TestAccounts;
import org.barta.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.virtualauthenticator.Credential;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions;

/**
 * Security keys in Chromium, with its virtual authenticator (a platform passkey: CTAP2, internal transport, resident
 * keys, user verification) on a server of its own that requires two-factor sign-in of editors. WebAuthn needs a
 * domain name, so the server's public address and the browser both use {@code http://localhost:<port>}.
 *
 * <p>An editor enrols an app at sign-in as the requirement asks, adds a key named "YubiKey blue" on
 * {@code /admin/two-factor} (with a stale proof, after confirming with a recovery code), turns the app off (the key alone keeps them enrolled), signs out, and signs in with the
 * password and the key. A copy of the key whose counter is behind is refused as a possible clone, shown and audited.
 * With a stale proof (the test WAR's {@link ProofAgeing}), a subscriber export sends the editor to confirm their
 * identity, which only the key can do. Then the editor removes the key by touching it, and the next sign-in sends them
 * to enrolment again.
 */
@OwnServers
class SecurityKeySignInIT {

    private static final String EDITOR = "selina-key";
    private static final String PASSWORD = "a long enough editor passphrase";

    private static PayaraProcess server;
    private static ChromeDriver browser;
    private static String base;

    @BeforeAll
    static void start() throws Exception {
        int port = Scratch.freeLoopbackPort();
        base = "http://localhost:" + port;
        server = OwnServer.start("securitykey", port, Deployments.exportedWithProofAgeing(),
                Map.of("BARTA_2FA_REQUIRED", "ADMIN,EDITOR", "BARTA_BASE_URL", base));
        server.awaitReady(OwnServer.BOOT);
        TestAccounts.ensure(EDITOR, "Selina Hossain", "EDITOR", PASSWORD);
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
    void anEditorAddsAKeySignsInWithItAloneAndACloneIsRefused() throws Exception {
        VirtualAuthenticator authenticator = browser.addVirtualAuthenticator(new VirtualAuthenticatorOptions()
                .setProtocol(VirtualAuthenticatorOptions.Protocol.CTAP2)
                .setTransport(VirtualAuthenticatorOptions.Transport.INTERNAL)
                .setHasResidentKey(true)
                .setHasUserVerification(true)
                .setIsUserVerified(true)
                .setIsUserConsenting(true));

        typePassword();
        byte[] secret = base32(await(By.id("enrol:secret")).getText());
        long step = Instant.now().getEpochSecond() / 30;
        browser.findElement(By.id("enrol:code")).sendKeys(code(secret, step));
        browser.findElement(By.id("enrol:confirm")).click();
        await(By.id("recoveryCodes"));
        List<String> recovery = browser.findElements(By.cssSelector("#recoveryCodes li")).stream()
                .map(WebElement::getText).toList();
        browser.findElement(By.id("codes:continue")).click();
        await(By.id("user:signedInAs"));

        // Adding a key with a stale proof: the options are refused and the page's script goes to confirm first.
        browser.findElement(By.id("navTwoFactor")).click();
        ageProof();
        await(By.id("addKey:name")).sendKeys("YubiKey blue");
        browser.findElement(By.id("add")).click();
        await(By.id("confirm:secret")).sendKeys(recovery.get(0));
        assertThat(authenticator.getCredentials()).as("no key made before the proof").isEmpty();
        browser.findElement(By.id("confirm:submit")).click();
        await(By.id("addKey:name")).sendKeys("YubiKey blue");
        browser.findElement(By.id("add")).click();
        assertThat(await(By.cssSelector(".messages .info")).getText()).contains("YubiKey blue").contains("added");
        assertThat(Browser.accessibilityViolations(browser)).as("the key list").isEmpty();
        assertThat(browser.findElements(By.cssSelector("#keys [id$=':name']")).stream().map(WebElement::getText))
                .containsExactly("YubiKey blue");
        assertThat(authenticator.getCredentials()).as("a passkey: kept on the authenticator").singleElement()
                .satisfies(c -> assertThat(c.isResidentCredential()).isTrue());
        Browser.screenshot(browser, "securitykey-1-added");

        // The app goes; the key alone is a second factor, so the requirement is still met.
        browser.findElement(By.id("disable:code")).sendKeys(code(secret,
                Math.max(step + 1, Instant.now().getEpochSecond() / 30)));
        browser.findElement(By.id("disable:submit")).click();
        await(By.id("enrol:secret"));
        signOut();

        typePassword();
        await(By.id("useKey"));
        assertThat(browser.getCurrentUrl()).endsWith("/two-factor");
        assertThat(browser.findElements(By.id("second:code"))).as("no app: no code to type").isEmpty();
        assertThat(Browser.accessibilityViolations(browser)).as("the sign-in step").isEmpty();
        Browser.screenshot(browser, "securitykey-2-sign-in");
        browser.findElement(By.id("useKey")).click();
        assertThat(await(By.id("user:signedInAs")).getText()).contains("Selina Hossain");
        signOut();

        // A copy of the key whose counter is behind the one the server saw last: a clone.
        Credential original = authenticator.getCredentials().get(0);
        assertThat(original.getSignCount()).isPositive();
        authenticator.removeAllCredentials();
        authenticator.addCredential(Credential.createResidentCredential(original.getId(), original.getRpId(),
                original.getPrivateKey(), original.getUserHandle(), 0));
        typePassword();
        await(By.id("useKey")).click();
        assertThat(await(By.cssSelector(".messages .error")).getText()).contains("signature counter went back");
        assertThat(browser.findElements(By.id("user:signedInAs"))).as("a clone signs nobody in").isEmpty();
        Browser.screenshot(browser, "securitykey-3-clone-refused");

        authenticator.removeAllCredentials();
        authenticator.addCredential(Credential.createResidentCredential(original.getId(), original.getRpId(),
                original.getPrivateKey(), original.getUserHandle(), original.getSignCount() + 100));
        await(By.id("useKey")).click();
        await(By.id("user:signedInAs"));

        // A stale proof before a dangerous action: the key is the only way to confirm, the password is not offered.
        ageProof();
        browser.get(base + "/admin/subscribers/export.csv");
        await(By.id("useKey"));
        assertThat(browser.getCurrentUrl()).endsWith("/admin/confirm-identity");
        assertThat(browser.findElements(By.id("confirm:secret"))).as("no password for a key-only account").isEmpty();
        Browser.screenshot(browser, "securitykey-4-confirm-identity");
        browser.findElement(By.id("useKey")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlMatches("/admin/subscribers$"));

        // Removing the key asks for it once more; afterwards nothing but the password is left.
        browser.findElement(By.id("navTwoFactor")).click();
        await(By.cssSelector("#keys [id$=':remove']")).click();
        assertThat(await(By.cssSelector(".messages .info")).getText()).contains("removed");
        assertThat(browser.findElements(By.id("keys"))).isEmpty();
        signOut();
        typePassword();
        await(By.id("enrol:secret"));
        assertThat(browser.getCurrentUrl()).as("a required role without a factor enrols again")
                .endsWith("/two-factor-setup");

        long account = TestDatabase.number("SELECT id FROM account WHERE username = ?", EDITOR);
        assertThat(TestDatabase.strings("SELECT detail FROM audit_event WHERE action = 'account.2fa.key-add' "
                + "AND target_id = ?", account)).containsExactly("YubiKey blue");
        assertThat(TestDatabase.strings("SELECT detail FROM audit_event WHERE action = 'account.2fa.key-cloned' "
                + "AND target_id = ?", account)).singleElement().asString().startsWith("YubiKey blue: counter");
        assertThat(TestDatabase.number("SELECT COUNT(*) FROM audit_event WHERE action = 'account.signin.key-failure' "
                + "AND actor = ?", EDITOR)).as("the clone counts as a failed sign-in").isEqualTo(1);
        assertThat(TestDatabase.strings("SELECT detail FROM audit_event WHERE action = 'account.reauth.success' "
                + "AND target_id = ?", account)).as("before adding the key, turning the app off, before the export, removing the key")
                .containsExactlyInAnyOrder("code", "code", "security key", "security key");
        assertThat(TestDatabase.number("SELECT COUNT(*) FROM audit_event WHERE action = 'account.2fa.key-remove' "
                + "AND target_id = ?", account)).isEqualTo(1);
        assertThat(TestDatabase.number("SELECT COUNT(*) FROM security_key WHERE account_id = ?", account)).isZero();
        browser.removeVirtualAuthenticator(authenticator);
    }

    /** Dates the browser session's last proof of identity an hour back ({@link ProofAgeing}, in this test WAR only). */
    private void ageProof() throws Exception {
        HttpResponse<Void> aged = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(base + ProofAgeing.PATH + "?minutes=60"))
                .header("Cookie", "JSESSIONID=" + browser.manage().getCookieNamed("JSESSIONID").getValue())
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(aged.statusCode()).isEqualTo(204);
    }

    private void typePassword() {
        browser.get(base + "/login");
        browser.findElement(By.id("login:username")).sendKeys(EDITOR);
        browser.findElement(By.id("login:password")).sendKeys(PASSWORD);
        browser.findElement(By.id("login:submit")).click();
    }

    private void signOut() {
        Browser.signOut(browser);
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(
                ExpectedConditions.invisibilityOfElementLocated(By.id("user:signedInAs")));
    }

    private WebElement await(By what) {
        return new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(what));
    }

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
