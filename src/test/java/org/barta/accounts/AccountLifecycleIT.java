package org.barta.accounts;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.barta.testing.Browser;
import org.barta.testing.Deployments;
import org.barta.testing.OwnServer;
import org.barta.testing.PayaraProcess;
import org.barta.testing.StaleProof;
import org.barta.testing.TestAccounts;
import org.barta.testing.TestDatabase;
import org.barta.testing.TestServices;
import org.barta.testing.WebClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An account's life over HTTP, against the real server, database and SMTP server (GreenMail): invited by an
 * administrator, the person gets a mail, chooses a password and signs in; links that are used, expired, revoked or
 * wrong say so; a forgotten password answers alike for accounts and strangers and mails a single-use link that
 * lasts 30 minutes (time is moved in the database, not waited for); one's own password needs the current one; a
 * password an administrator chose must be changed first; the last administrator keeps the role; every credential
 * change is mailed to its owner; a lock-down revokes the account's invitations and reset links; a locked-out
 * administrator gets back in through a link that a second server, started with {@code BARTA_RECOVER_ADMIN}, prints
 * to its log. The invitation journey also runs in Chromium (screenshots {@code invitation-*.png}), which fails on any
 * refused script on the pages it shows.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccountLifecycleIT {

    private static final String ADMIN = "life-admin";
    private static final String PASSWORD = "an old and long password";
    private static final String NEW_PASSWORD = "a new and longer password";
    private static final Pattern INVITATION = Pattern.compile("/invitation\\?token=[A-Za-z0-9_-]{43}");
    private static final Pattern RESET = Pattern.compile("/password-reset\\?token=[A-Za-z0-9_-]{43}");
    private static final String NOTICE = "A change to your Barta account";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.applicationWithProofAgeing();
    }

    @ArquillianResource
    URL base;

    @BeforeEach
    void administrator() throws Exception {
        TestAccounts.ensure(ADMIN, "Lifecycle Admin", "EDITOR", PASSWORD);
        // An administrator only while a test runs: SignInIT's first-run setup needs a site without one.
        TestDatabase.update("UPDATE account SET role = 'ADMIN', enabled = true, preferred_language = 'en' "
                + "WHERE username = ?", ADMIN);
    }

    @AfterEach
    void noAdministratorLeft() throws Exception {
        TestDatabase.update("UPDATE account SET role = 'EDITOR' WHERE role = 'ADMIN' AND username LIKE 'life-%'");
    }

    @Test
    void anInvitedPersonChoosesTheirOwnPasswordAndSignsIn() throws Exception {
        WebClient admin = signedIn(ADMIN, PASSWORD);
        Document accounts = Jsoup.parse(admin.get("/admin/accounts").body());
        assertThat(accounts.getElementById("newAccount:password")).as("no administrator types a password").isNull();

        String link = invite(admin, "life-nadia", "life-nadia@example.org");

        assertThat(admin.get("/admin/accounts").body()).as("listed as pending").contains("life-nadia@example.org");
        assertThat(TestDatabase.number("SELECT count(*) FROM account WHERE username = 'life-nadia'"))
                .as("no account before the invitation is accepted").isZero();
        WebClient nadia = new WebClient(base.toURI());
        HttpResponse<String> page = nadia.get(link);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Your username is life-nadia");
        assertThat(nadia.cookie("JSESSIONID")).as("no session before the account exists").isEmpty();

        HttpResponse<String> mismatch = nadia.submit(link, "accept",
                Map.of("password", NEW_PASSWORD, "again", NEW_PASSWORD + "!"), "submit");
        assertThat(mismatch.body()).contains("The two passwords differ");
        HttpResponse<String> accepted = nadia.submit(link, "accept",
                Map.of("password", NEW_PASSWORD, "again", NEW_PASSWORD), "submit");
        assertThat(accepted.statusCode()).isEqualTo(302);
        assertThat(accepted.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));

        assertThat(signedIn("life-nadia", NEW_PASSWORD).get("/admin/").body()).contains("Signed in as Nadia (editor)");
        assertThat(TestDatabase.number("SELECT must_change_password FROM account WHERE username = 'life-nadia'"))
                .isZero();
        assertThat(TestDatabase.strings("SELECT action FROM audit_event WHERE action LIKE 'account.invite%' "
                + "AND (actor = ? OR actor = 'life-nadia')", ADMIN)).contains("account.invite", "account.invite.accept");

        HttpResponse<String> again = new WebClient(base.toURI()).get(link);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).contains("already been used").doesNotContain("id=\"accept\"");
        HttpResponse<String> replayed = new WebClient(base.toURI()).post("/invitation", Map.of("token",
                link.substring(link.indexOf('=') + 1), "accept", "accept"));
        assertThat(replayed.statusCode()).as("a replayed form is no error page").isLessThan(500);
    }

    @Test
    void theInvitationJourneyInChromium() throws Exception {
        ChromeDriver browser = Browser.start();
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
            Browser.signIn(browser, base, ADMIN, PASSWORD);
            browser.get(base.toString().replaceAll("/$", "") + "/admin/accounts");
            browser.findElement(By.id("newAccount:username")).sendKeys("life-rumana");
            browser.findElement(By.id("newAccount:displayName")).sendKeys("Rumana Akter");
            browser.findElement(By.id("newAccount:email")).sendKeys("life-rumana@example.org");
            new Select(browser.findElement(By.id("newAccount:role"))).selectByValue("AUTHOR");
            browser.findElement(By.id("newAccount:invite")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("invitations:list"), "life-rumana"));
            Browser.screenshot(browser, "invitation-1-sent");
            String link = lastLink("life-rumana@example.org", INVITATION, 1);

            browser.manage().deleteAllCookies();
            browser.get(base.toString().replaceAll("/$", "") + link);
            assertThat(browser.findElement(By.tagName("main")).getText()).contains("Welcome, Rumana Akter");
            browser.findElement(By.id("accept:password")).sendKeys(NEW_PASSWORD);
            browser.findElement(By.id("accept:again")).sendKeys(NEW_PASSWORD);
            Browser.screenshot(browser, "invitation-2-choose-password");
            browser.findElement(By.id("accept:submit")).click();
            wait.until(ExpectedConditions.urlContains("/login"));
            assertThat(browser.findElement(By.tagName("main")).getText()).contains("Your account is ready");

            Browser.signIn(browser, base, "life-rumana", NEW_PASSWORD);
            assertThat(browser.findElement(By.id("user:signedInAs")).getText()).contains("Rumana Akter (author)");
            Browser.screenshot(browser, "invitation-3-signed-in");
        } finally {
            browser.quit();
        }
    }

    @Test
    void invitationLinksThatAreWrongExpiredReplacedOrRevokedSaySo() throws Exception {
        WebClient admin = signedIn(ADMIN, PASSWORD);

        HttpResponse<String> wrong = new WebClient(base.toURI()).get("/invitation?token=guessed");
        assertThat(wrong.statusCode()).isEqualTo(200);
        assertThat(wrong.body()).contains("This invitation link is not valid");
        assertThat(new WebClient(base.toURI()).get("/invitation").body()).contains("not valid");

        String first = invite(admin, "life-omar", "life-omar@example.org");
        TestDatabase.update("UPDATE account_invitation SET expires_at = DATE_SUB(expires_at, INTERVAL 73 HOUR) "
                + "WHERE username = 'life-omar'");
        assertThat(new WebClient(base.toURI()).get(first).body()).contains("has expired").doesNotContain("id=\"accept\"");

        pressInRow(admin, "invitations", "life-omar", "resend");
        String second = lastLink("life-omar@example.org", INVITATION, 2);
        assertThat(second).isNotEqualTo(first);
        assertThat(new WebClient(base.toURI()).get(first).body()).as("the earlier link is dead")
                .contains("not valid");
        assertThat(new WebClient(base.toURI()).get(second).body()).contains("id=\"accept\"");

        pressInRow(admin, "invitations", "life-omar", "revoke");
        assertThat(new WebClient(base.toURI()).get(second).body()).contains("withdrawn").doesNotContain("id=\"accept\"");
        assertThat(TestDatabase.strings("SELECT action FROM audit_event WHERE actor = ? AND action LIKE "
                + "'account.invite%'", ADMIN)).contains("account.invite.resend", "account.invite.revoke");
    }

    @Test
    void invitingNeedsARecentProofOfIdentity() throws Exception {
        WebClient admin = signedIn(ADMIN, PASSWORD);
        StaleProof.of(admin);

        HttpResponse<String> refused = admin.submit("/admin/accounts", "newAccount", Map.of("username",
                "life-stale", "displayName", "Stale", "email", "life-stale@example.org", "role", "EDITOR"), "invite");

        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(refused.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/admin/confirm-identity"));
        assertThat(TestDatabase.number("SELECT count(*) FROM account_invitation WHERE username = 'life-stale'"))
                .isZero();
    }

    @Test
    void aForgottenPasswordIsAnsweredAlikeForAnAccountAndAStranger() throws Exception {
        editor("life-known", "life-known@example.org");
        editor("life-disabled", "life-disabled@example.org");
        TestDatabase.update("UPDATE account SET enabled = false WHERE username = 'life-disabled'");

        HttpResponse<String> known = askForLink("life-known@example.org", 1);
        HttpResponse<String> stranger = askForLink("nobody-at-all@example.org", 2);
        askForLink("life-disabled", 3);

        assertThat(stranger.statusCode()).isEqualTo(known.statusCode()).isEqualTo(302);
        assertThat(stranger.headers().firstValue("Location")).isEqualTo(known.headers().firstValue("Location"));
        assertThat(stranger.body()).isEqualTo(known.body());
        assertThat(lastLink("life-known@example.org", RESET, 1)).isNotNull();

        List<Long> knownTimes = new ArrayList<>();
        List<Long> strangerTimes = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            knownTimes.add(timedAsk("life-known", 10 + i));
            strangerTimes.add(timedAsk("life-nobody-" + i, 40 + i));
        }
        System.out.printf("Forgotten password, median of 20 answers: account %.1f ms, stranger %.1f ms%n",
                median(knownTimes) / 1e6, median(strangerTimes) / 1e6);

        // The lookups run one to two seconds after each answer: 18 refusals, and no more for 2.5 s after.
        Callable<Long> limited = () -> TestDatabase.number("SELECT count(*) FROM audit_event WHERE action = "
                + "'account.password.reset-limited' AND actor = 'life-known'");
        await().atMost(20, SECONDS).pollInterval(Duration.ofMillis(200)).until(limited, count -> count >= 18);
        await().during(Duration.ofMillis(2500)).atMost(Duration.ofMillis(3500)).pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> assertThat(limited.call()).isEqualTo(18));
        assertThat(mailsTo("life-disabled@example.org")).as("a disabled account gets nothing").isEmpty();
        assertThat(mailsTo("life-known@example.org")).as("at most 3 links an hour per account").hasSize(3);
        HttpResponse<String> sent = new WebClient(base.toURI()).get("/forgot-password?sent=true");
        assertThat(sent.body()).contains("a link is on its way");
        assertThat(Jsoup.parse(new WebClient(base.toURI()).get("/login").body()).getElementById("forgotPassword"))
                .isNotNull();
    }

    @Test
    void aResetLinkWorksOnceForThirtyMinutesAndEndsEverySession() throws Exception {
        long id = editor("life-reset", "life-reset@example.org");
        WebClient laptop = signedIn("life-reset", PASSWORD);
        askForLink("life-reset", 70);
        String first = lastLink("life-reset@example.org", RESET, 1);
        askForLink("life-reset@example.org", 71);
        String second = lastLink("life-reset@example.org", RESET, 2);
        assertThat(new WebClient(base.toURI()).get(first).body()).contains("id=\"reset\"");

        HttpResponse<String> reset = new WebClient(base.toURI()).submit(first, "reset",
                Map.of("password", NEW_PASSWORD, "again", NEW_PASSWORD), "submit");
        assertThat(reset.statusCode()).isEqualTo(302);

        assertSentTo(laptop.get("/admin/"), "/login?ended=session");
        assertThat(new WebClient(base.toURI()).get(first).body()).as("used").contains("This link does not work")
                .doesNotContain("id=\"reset\"");
        assertThat(new WebClient(base.toURI()).get(second).body()).as("the other link went too")
                .contains("This link does not work");
        signedIn("life-reset", NEW_PASSWORD);
        awaitMail("life-reset@example.org", NOTICE, "set through a reset link");
        assertThat(TestDatabase.number("SELECT count(*) FROM audit_event WHERE action = 'account.password.reset' "
                + "AND target_id = ?", id)).isEqualTo(1);

        askForLink("life-reset", 72);
        String late = lastLink("life-reset@example.org", RESET, 3);
        TestDatabase.update("UPDATE password_reset SET expires_at = DATE_SUB(expires_at, INTERVAL 31 MINUTE), "
                + "created_at = DATE_SUB(created_at, INTERVAL 31 MINUTE) WHERE account_id = ?", id);
        assertThat(new WebClient(base.toURI()).get(late).body()).as("after 30 minutes")
                .contains("This link does not work");
    }

    @Test
    void aResetKeepsTheSecondFactor() throws Exception {
        long id = editor("life-app", "life-app@example.org");
        // Stands for an enrolled authenticator app.
        TestDatabase.update("INSERT INTO totp_enrolment (account_id, secret_ciphertext, last_used_step, enrolled_at) "
                + "VALUES (?, x'00', 0, now(3)) ON DUPLICATE KEY UPDATE last_used_step = 0", id);
        askForLink("life-app", 80);
        String link = lastLink("life-app@example.org", RESET, 1);

        HttpResponse<String> reset = new WebClient(base.toURI()).submit(link, "reset",
                Map.of("password", NEW_PASSWORD, "again", NEW_PASSWORD), "submit");
        assertSentTo(reset, "/login");

        HttpResponse<String> password = new WebClient(base.toURI()).submit("/login", "login",
                Map.of("username", "life-app", "password", NEW_PASSWORD), "submit");
        assertSentTo(password, "/two-factor");
        assertThat(TestDatabase.number("SELECT count(*) FROM totp_enrolment WHERE account_id = ?", id)).isEqualTo(1);
        TestDatabase.update("DELETE FROM totp_enrolment WHERE account_id = ?", id);
    }

    @Test
    void changingOnesOwnPasswordNeedsTheCurrentOneAndEndsTheOtherSessions() throws Exception {
        editor("life-changer", "life-changer@example.org");
        WebClient laptop = signedIn("life-changer", PASSWORD);
        WebClient phone = signedIn("life-changer", PASSWORD);

        HttpResponse<String> wrong = laptop.submit("/admin/password", "password",
                Map.of("current", "not my password at all", "new", NEW_PASSWORD, "again", NEW_PASSWORD), "submit");
        assertThat(wrong.statusCode()).isEqualTo(200);
        assertThat(wrong.body()).contains("The current password is wrong");
        assertThat(phone.get("/admin/").statusCode()).isEqualTo(200);

        HttpResponse<String> changed = laptop.submit("/admin/password", "password",
                Map.of("current", PASSWORD, "new", NEW_PASSWORD, "again", NEW_PASSWORD), "submit");
        assertSentTo(changed, "/admin/");

        assertThat(laptop.get("/admin/").statusCode()).as("this session goes on").isEqualTo(200);
        assertSentTo(phone.get("/admin/"), "/login?ended=session");
        signedIn("life-changer", NEW_PASSWORD);
        awaitMail("life-changer@example.org", NOTICE, "Your password was changed");
        assertThat(TestDatabase.strings("SELECT action FROM audit_event WHERE actor = 'life-changer' "
                + "AND action LIKE 'account.password.%'")).contains("account.password.change-failure",
                "account.password.change");
    }

    @Test
    void aPasswordAnAdministratorChoseMustBeChangedBeforeAnythingElse() throws Exception {
        editor("life-assigned", "life-assigned@example.org");
        TestDatabase.update("UPDATE account SET must_change_password = true WHERE username = 'life-assigned'");
        WebClient client = signedIn("life-assigned", PASSWORD, "/admin/password");

        assertSentTo(client.get("/admin/items"), "/admin/password");
        assertThat(client.get("/admin/password").body()).contains("An administrator chose your password");

        client.submit("/admin/password", "password",
                Map.of("current", PASSWORD, "new", NEW_PASSWORD, "again", NEW_PASSWORD), "submit");

        assertThat(client.get("/admin/items").statusCode()).isEqualTo(200);
        assertThat(TestDatabase.number("SELECT must_change_password FROM account WHERE username = 'life-assigned'"))
                .isZero();
    }

    @Test
    void anAdministratorRequiresANewPasswordAndTheOwnerChoosesOneAtTheNextSignIn() throws Exception {
        long id = editor("life-doubted", "life-doubted@example.org");
        WebClient laptop = signedIn("life-doubted", PASSWORD);

        pressInRow(signedIn(ADMIN, PASSWORD), "accounts", "life-doubted", "requireNewPassword");

        assertSentTo(laptop.get("/admin/items"), "/login?ended=session");
        awaitMail("life-doubted@example.org", NOTICE, "asked you to choose a new password");
        WebClient again = signedIn("life-doubted", PASSWORD, "/admin/password");
        assertSentTo(again.get("/admin/items"), "/admin/password");
        again.submit("/admin/password", "password",
                Map.of("current", PASSWORD, "new", NEW_PASSWORD, "again", NEW_PASSWORD), "submit");
        assertThat(again.get("/admin/items").statusCode()).isEqualTo(200);
        assertThat(TestDatabase.number("SELECT count(*) FROM audit_event WHERE action = 'account.password.require-new' "
                + "AND target_id = ?", id)).isEqualTo(1);
    }

    @Test
    void rolesChangeOnlyWithAProofNeverLeavingNoAdministratorAndTheOwnerIsTold() throws Exception {
        long editor = editor("life-promoted", "life-promoted@example.org");
        long adminId = TestDatabase.number("SELECT id FROM account WHERE username = ?", ADMIN);
        TestDatabase.update("UPDATE account SET role = 'EDITOR' WHERE role = 'ADMIN' AND username <> ?", ADMIN);
        WebClient admin = signedIn(ADMIN, PASSWORD);
        WebClient promoted = signedIn("life-promoted", PASSWORD);

        HttpResponse<String> lastOne = changeRole(admin, adminId, "EDITOR");
        assertThat(lastOne.body()).contains("The last active administrator");
        assertThat(TestDatabase.string("SELECT role FROM account WHERE id = ?", adminId)).isEqualTo("ADMIN");

        HttpResponse<String> changed = changeRole(admin, editor, "AUTHOR");
        assertThat(changed.body()).doesNotContain("ui-messages-error");
        assertThat(TestDatabase.string("SELECT role FROM account WHERE id = ?", editor)).isEqualTo("AUTHOR");
        assertSentTo(promoted.get("/admin/"), "/login?ended=session");
        awaitMail("life-promoted@example.org", NOTICE, "Your role is now: author");
        assertThat(TestDatabase.number("SELECT count(*) FROM audit_event WHERE action = 'account.role' "
                + "AND target_id = ?", editor)).isEqualTo(1);

        StaleProof.of(admin);
        assertSentTo(changeRole(admin, editor, "EDITOR"), "/admin/confirm-identity");
        assertThat(TestDatabase.string("SELECT role FROM account WHERE id = ?", editor)).isEqualTo("AUTHOR");
    }

    @Test
    void aLockDownRevokesTheInvitationsTheAccountSentAndItsResetLinks() throws Exception {
        long second = editor("life-second", "life-second@example.org");
        TestDatabase.update("UPDATE account SET role = 'ADMIN' WHERE id = ?", second);
        WebClient seized = signedIn("life-second", PASSWORD);
        String invitation = invite(seized, "life-guest", "life-guest@example.org");
        askForLink("life-second", 90);
        String reset = lastLink("life-second@example.org", RESET, 1);

        int mailsBefore = mailsTo("life-second@example.org").size();
        pressInRow(signedIn(ADMIN, PASSWORD), "accounts", "life-second", "lockDown");

        assertThat(new WebClient(base.toURI()).get(invitation).body()).contains("withdrawn");
        assertThat(new WebClient(base.toURI()).get(reset).body()).contains("This link does not work");
        assertThat(TestDatabase.number("SELECT count(*) FROM password_reset WHERE account_id = ?", second)).isZero();
        assertThat(mailsTo("life-second@example.org")).as("nothing tells the seized mailbox").hasSize(mailsBefore);
    }

    @Test
    void aLockedOutAdministratorGetsBackInThroughALinkInTheServerLogOnly() throws Exception {
        long id = editor("life-lost", "life-lost@example.org");
        TestDatabase.update("UPDATE account SET role = 'ADMIN', enabled = false WHERE id = ?", id);
        TestDatabase.update("INSERT INTO totp_enrolment (account_id, secret_ciphertext, last_used_step, enrolled_at) "
                + "VALUES (?, x'00', 0, now(3)) ON DUPLICATE KEY UPDATE last_used_step = 0", id);
        Path log = OwnServer.log("recovery");
        Files.deleteIfExists(log);
        String link;
        try (PayaraProcess server = OwnServer.start("recovery", Deployments.exportedWithProofAgeing(),
                Map.of("BARTA_RECOVER_ADMIN", "life-lost"))) {
            server.awaitReady(OwnServer.BOOT);
            Matcher printed = RESET.matcher(Files.readString(log));
            assertThat(printed.find()).as("the link is in the server log").isTrue();
            link = printed.group();
        }
        assertThat(mailsTo("life-lost@example.org")).as("and nowhere else").isEmpty();

        HttpResponse<String> reset = new WebClient(base.toURI()).submit(link, "reset",
                Map.of("password", NEW_PASSWORD, "again", NEW_PASSWORD), "submit");
        assertSentTo(reset, "/login");

        assertThat(signedIn("life-lost", NEW_PASSWORD).get("/admin/accounts").statusCode()).isEqualTo(200);
        assertThat(TestDatabase.number("SELECT count(*) FROM totp_enrolment WHERE account_id = ?", id)).isZero();
        assertThat(TestDatabase.strings("SELECT action FROM audit_event WHERE target_id = ? AND action LIKE "
                + "'account.recovery.%' ORDER BY id", id)).containsExactly("account.recovery.issue", "account.recovery.use");
        assertThat(new WebClient(base.toURI()).get(link).body()).as("once").contains("This link does not work");
        awaitMail("life-lost@example.org", NOTICE, "recovery link from the server log");
    }

    private String invite(WebClient admin, String username, String email) throws Exception {
        int invitationsBefore = (int) mailsTo(email).stream().filter(m -> subjectOf(m).startsWith("Your invitation"))
                .count();
        HttpResponse<String> invited = admin.submit("/admin/accounts", "newAccount", Map.of("username", username,
                "displayName", username.substring("life-".length(), "life-".length() + 1).toUpperCase()
                        + username.substring("life-".length() + 1), "email", email, "role", "EDITOR"), "invite");
        assertThat(invited.statusCode()).isEqualTo(200);
        assertThat(invited.body()).contains("Invitation sent to " + email);
        return lastLink(email, INVITATION, invitationsBefore + 1);
    }

    /** An enabled editor with an address and the old password, its mails forgotten; returns its id. */
    private static long editor(String username, String email) throws Exception {
        TestAccounts.ensure(username, username, "EDITOR", PASSWORD);
        TestDatabase.update("UPDATE account SET email = ?, enabled = true, role = 'EDITOR', must_change_password = false "
                + "WHERE username = ?", email, username);
        return TestDatabase.number("SELECT id FROM account WHERE username = ?", username);
    }

    /** Asks for a reset link from its own client address, so the per-address limit never mixes the tests. */
    private HttpResponse<String> askForLink(String name, int address) throws Exception {
        return new WebClient(base.toURI(), Map.of("X-Forwarded-For", "192.0.2." + address))
                .submit("/forgot-password", "forgot", Map.of("name", name), "submit");
    }

    /** The time the form's POST takes, the page having been loaded before. */
    private long timedAsk(String name, int address) throws Exception {
        WebClient client = new WebClient(base.toURI(), Map.of("X-Forwarded-For", "192.0.2." + address));
        HttpResponse<String> page = client.get("/forgot-password");
        Element form = Jsoup.parse(page.body()).getElementById("forgot");
        Map<String, String> values = new LinkedHashMap<>();
        form.select("input[type=hidden]").forEach(i -> values.put(i.attr("name"), i.attr("value")));
        WebClient.primeFacesNonce(page.body()).ifPresent(n -> values.put(WebClient.PRIMEFACES_NONCE_FIELD, n));
        values.put("forgot:name", name);
        values.put("forgot:submit", "x");
        long start = System.nanoTime();
        HttpResponse<String> answer = client.post("/forgot-password", values);
        long took = System.nanoTime() - start;
        assertThat(answer.statusCode()).isEqualTo(302);
        return took;
    }

    private static double median(List<Long> values) {
        long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
        return (sorted[(sorted.length - 1) / 2] + sorted[sorted.length / 2]) / 2.0;
    }

    private static HttpResponse<String> changeRole(WebClient admin, long accountId, String role) throws Exception {
        return admin.submit("/admin/accounts", "roleChange", Map.of("account", String.valueOf(accountId),
                "newRole", role), "change");
    }

    /** Presses a button in the row of a list on the accounts page whose text holds {@code text}. */
    private static void pressInRow(WebClient admin, String form, String text, String button) throws Exception {
        HttpResponse<String> page = admin.get("/admin/accounts");
        Element row = Jsoup.parse(page.body()).getElementById(form + ":list").select("tbody tr").stream()
                .filter(tr -> tr.child(0).text().equals(text))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No row for " + text + ":\n" + page.body()));
        String id = row.select("button").stream().map(Element::id).filter(i -> i.endsWith(":" + button))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No " + button + " for " + text));
        HttpResponse<String> pressed = admin.submit("/admin/accounts", form, Map.of(),
                id.substring(form.length() + 1));
        assertThat(pressed.statusCode()).as(button + " for " + text).isEqualTo(200);
        assertThat(pressed.body()).doesNotContain("ui-messages-error");
    }

    private WebClient signedIn(String username, String password) throws Exception {
        return signedIn(username, password, "/admin/");
    }

    private WebClient signedIn(String username, String password, String landing) throws Exception {
        WebClient client = new WebClient(base.toURI());
        HttpResponse<String> signIn = client.submit("/login", "login",
                Map.of("username", username, "password", password), "submit");
        assertThat(signIn.statusCode()).as(username + " signs in").isEqualTo(302);
        HttpResponse<String> admin = client.get("/admin/");
        if (landing.equals("/admin/")) {
            assertThat(admin.statusCode()).as(username + " reaches the admin").isEqualTo(200);
        } else {
            assertSentTo(admin, landing);
        }
        return client;
    }

    private static void assertSentTo(HttpResponse<String> response, String path) {
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith(path));
    }

    /** The link in the {@code count}-th mail to the address that holds such a link, waiting up to 20 s for it. */
    private static String lastLink(String address, Pattern link, int count) {
        List<String> links = await("%d mails with a link to %s".formatted(count, address)).atMost(20, SECONDS)
                .pollInterval(Duration.ofMillis(200)).until(() -> {
                    List<String> found = new ArrayList<>();
                    for (MimeMessage mail : mailsTo(address)) {
                        Matcher matcher = link.matcher(body(mail));
                        if (matcher.find()) {
                            found.add(matcher.group());
                        }
                    }
                    return found;
                }, found -> found.size() >= count);
        return links.get(count - 1);
    }

    /** Waits up to 20 s for a mail to the address with this subject that says {@code text}. */
    private static void awaitMail(String address, String subject, String text) {
        await("a mail \"%s\" saying \"%s\" to %s".formatted(subject, text, address)).atMost(20, SECONDS)
                .pollInterval(Duration.ofMillis(200)).until(() -> {
                    for (MimeMessage mail : mailsTo(address)) {
                        if (subject.equals(mail.getSubject()) && body(mail).contains(text)) {
                            return true;
                        }
                    }
                    return false;
                });
    }

    private static List<MimeMessage> mailsTo(String address) throws MessagingException {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage mail : TestServices.mail().getReceivedMessages()) {
            if (Arrays.stream(mail.getAllRecipients()).anyMatch(a -> a.toString().equals(address))) {
                found.add(mail);
            }
        }
        return found;
    }

    private static String subjectOf(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String body(MimeMessage mail) throws MessagingException, IOException {
        return (String) mail.getContent();
    }
}
