package org.barta.newsletter;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.barta.testing.Deployments;
import org.barta.testing.HtmlChecks;
import org.barta.testing.TestServices;
import org.barta.testing.WebClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Double opt-in end to end, with the mail caught by GreenMail: sign up, the confirmation arrives, its link opens
 * a page whose button confirms (opening it confirms nothing), forged links are refused, the answer never reveals
 * who is subscribed, the subscriber manages themselves from the preferences page (downloading their data and
 * erasing themselves only through a fresh link mailed to them, which works once and within the hour), and the
 * form is rate-limited. The steps run in order.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NewsletterSignupIT {

    private static final String ADDRESS = "reader@example.org";
    private static final Pattern LINK = Pattern.compile("https?://[^/\\s]+(/(en|bn)/newsletter/confirm\\?\\S+)");
    private static final Pattern DATA_LINK = Pattern.compile("https?://[^/\\s]+(/(en|bn)/newsletter/mydata\\?\\S+)");
    private static String confirmPath;
    private static String preferencesPath;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    @Order(1)
    void aSignUpWhileTheMailRelayIsDownIsKeptAndItsConfirmationSentWhenTheRelayIsBack() throws Exception {
        TestServices.stopMail();
        HttpResponse<String> answer;
        try {
            answer = signUp(ADDRESS, "bn", "");
            assertThat(status(ADDRESS)).isEqualTo("PENDING");
            assertThat(column("confirmation_sent_at", ADDRESS)).as("not sent while the relay is down").isNull();
        } finally {
            TestServices.startMail();
        }

        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/bn/newsletter/thanks"));
        assertThat(client().get("/bn/newsletter/thanks").body()).contains("নিশ্চিতকরণ লিংকসহ");
        await("sent by the retry job").atMost(30, SECONDS).pollInterval(Duration.ofMillis(200))
                .until(() -> TestServices.mailsTo(ADDRESS).length > 0);
        await("recorded as sent").atMost(10, SECONDS).pollInterval(Duration.ofMillis(200))
                .until(() -> column("confirmation_sent_at", ADDRESS) != null);
        // The job runs every 3 s: past its next run.
        await().during(4, SECONDS).atMost(5, SECONDS).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                assertThat(TestServices.mailsTo(ADDRESS)).as("sent once, not again by the next run of the job").hasSize(1));
        MimeMessage mail = TestServices.mailsTo(ADDRESS)[0];
        assertThat(mail.getSubject()).contains("নিউজলেটার");
        Matcher link = LINK.matcher((String) mail.getContent());
        assertThat(link.find()).isTrue();
        confirmPath = link.group(1);
        assertThat(status(ADDRESS)).isEqualTo("PENDING");
        assertThat(consentRecorded(ADDRESS)).isTrue();
    }

    @Test
    @Order(2)
    void forgedLinksAreRefusedAndTheRealOneConfirms() throws Exception {
        WebClient browser = client();
        String forged = confirmPath.replaceAll("t=[^&]+", "t=forgedforgedforgedforgedforgedforgedforged");
        assertThat(browser.get(forged).statusCode()).isEqualTo(400);
        assertThat(browser.get(confirmPath.replaceAll("e=(\\d+)", "e=9$1")).statusCode()).as("extended expiry").isEqualTo(400);
        assertThat(browser.get(confirmPath.replaceAll("s=(\\d+)", "s=1$1")).statusCode()).as("other subscriber").isEqualTo(400);
        assertThat(status(ADDRESS)).isEqualTo("PENDING");

        // Opening the link, as a mail scanner does, only shows the button; pressing it confirms.
        HttpResponse<String> opened = browser.get(confirmPath);
        assertThat(opened.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(opened.body()).select("form[method=post] button#confirm").text())
                .isEqualTo("আমার সাবস্ক্রিপশন নিশ্চিত করুন");
        assertThat(HtmlChecks.validationErrors(opened.body())).isEmpty();
        assertThat(status(ADDRESS)).as("a GET confirms nothing").isEqualTo("PENDING");
        assertThat(browser.post(base.toString().replaceAll("/$", "") + forged, Map.of()).statusCode()).isEqualTo(400);
        assertThat(status(ADDRESS)).isEqualTo("PENDING");

        HttpResponse<String> confirmed = browser.post(base.toString().replaceAll("/$", "") + confirmPath, Map.of());
        assertThat(confirmed.statusCode()).isEqualTo(200);
        assertThat(confirmed.body()).contains("সাবস্ক্রিপশন নিশ্চিত হয়েছে");
        assertThat(HtmlChecks.validationErrors(confirmed.body())).isEmpty();
        assertThat(confirmed.headers().firstValue("Cache-Control")).hasValueSatisfying(c -> assertThat(c).contains("no-store"));
        assertThat(status(ADDRESS)).isEqualTo("CONFIRMED");
        Matcher preferences = Pattern.compile("href=\"(/bn/newsletter/preferences\\?[^\"]+)\"").matcher(confirmed.body());
        assertThat(preferences.find()).isTrue();
        preferencesPath = preferences.group(1).replace("&amp;", "&");
        assertThat(browser.get(confirmPath).body()).as("opened again later").contains("সাবস্ক্রিপশন নিশ্চিত হয়েছে");
    }

    @Test
    @Order(3)
    void theAnswerNeverRevealsWhetherAnAddressIsSubscribed() throws Exception {
        int mailsBefore = TestServices.mail().getReceivedMessages().length;
        HttpResponse<String> again = signUp(ADDRESS, "en", "");
        HttpResponse<String> stranger = signUp("bot-target@example.org", "en", "https://spam.example");

        assertThat(again.statusCode()).isEqualTo(stranger.statusCode()).isEqualTo(302);
        assertThat(again.headers().firstValue("Location")).isEqualTo(stranger.headers().firstValue("Location"));
        await().during(1, SECONDS).atMost(2, SECONDS).pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> assertThat(TestServices.mail().getReceivedMessages()).hasSize(mailsBefore));
        assertThat(status("bot-target@example.org")).as("honeypot: nothing stored").isNull();
        assertThat(signUp("not an address", "en", "").statusCode()).isEqualTo(400);
    }

    @Test
    @Order(4)
    void theSubscriberManagesThemselvesFromThePreferencesPage() throws Exception {
        WebClient browser = client();
        HttpResponse<String> page = browser.get(preferencesPath);
        assertThat(page.body()).contains(ADDRESS, "সাবস্ক্রাইব করা আছে");
        assertThat(HtmlChecks.validationErrors(page.body())).isEmpty();
        assertThat(Jsoup.parse(page.body()).select("a[href*=data.json], input[name=change][value=erase]")).isEmpty();

        String withPreferencesLink = preferencesPath.replace("/preferences?", "/data.json?");
        assertThat(browser.get(withPreferencesLink).statusCode()).as("no download by GET").isEqualTo(404);
        HttpResponse<String> refused = browser.post(url(withPreferencesLink), Map.of());
        assertThat(refused.statusCode()).as("the preferences link cannot download").isEqualTo(400);
        assertThat(refused.body()).doesNotContain(ADDRESS);
        assertThat(browser.get(preferencesPath.replace("/preferences?", "/mydata?")).statusCode()).isEqualTo(400);
        assertThat(browser.post(url("/bn/newsletter/preferences"), prefs("erase", null)).statusCode())
                .as("the preferences link cannot erase").isEqualTo(400);
        assertThat(browser.post(url(preferencesPath.replace("/preferences?", "/mydata?")), Map.of("change", "erase"))
                .statusCode()).isEqualTo(400);
        assertThat(status(ADDRESS)).isEqualTo("CONFIRMED");

        String myData = mailedDataLink("bn");
        HttpResponse<String> opened = browser.get(myData);
        assertThat(opened.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(opened.body()).select("form[method=post] button#download, form[method=post] button#erase"))
                .hasSize(2);
        assertThat(HtmlChecks.validationErrors(opened.body())).isEmpty();
        String forged = myData.replaceFirst("t=.", "t=" + (myData.contains("t=A") ? "B" : "A"));
        assertThat(browser.get(forged).statusCode()).isEqualTo(400);
        assertThat(browser.post(url(forged.replace("/mydata?", "/data.json?")), Map.of()).statusCode()).isEqualTo(400);

        HttpResponse<String> data = browser.post(url(myData.replace("/mydata?", "/data.json?")), Map.of());
        assertThat(data.statusCode()).isEqualTo(200);
        assertThat(data.body()).contains("\"email\":\"" + ADDRESS + "\"", "\"formTextVersion\":\"2026-11\"", "\"fromAddress\"");
        assertThat(browser.post(url(myData.replace("/mydata?", "/data.json?")), Map.of()).statusCode())
                .as("the mailed link works once").isEqualTo(400);
        assertThat(browser.get(myData).statusCode()).isEqualTo(400);

        assertThat(browser.post(url("/bn/newsletter/preferences"), prefs("language", "en")).statusCode()).isEqualTo(200);
        assertThat(language(ADDRESS)).isEqualTo("en");

        HttpResponse<String> unsubscribed = browser.post(url("/bn/newsletter/preferences"), prefs("unsubscribe", null));
        assertThat(unsubscribed.body()).contains("সাবস্ক্রিপশন বাতিল হয়েছে");
        assertThat(status(ADDRESS)).isEqualTo("UNSUBSCRIBED");
        assertThat(browser.get(confirmPath).statusCode()).as("an old confirmation link does not resubscribe").isEqualTo(400);
    }

    @Test
    @Order(5)
    void resubscribingGoesThroughOptInAgainAndErasingNeedsAFreshMailedLink() throws Exception {
        int mailsBefore = TestServices.mail().getReceivedMessages().length;
        assertThat(signUp(ADDRESS, "en", "").statusCode()).isEqualTo(302);
        assertThat(TestServices.mail().waitForIncomingEmail(10_000, mailsBefore + 1)).isTrue();
        assertThat(status(ADDRESS)).isEqualTo("PENDING");
        assertThat(client().post(url("/en/newsletter/preferences"), prefs("dataLink", null)).statusCode())
                .as("the old preferences link died with the new sign-up").isEqualTo(400);

        MimeMessage[] mails = TestServices.mailsTo(ADDRESS);
        Matcher link = LINK.matcher((String) mails[mails.length - 1].getContent());
        assertThat(link.find()).isTrue();
        HttpResponse<String> confirmed = client().post(url(link.group(1)), Map.of());
        assertThat(status(ADDRESS)).isEqualTo("CONFIRMED");
        Matcher preferences = Pattern.compile("href=\"(/en/newsletter/preferences\\?[^\"]+)\"").matcher(confirmed.body());
        assertThat(preferences.find()).isTrue();
        preferencesPath = preferences.group(1).replace("&amp;", "&");

        String superseded = mailedDataLink("en");
        String myData = mailedDataLink("en");
        HttpResponse<String> throttled = client().post(url("/en/newsletter/preferences"), prefs("dataLink", null));
        assertThat(throttled.statusCode()).as("the fourth link mail to the address today").isEqualTo(429);
        assertThat(client().post(url(superseded), Map.of("change", "erase")).statusCode())
                .as("a newer link replaces the older").isEqualTo(400);
        assertThat(client().post(url(expired(myData)), Map.of("change", "erase")).statusCode())
                .as("signed, but an hour old").isEqualTo(400);
        assertThat(status(ADDRESS)).isEqualTo("CONFIRMED");

        HttpResponse<String> erased = client().post(url(myData), Map.of("change", "erase"));
        assertThat(erased.body()).contains("has been erased");
        assertThat(status(ADDRESS)).isNull();
        assertThat(client().get(preferencesPath).statusCode()).isEqualTo(400);
        assertThat(client().get(myData).statusCode()).isEqualTo(400);
    }

    @Test
    @Order(6)
    void theFormIsRateLimited() throws Exception {
        HttpResponse<String> throttled = signUp("another@example.org", "en", "");

        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(throttled.headers().firstValue("Retry-After")).isPresent();
    }

    /** Asks for a "my data" link from the preferences page and returns the path the mail carries. */
    private String mailedDataLink(String language) throws Exception {
        int mailsBefore = TestServices.mail().getReceivedMessages().length;
        HttpResponse<String> asked = client().post(url("/" + language + "/newsletter/preferences"),
                prefs("dataLink", null));
        assertThat(asked.statusCode()).isEqualTo(200);
        assertThat(TestServices.mail().waitForIncomingEmail(10_000, mailsBefore + 1)).isTrue();
        MimeMessage[] mails = TestServices.mailsTo(ADDRESS);
        Matcher link = DATA_LINK.matcher((String) mails[mails.length - 1].getContent());
        assertThat(link.find()).as("the mail carries a my-data link").isTrue();
        return link.group(1);
    }

    /** The same link as the application would have signed it for this nonce an hour and a minute ago. */
    private static String expired(String myDataPath) throws Exception {
        long subscriberId = Long.parseLong(myDataPath.replaceFirst(".*[?&]s=(\\d+).*", "$1"));
        String nonce = column("data_link_nonce", ADDRESS);
        String key;
        try (Connection db = DriverManager.getConnection(TestServices.jdbcUrl(), "barta", "barta");
             PreparedStatement query = db.prepareStatement("select value from app_secret where name = ?")) {
            query.setString(1, SubscriptionService.LINK_KEY);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                key = rs.getString(1);
            }
        }
        SignedLink old = SignedLink.issue(LinkPurpose.MY_DATA, subscriberId, nonce,
                Instant.now().minus(LinkPurpose.MY_DATA.validity()).minusSeconds(60), Base64.getDecoder().decode(key));
        return myDataPath.substring(0, myDataPath.indexOf('?') + 1) + old.query();
    }

    private String url(String path) {
        return base.toString().replaceAll("/$", "") + path;
    }

    private HttpResponse<String> signUp(String email, String language, String honeypot) throws Exception {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("email", email);
        form.put("name", "Reader");
        form.put("language", language);
        form.put("website", honeypot);
        return client().post(base.toString().replaceAll("/$", "") + "/" + language + "/newsletter/subscribe", form);
    }

    private static Map<String, String> prefs(String change, String language) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : preferencesPath.substring(preferencesPath.indexOf('?') + 1).split("&")) {
            String[] kv = pair.split("=", 2);
            form.put(kv[0], kv[1]);
        }
        form.put("change", change);
        if (language != null) {
            form.put("language", language);
        }
        return form;
    }

    private WebClient client() throws Exception {
        return new WebClient(base.toURI());
    }

    private static String status(String email) throws Exception {
        return column("status", email);
    }

    private static String language(String email) throws Exception {
        return column("language", email);
    }

    private static boolean consentRecorded(String email) throws Exception {
        return column("consent_text_version", email) != null && column("consent_address", email) != null;
    }

    private static String column(String column, String email) throws Exception {
        try (Connection db = DriverManager.getConnection(TestServices.jdbcUrl(), "barta", "barta");
             PreparedStatement query = db.prepareStatement("select " + column + " from subscriber where email = ?")) {
            query.setString(1, email);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }
}
