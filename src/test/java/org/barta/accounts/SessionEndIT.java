package org.barta.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.barta.testing.Deployments;
import org.barta.testing.StaleProof;
import org.barta.testing.TestAccounts;
import org.barta.testing.TestDatabase;
import org.barta.testing.WebClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sessions end when they must, over HTTP: an editor is signed in with two separate clients (two devices), and
 * each change that must end the account's sessions is seen by both at their very next admin request. Changing
 * accounts needs the administrator's identity proven recently: the WAR holds the test-only {@code ProofAgeing},
 * which dates a session's last proof back.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SessionEndIT {

    private static final String ADMIN = "session-admin";
    private static final String EDITOR = "session-editor";
    private static final String OWNER = "session-owner";
    private static final Map<String, String> LAPTOP = Map.of("User-Agent",
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0",
            "X-Forwarded-For", "203.0.113.7");
    private static final Map<String, String> PHONE = Map.of("User-Agent",
            "Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 "
                    + "Mobile Safari/537.36",
            "X-Forwarded-For", "198.51.100.23");
    private static final String PASSWORD = "two devices, one account";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.applicationWithProofAgeing();
    }

    @ArquillianResource
    URL base;

    @BeforeEach
    void accounts() throws Exception {
        TestAccounts.ensure(ADMIN, "Session Admin", "EDITOR", PASSWORD);
        TestAccounts.ensure(EDITOR, "Session Editor", "EDITOR", PASSWORD);
        TestAccounts.ensure(OWNER, "Session Owner", "EDITOR", PASSWORD);
        // Each test starts with no session of the owner listed (earlier tests' clients are simply dropped).
        TestDatabase.update("DELETE FROM account_session WHERE account_id = (SELECT id FROM account WHERE username = ?)",
                OWNER);
        // An administrator only while a test runs: SignInIT's first-run setup needs a site without one.
        TestDatabase.update("UPDATE account SET role = 'ADMIN', preferred_language = 'en' WHERE username = ?", ADMIN);
        TestDatabase.update("UPDATE account SET enabled = true WHERE username = ?", EDITOR);
    }

    @AfterEach
    void noAdministratorLeft() throws Exception {
        TestDatabase.update("UPDATE account SET role = 'EDITOR' WHERE username = ?", ADMIN);
    }

    @Test
    void disablingTheAccountEndsBothOfItsSessionsAtTheirNextRequest() throws Exception {
        WebClient laptop = signedIn(EDITOR);
        WebClient phone = signedIn(EDITOR);
        WebClient admin = signedIn(ADMIN);

        pressInRow(admin, EDITOR, "enabled");

        assertSentToSignIn(laptop.get("/admin/"));
        assertSentToSignIn(phone.get("/admin/items"));
        assertThat(admin.get("/admin/").statusCode()).as("the administrator's own session goes on").isEqualTo(200);
        assertThat(TestDatabase.number("SELECT count(*) FROM audit_event WHERE action = 'account.disable' "
                + "AND actor = ?", ADMIN)).isPositive();

        pressInRow(admin, EDITOR, "enabled");
        assertThat(signedIn(EDITOR).get("/admin/").statusCode()).as("enabled again, the editor signs in")
                .isEqualTo(200);
        assertSentToSignIn(laptop.get("/admin/"));
    }

    @Test
    void anAdministratorEndsEverySessionOfAnAccountThatStaysUsable() throws Exception {
        WebClient laptop = signedIn(EDITOR);
        WebClient phone = signedIn(EDITOR);
        WebClient admin = signedIn(ADMIN);

        pressInRow(admin, EDITOR, "endSessions");

        assertSentToSignIn(laptop.get("/admin/"));
        assertSentToSignIn(phone.get("/admin/"));
        assertThat(TestDatabase.number("SELECT count(*) FROM audit_event WHERE action = 'account.sessions.end' "
                + "AND actor = ? AND detail = ?", ADMIN, EDITOR)).isPositive();
        assertThat(signedIn(EDITOR).get("/admin/").statusCode()).isEqualTo(200);
    }

    @Test
    void signingOutEverywhereEndsThisSessionAndTheOtherOne() throws Exception {
        WebClient laptop = signedIn(EDITOR);
        WebClient phone = signedIn(EDITOR);

        HttpResponse<String> pressed = laptop.submit("/admin/two-factor", "sessions", Map.of(), "signOutEverywhere");

        assertSentToSignIn(pressed);
        assertSentToSignIn(laptop.get("/admin/"));
        assertSentToSignIn(phone.get("/admin/"));
        assertThat(TestDatabase.number("SELECT count(*) FROM audit_event WHERE action = 'account.sessions.end-own' "
                + "AND actor = ?", EDITOR)).isPositive();
    }

    @Test
    void theLockDownDisablesTheAccountEndsItsSessionsAndRevokesItsSecondFactor() throws Exception {
        WebClient laptop = signedIn(EDITOR);
        WebClient phone = signedIn(EDITOR);
        WebClient admin = signedIn(ADMIN);
        long editor = TestDatabase.number("SELECT id FROM account WHERE username = ?", EDITOR);
        // Stands for an enrolled app: the lock-down must remove it however it was made.
        TestDatabase.update("INSERT INTO totp_enrolment (account_id, secret_ciphertext, last_used_step, enrolled_at) "
                + "VALUES (?, x'00', 0, now(3)) ON DUPLICATE KEY UPDATE last_used_step = 0", editor);
        TestDatabase.update("INSERT IGNORE INTO recovery_code (account_id, code_hash) VALUES (?, repeat('a', 64))",
                editor);

        pressInRow(admin, EDITOR, "lockDown");

        assertSentToSignIn(laptop.get("/admin/"));
        assertSentToSignIn(phone.get("/admin/"));
        assertThat(TestDatabase.number("SELECT enabled FROM account WHERE id = ?", editor)).isZero();
        assertThat(TestDatabase.number("SELECT count(*) FROM totp_enrolment WHERE account_id = ?", editor)).isZero();
        assertThat(TestDatabase.number("SELECT count(*) FROM recovery_code WHERE account_id = ?", editor)).isZero();
        assertThat(TestDatabase.number("SELECT count(*) FROM account_session WHERE account_id = ?", editor))
                .as("no session listed").isZero();
        assertThat(TestDatabase.strings("SELECT action FROM audit_event WHERE actor = ? AND target_id = ?", ADMIN,
                editor)).contains("account.lockdown", "account.2fa.revoke");
        HttpResponse<String> again = new WebClient(base.toURI()).submit("/login", "login",
                Map.of("username", EDITOR, "password", PASSWORD), "submit");
        assertThat(again.statusCode()).as("a locked-down account cannot sign in").isEqualTo(200);
    }

    @Test
    void anEndedSessionsAjaxRequestIsToldToGoToSignIn() throws Exception {
        WebClient phone = signedIn(EDITOR);
        WebClient admin = signedIn(ADMIN);
        pressInRow(admin, EDITOR, "endSessions");

        HttpResponse<String> ajax = phone.get("/admin/items", Map.of("Faces-Request", "partial/ajax"));

        assertThat(ajax.statusCode()).isEqualTo(200);
        assertThat(ajax.body()).contains("<partial-response><redirect url=\"").contains("/login?ended=session\"/>");
    }

    @Test
    void aSaveSentAfterItsSessionEndedIsRefusedAndTheEditorIsToldNothingWasSaved() throws Exception {
        WebClient laptop = signedIn(EDITOR);
        String title = "Written while the session ended " + System.nanoTime();
        WebClient.FilledForm typing = laptop.fillForm("/admin/item?kind=PRESS_STATEMENT", "editor", Map.of(
                "languages:title_en", title,
                "languages:summary_en", "Typed in a session that then ended.",
                "languages:body_en_input", "<p>Never saved, and the editor is told so.</p>"), "[id=editor:save]");
        pressInRow(signedIn(ADMIN), EDITOR, "endSessions");

        HttpResponse<String> save = typing.send();

        assertThat(save.statusCode()).isEqualTo(302);
        String signIn = save.headers().firstValue("Location").orElseThrow();
        assertThat(signIn).endsWith("/login?ended=unsaved");
        assertThat(Jsoup.parse(laptop.get(signIn).body()).select("[role=alert]").text())
                .contains("what you just sent was not saved");
        assertThat(Jsoup.parse(new WebClient(base.toURI(), Map.of("Accept-Language", "bn")).get(signIn).body())
                .select("[role=alert]").text()).contains("সংরক্ষিত হয়নি");
        assertThat(TestDatabase.number("SELECT COUNT(*) FROM content_translation WHERE title = ?", title))
                .as("nothing of it saved").isZero();
        // A browser whose session is simply gone (a server that stopped) is told the same.
        WebClient forgotten = new WebClient(base.toURI(), Map.of("Cookie", "JSESSIONID=held-by-a-server-that-stopped"));
        assertThat(forgotten.post(base + "admin/item?kind=PRESS_STATEMENT", Map.of("editor:save", ""))
                .headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?ended=unsaved"));
        assertThat(new WebClient(base.toURI()).get("/admin/items").headers().firstValue("Location"))
                .as("no session asked for: the sign-in page alone").hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void aStaleAdministratorConfirmsWithTheirPasswordBeforeEndingSessions() throws Exception {
        WebClient laptop = signedIn(EDITOR);
        WebClient admin = signedIn(ADMIN);
        StaleProof.of(admin);

        HttpResponse<String> refused = press(admin, EDITOR, "endSessions");
        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(refused.headers().firstValue("Location")).hasValueSatisfying(
                l -> assertThat(l).endsWith("/admin/confirm-identity"));
        assertThat(laptop.get("/admin/").statusCode()).as("nothing was ended").isEqualTo(200);

        HttpResponse<String> confirmed = admin.submit("/admin/confirm-identity", "confirm",
                Map.of("secret", PASSWORD), "submit");
        assertThat(confirmed.statusCode()).isEqualTo(302);
        assertThat(confirmed.headers().firstValue("Location")).hasValueSatisfying(
                l -> assertThat(l).contains("/admin/accounts"));
        pressInRow(admin, EDITOR, "endSessions");
        assertSentToSignIn(laptop.get("/admin/"));
        assertThat(TestDatabase.number("SELECT count(*) FROM audit_event WHERE action = 'account.reauth.success' "
                + "AND actor = ? AND detail = 'password'", ADMIN)).isPositive();
    }

    @Test
    void theSessionListShowsBothDevicesAndEndingOneSignsOutOnlyThatOne() throws Exception {
        WebClient laptop = signedIn(OWNER, LAPTOP);
        WebClient phone = signedIn(OWNER, PHONE);
        long owner = TestDatabase.number("SELECT id FROM account WHERE username = ?", OWNER);
        laptop.get("/admin/items");
        laptop.get("/admin/");
        assertThat(TestDatabase.number("SELECT count(*) FROM account_session WHERE account_id = ? "
                + "AND last_seen_at <> signed_in_at", owner)).as("last seen is not written on every request").isZero();

        List<Element> rows = sessionRows(laptop, "/admin/sessions");
        assertThat(rows).hasSize(2);
        Element own = rowWith(rows, "Firefox on Windows");
        assertThat(own.text()).contains("203.0.113.7", "This session");
        assertThat(own.select("button, input[type=submit]")).as("this session is ended by signing out").isEmpty();
        assertThat(rowWith(rows, "Chrome on Android").text()).contains("198.51.100.23").doesNotContain("This session");

        HttpResponse<String> ended = laptop.submit("/admin/sessions", "sessions", Map.of(),
                buttonIn(rowWith(rows, "Chrome on Android"), "end"));
        assertThat(ended.statusCode()).isEqualTo(200);
        assertThat(ended.body()).contains("ends at its next request");

        assertSentToSignIn(phone.get("/admin/"));
        assertThat(laptop.get("/admin/").statusCode()).as("the other session goes on").isEqualTo(200);
        assertThat(sessionRows(laptop, "/admin/sessions")).hasSize(1);
        assertThat(TestDatabase.strings("SELECT detail FROM audit_event WHERE action = 'account.session.end' "
                + "AND actor = ? AND target_id = ?", OWNER, owner)).singleElement()
                .satisfies(d -> assertThat(d).startsWith("Chrome on Android from 198.51.100.23"));

        laptop.submit("/admin/", "user", Map.of(), "signOut");
        assertThat(TestDatabase.number("SELECT count(*) FROM account_session WHERE account_id = ?", owner))
                .as("signing out removes the row").isZero();
    }

    @Test
    void anAdministratorEndsOneSessionOfAnotherAccountAndNobodyElseSeesItsList() throws Exception {
        WebClient laptop = signedIn(OWNER, LAPTOP);
        WebClient phone = signedIn(OWNER, PHONE);
        WebClient admin = signedIn(ADMIN);
        long owner = TestDatabase.number("SELECT id FROM account WHERE username = ?", OWNER);
        String listed = Jsoup.parse(admin.get("/admin/accounts").body()).getElementById("accounts:list")
                .select("tbody tr").stream().filter(tr -> tr.child(0).text().equals(OWNER)).findFirst()
                .orElseThrow().select("a").stream().filter(a -> a.id().endsWith(":sessions")).findFirst()
                .orElseThrow().attr("href");
        assertThat(listed).endsWith("/admin/sessions?account=" + owner);

        List<Element> rows = sessionRows(admin, listed);
        assertThat(rows).hasSize(2).noneSatisfy(r -> assertThat(r.text()).contains("This session"));
        StaleProof.of(admin);
        HttpResponse<String> refused = admin.submit(listed, "sessions", Map.of(),
                buttonIn(rowWith(rows, "Firefox on Windows"), "end"));
        assertThat(refused.headers().firstValue("Location")).as("ending another's session is an account change")
                .hasValueSatisfying(l -> assertThat(l).endsWith("/admin/confirm-identity"));
        assertThat(laptop.get("/admin/").statusCode()).isEqualTo(200);
        HttpResponse<String> confirmed = admin.submit("/admin/confirm-identity", "confirm",
                Map.of("secret", PASSWORD), "submit");
        assertThat(confirmed.headers().firstValue("Location")).as("back to the same account's list")
                .hasValueSatisfying(l -> assertThat(l).contains("/admin/sessions").endsWith("account=" + owner));

        HttpResponse<String> ended = admin.submit(listed, "sessions", Map.of(),
                buttonIn(rowWith(sessionRows(admin, listed), "Firefox on Windows"), "end"));
        assertThat(ended.statusCode()).isEqualTo(200);

        assertSentToSignIn(laptop.get("/admin/"));
        assertThat(phone.get("/admin/").statusCode()).isEqualTo(200);
        assertThat(TestDatabase.number("SELECT count(*) FROM audit_event WHERE action = 'account.session.end' "
                + "AND actor = ? AND target_id = ?", ADMIN, owner)).isEqualTo(1);
        long adminId = TestDatabase.number("SELECT id FROM account WHERE username = ?", ADMIN);
        assertThat(phone.get("/admin/sessions?account=" + adminId).statusCode())
                .as("an editor sees no one else's sessions").isEqualTo(404);
    }

    private static List<Element> sessionRows(WebClient client, String page) throws Exception {
        HttpResponse<String> response = client.get(page);
        assertThat(response.statusCode()).isEqualTo(200);
        return Jsoup.parse(response.body()).getElementById("sessions:list").select("tbody tr").stream()
                .filter(tr -> !tr.hasClass("ui-datatable-empty-message")).toList();
    }

    private static Element rowWith(List<Element> rows, String text) {
        return rows.stream().filter(r -> r.text().contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("No row with " + text + " in " + rows));
    }

    /** The id of a row's button, without the form's prefix, as {@link WebClient#submit} wants it. */
    private static String buttonIn(Element row, String button) {
        return row.select("*").stream().map(Element::id).filter(id -> id.endsWith(":" + button)).findFirst()
                .orElseThrow(() -> new AssertionError("No " + button + " in " + row)).substring("sessions:".length());
    }

    private WebClient signedIn(String username) throws Exception {
        return signedIn(username, Map.of());
    }

    private WebClient signedIn(String username, Map<String, String> device) throws Exception {
        WebClient client = new WebClient(base.toURI(), device);
        HttpResponse<String> signIn = client.submit("/login", "login",
                Map.of("username", username, "password", PASSWORD), "submit");
        assertThat(signIn.statusCode()).as(username + " signs in").isEqualTo(302);
        assertThat(client.get("/admin/").statusCode()).as(username + " reaches the admin").isEqualTo(200);
        return client;
    }

    /** Presses a button in the account's row of the accounts page, as the administrator, and expects it done. */
    private static void pressInRow(WebClient admin, String username, String button) throws Exception {
        HttpResponse<String> pressed = press(admin, username, button);
        assertThat(pressed.statusCode()).as(button + " for " + username).isEqualTo(200);
        assertThat(pressed.body()).doesNotContain("class=\"ui-messages-error");
    }

    private static HttpResponse<String> press(WebClient admin, String username, String button) throws Exception {
        HttpResponse<String> page = admin.get("/admin/accounts");
        Element row = Jsoup.parse(page.body()).getElementById("accounts:list").select("tbody tr").stream()
                .filter(tr -> tr.child(0).text().equals(username))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No row for " + username + ":\n" + page.body()));
        String id = row.select("button").stream().map(Element::id).filter(i -> i.endsWith(":" + button))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No " + button + " for " + username));
        return admin.submit("/admin/accounts", "accounts", Map.of(), id.substring("accounts:".length()));
    }

    /** To the sign-in page, told that the session ended when the browser still sent it. */
    private static void assertSentToSignIn(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                l -> assertThat(l).matches(".*/login(\\?ended=(session|unsaved))?"));
    }
}
