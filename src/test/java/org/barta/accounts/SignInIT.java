package org.barta.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Map;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import org.barta.testing.Deployments;
import org.barta.testing.TestAccounts;
import org.barta.testing.TestServices;
import org.barta.testing.WebClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * First-run setup and signing in, over HTTP as a browser does it. The methods run in order: the first creates
 * the administrator that the others sign in as.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SignInIT {

    private static final String ADMIN = "amina";
    private static final String PASSWORD = "correct horse battery staple";
    private static final String SETUP_TOKEN = System.getenv("BARTA_SETUP_TOKEN");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    @Order(1)
    void setupLinkWithAWrongTokenCreatesNobody() throws Exception {
        HttpResponse<String> refused = new WebClient(base.toURI()).submit("/setup?token=guessed", "setup",
                setupFields(), "submit");

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("This setup link is not valid");
    }

    @Test
    @Order(2)
    void theSetupLinkCreatesTheFirstAdministratorOnce() throws Exception {
        WebClient browser = new WebClient(base.toURI());

        HttpResponse<String> created = browser.submit("/setup?token=" + SETUP_TOKEN, "setup", setupFields(),
                "submit");
        assertThat(created.statusCode()).isEqualTo(302);
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));

        HttpResponse<String> again = browser.get("/setup?token=" + SETUP_TOKEN);
        assertThat(again.body()).contains("already has an administrator").doesNotContain("id=\"setup\"");
    }

    @Test
    @Order(3)
    void theRightPasswordSignsInWithANewSessionId() throws Exception {
        WebClient browser = new WebClient(base.toURI());
        browser.get("/login");
        assertThat(browser.cookie("JSESSIONID")).as("no session for showing the form").isEmpty();

        HttpResponse<String> signedIn = browser.submit("/login", "login",
                Map.of("username", ADMIN, "password", PASSWORD), "submit");

        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(browser.cookie("JSESSIONID")).as("session made at sign-in").isPresent();
        HttpResponse<String> admin = browser.get("/admin/");
        assertThat(admin.statusCode()).isEqualTo(200);
        assertThat(admin.body()).contains("Signed in as Amina Rahman (administrator)").contains("Items by state");
    }

    @Test
    @Order(4)
    void aWrongPasswordIsRefused() throws Exception {
        WebClient browser = new WebClient(base.toURI());

        HttpResponse<String> refused = browser.submit("/login", "login",
                Map.of("username", ADMIN, "password", "not the password"), "submit");

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("Wrong username or password");
        HttpResponse<String> admin = browser.get("/admin/");
        assertThat(admin.statusCode()).as("admin stays closed").isEqualTo(302);
        assertThat(admin.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/login"));
    }

    @Test
    @Order(5)
    void theAdminUiRedirectsAnonymousVisitorsToSignIn() throws Exception {
        HttpResponse<String> admin = new WebClient(base.toURI()).get("/admin/");

        assertThat(admin.statusCode()).isEqualTo(302);
        assertThat(admin.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/login"));
    }

    @Test
    @Order(6)
    void repeatedFailuresLockTheAccountForAWhileEvenForTheRightPassword() throws Exception {
        TestAccounts.ensure("guessed", "Guessed Editor", "EDITOR", PASSWORD);
        for (int attempt = 1; attempt <= 5; attempt++) {
            HttpResponse<String> wrong = new WebClient(base.toURI()).submit("/login", "login",
                    Map.of("username", "guessed", "password", "guess number " + attempt), "submit");
            assertThat(wrong.body()).as("attempt " + attempt).contains("Wrong username or password");
        }

        HttpResponse<String> right = new WebClient(base.toURI()).submit("/login", "login",
                Map.of("username", "guessed", "password", PASSWORD), "submit");

        assertThat(right.statusCode()).isEqualTo(200);
        assertThat(right.body()).contains("Too many failed sign-ins");
        try (Connection db = DriverManager.getConnection(TestServices.jdbcUrl(), "barta", "barta");
             ResultSet rs = db.createStatement().executeQuery(
                     "select action, count(*) from audit_event where actor = 'guessed' group by action")) {
            Map<String, Integer> counts = new java.util.HashMap<>();
            while (rs.next()) {
                counts.put(rs.getString(1), rs.getInt(2));
            }
            assertThat(counts).containsEntry("account.signin.failure", 5).containsEntry("account.signin.blocked", 1);
        }
    }

    @Test
    @Order(7)
    void spellingsTheDatabaseTakesForOneAccountShareItsTries() throws Exception {
        TestAccounts.ensure("collated", "Collated Editor", "EDITOR", PASSWORD);
        for (String spelling : new String[] {"collated", "cöllated", "COLLATED", "cóllated", "Collatéd"}) {
            HttpResponse<String> wrong = new WebClient(base.toURI()).submit("/login", "login",
                    Map.of("username", spelling, "password", "a guess"), "submit");
            assertThat(wrong.body()).as(spelling).contains("Wrong username or password");
        }

        HttpResponse<String> right = new WebClient(base.toURI()).submit("/login", "login",
                Map.of("username", "collated", "password", PASSWORD), "submit");

        assertThat(right.statusCode()).isEqualTo(200);
        assertThat(right.body()).as("five failures for one account, however spelt").contains("Too many failed sign-ins");
    }

    private static Map<String, String> setupFields() {
        return Map.of("username", ADMIN, "displayName", "Amina Rahman", "email", "amina@example.org",
                "password", PASSWORD, "passwordAgain", PASSWORD);
    }
}
