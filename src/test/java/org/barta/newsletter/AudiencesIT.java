package org.barta.newsletter;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.transaction.UserTransaction;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.barta.accounts.AccountService;
import org.barta.accounts.Actor;
import org.barta.accounts.Role;
import org.barta.content.Language;
import org.barta.newsletter.dispatch.DeliveryLedger;
import org.barta.newsletter.dispatch.NewsletterMessages;
import org.barta.newsletter.dispatch.Recipient;
import org.barta.newsletter.edition.EditionRenditions;
import org.barta.testing.Deployments;
import org.barta.testing.ServerSql;
import org.barta.testing.ServerWaits;
import org.barta.testing.TestAccounts;
import org.barta.testing.TestActors;
import org.barta.testing.TestDatabase;
import org.barta.testing.TestServices;
import org.barta.testing.WebClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Audiences: editors create public and private lists; a reader joins public lists one at a time, each with its own
 * confirmation, sees them all on the preferences page in both languages and leaves one without the others (RFC 8058
 * one-click, signed for that list only); editors put journalists into a private list; an edition goes to the
 * confirmed members of its audience only, with that audience's List-Id and one-click link; a file imported into a
 * list adds new addresses and puts known ones into it, never back into a list they left.
 */
@ExtendWith(ArquillianExtension.class)
class AudiencesIT {

    private static final Pattern CONFIRM = Pattern.compile("https?://[^/\\s]+(/(en|bn)/newsletter/confirm\\?\\S+)");

    @Deployment
    static WebArchive deployment() {
        return Deployments.applicationWithTestLibraries();
    }

    @Inject
    AccountService accounts;

    @Inject
    AudienceService audiences;

    @Inject
    SubscriberAdminService subscribers;

    @Inject
    SubscriptionService subscriptions;

    @Inject
    SubscriberImportService imports;

    @Inject
    SubscriberLinks links;

    @Inject
    DeliveryLedger ledger;

    @Inject
    NewsletterMessages messages;

    @Inject
    EditionRenditions renditions;

    @Inject
    Session mail;

    @Inject
    UserTransaction transaction;

    @Inject
    ServerSql sql;

    @Test
    @RunAsClient
    void aReaderJoinsAndLeavesPublicListsOneByOneAndEditorsKeepPrivateOnes(@ArquillianResource URL base)
            throws Exception {
        String tag = Long.toString(System.nanoTime(), 36);
        TestAccounts.ensure("audience-editor", "Audience Editor", "EDITOR", TestActors.PASSWORD);
        TestAccounts.ensure("audience-author", "Audience Author", "AUTHOR", TestActors.PASSWORD);
        WebClient editor = TestActors.signedIn(base, "audience-editor");
        assertThat(TestActors.signedIn(base, "audience-author").get("/admin/audiences").statusCode()).isEqualTo(403);

        HttpResponse<String> refused = editor.submitForm("/admin/audiences", "create",
                Map.of("nameEn", "Appeals " + tag, "nameBn", " ", "visibility", "PUBLIC"), "[id='create:createButton']");
        assertThat(refused.body()).contains("Give the audience a name in Bangla.");
        assertThat(TestDatabase.number("SELECT COUNT(*) FROM audience WHERE name_en = ?", "Appeals " + tag)).isZero();
        HttpResponse<String> created = editor.submitForm("/admin/audiences", "create",
                Map.of("nameEn", "Appeals " + tag, "nameBn", "জরুরি আবেদন " + tag, "visibility", "PUBLIC"),
                "[id='create:createButton']");
        assertThat(created.body()).contains("Audience \"Appeals " + tag + "\" created.");
        editor.submitForm("/admin/audiences", "create", Map.of("nameEn", "Journalists " + tag,
                "nameBn", "সাংবাদিক " + tag, "visibility", "PRIVATE"), "[id='create:createButton']");
        String appeals = TestDatabase.string("SELECT code FROM audience WHERE name_en = ?", "Appeals " + tag);
        long appealsId = TestDatabase.number("SELECT id FROM audience WHERE code = ?", appeals);
        String journalists = TestDatabase.string("SELECT code FROM audience WHERE name_en = ?", "Journalists " + tag);
        long journalistsId = TestDatabase.number("SELECT id FROM audience WHERE code = ?", journalists);
        long newsletterId = TestDatabase.number("SELECT id FROM audience WHERE code = 'newsletter'");
        assertThat(appeals).isEqualTo("appeals-" + tag);

        // Every page's sign-up form now offers the new public list (never the private one), the newsletter ticked.
        WebClient visitor = new WebClient(base.toURI(), Map.of("X-Forwarded-For", "192.0.2.61"));
        Element form = Jsoup.parse(visitor.get("/en/").body()).selectFirst("form.newsletter-signup");
        assertThat(form.select("input[name=audience]").eachAttr("value")).contains("newsletter", appeals)
                .doesNotContain(journalists);
        assertThat(form.select("input[name=audience][checked]").eachAttr("value")).containsExactly("newsletter");
        assertThat(form.select("label").eachText()).contains("Appeals " + tag);
        assertThat(Jsoup.parse(visitor.get("/bn/").body()).select("form.newsletter-signup label").eachText())
                .contains("জরুরি আবেদন " + tag);
        HttpResponse<String> noneTicked = visitor.post("/en/newsletter/subscribe", Map.of("email",
                "nobody-" + tag + "@audiences.example", "language", "en", "website", "", "lists", "offered"));
        assertThat(noneTicked.statusCode()).isEqualTo(400);
        assertThat(noneTicked.body()).contains("Tick at least one list to subscribe to.");
        assertThat(TestDatabase.number("SELECT COUNT(*) FROM subscriber WHERE email = ?",
                "nobody-" + tag + "@audiences.example")).isZero();

        // A reader signs up for the newsletter, then for the appeals: each list waits for its own confirmation.
        String reader = "amina-" + tag + "@audiences.example";
        assertThat(signUp(visitor, reader, List.of()).statusCode()).isEqualTo(302);
        String preferences = confirm(visitor, reader, 1);
        assertThat(membership(reader, "newsletter")).isEqualTo("CONFIRMED");
        assertThat(signUp(visitor, reader, List.of(appeals, journalists)).statusCode()).isEqualTo(302);
        assertThat((String) awaitMails(reader, 2)[1].getContent()).as("the mail names the list waiting for it")
                .contains("Appeals " + tag).doesNotContain("Newsletter");
        assertThat(membership(reader, appeals)).isEqualTo("PENDING");
        assertThat(membership(reader, journalists)).as("a private list cannot be joined from the site").isNull();
        assertThat(status(reader)).as("still receives the newsletter meanwhile").isEqualTo("CONFIRMED");
        confirm(visitor, reader, 2);
        assertThat(membership(reader, appeals)).isEqualTo("CONFIRMED");

        HttpResponse<String> english = visitor.get(preferences);
        assertThat(english.body()).contains("Your lists", "Newsletter", "Appeals " + tag, "subscribed",
                "id=\"leave-newsletter\"", "id=\"leave-" + appeals + "\"").doesNotContain("Journalists " + tag);
        HttpResponse<String> bangla = visitor.get(preferences.replace("/en/", "/bn/"));
        assertThat(bangla.body()).contains("আপনার তালিকাগুলো", "নিউজলেটার", "জরুরি আবেদন " + tag, "এই তালিকা ছাড়ুন");

        // One-click from a mail of the appeals list: the appeals only. The same signature cannot leave the newsletter.
        String oneClick = unsubscribePath(reader, appealsId);
        HttpResponse<String> page = visitor.get(oneClick);
        assertThat(page.body()).contains("&amp;a=" + appealsId);
        assertThat(visitor.post(url(base, oneClick.replace("&a=" + appealsId, "&a=" + newsletterId)),
                Map.of("List-Unsubscribe", "One-Click")).statusCode()).isEqualTo(400);
        HttpResponse<String> left = visitor.post(url(base, oneClick), Map.of("List-Unsubscribe", "One-Click"));
        assertThat(left.statusCode()).isEqualTo(200);
        assertThat(left.body()).contains("You are unsubscribed from this list.");
        assertThat(membership(reader, appeals)).isEqualTo("UNSUBSCRIBED");
        assertThat(membership(reader, "newsletter")).isEqualTo("CONFIRMED");
        assertThat(status(reader)).isEqualTo("CONFIRMED");
        assertThat(visitor.get(preferences).body()).contains("id=\"join-" + appeals + "\"", "left");

        // Leaving the last list from the preferences page unsubscribes the address.
        HttpResponse<String> leftNewsletter = visitor.post(url(base, "/en/newsletter/preferences"),
                preferencesForm(preferences, "leave", newsletterId));
        assertThat(leftNewsletter.body()).contains("You have left this list.");
        assertThat(status(reader)).isEqualTo("UNSUBSCRIBED");

        // An editor puts a journalist on the private list; the newsletter is not theirs.
        String journalist = "rina-" + tag + "@audiences.example";
        HttpResponse<String> added = editor.submitForm("/admin/subscribers", "add", Map.of("email", journalist,
                "audience_input", Long.toString(journalistsId), "consent", "HAVE_CONSENT"), "[id='add:addButton']");
        assertThat(added.statusCode()).isEqualTo(200);
        assertThat(membership(journalist, journalists)).isEqualTo("CONFIRMED");
        assertThat(membership(journalist, "newsletter")).isNull();
        assertThat(editor.get("/admin/subscribers?audience=" + journalistsId).body()).contains(journalist)
                .doesNotContain(reader);
        assertThat(editor.get("/admin/audiences").body()).contains("Journalists " + tag);
    }

    @Test
    void anEditionGoesToTheConfirmedMembersOfItsAudienceWithThatAudiencesHeaders() throws Exception {
        String tag = Long.toString(System.nanoTime(), 36);
        Actor editor = TestActors.ensure(accounts, "audience-ledger-editor", Role.EDITOR);
        Audience press = audiences.create("Press " + tag, "প্রেস " + tag, AudienceVisibility.PRIVATE, editor);
        long newsletter = audiences.newsletter().getId();
        String domain = "@ledger-" + tag + ".example";
        for (String who : List.of("both", "leaving")) {
            subscribers.add(who + domain, null, Language.EN, press.getId(), ConsentMode.HAVE_CONSENT, editor);
        }
        subscribers.add("both" + domain, null, Language.EN, newsletter, ConsentMode.HAVE_CONSENT, editor);
        subscribers.add("reader" + domain, null, Language.BN, newsletter, ConsentMode.HAVE_CONSENT, editor);
        subscribers.add("pending" + domain, null, Language.EN, press.getId(), ConsentMode.SEND_CONFIRMATION, editor);

        long pressEdition = edition(press.getId(), "Press release " + tag);
        long newsletterEdition = edition(newsletter, "Newsletter " + tag);
        transaction.begin();
        try {
            ledger.prepare(newsletterEdition, Instant.now());
            assertThat(queued(newsletterEdition, domain)).as("the newsletter's members only")
                    .containsExactlyInAnyOrder("both" + domain, "reader" + domain);
        } finally {
            transaction.rollback();
            sql.update("UPDATE newsletter_edition SET state = 'CANCELLED' WHERE id = ?", newsletterEdition);
        }
        transaction.begin();
        ledger.prepare(pressEdition, Instant.now());
        transaction.commit();
        assertThat(queued(pressEdition, domain)).containsExactlyInAnyOrder("both" + domain, "leaving" + domain);

        // The copy carries the press list's List-Id and a one-click link that takes its reader off that list only.
        Subscriber both = subscriber("both" + domain);
        MimeMessage copy = messages.write(mail, pressEdition, new Recipient(both.getId(), both.getEmail(), null,
                Language.EN, both.getLinkNonce(), false, 0, press.getId()), renditions.preview(pressEdition, Language.EN),
                Instant.now()).message();
        assertThat(copy.getHeader("List-Id", null)).matches("Press " + tag + " <" + press.getCode() + "\\.[a-z0-9.-]+>");
        Matcher unsubscribe = Pattern.compile(
                "<https?://[^>]*/unsubscribe\\?s=(\\d+)&e=(\\d+)&t=([^&>]+)&a=(\\d+)&n=(\\d+)>")
                .matcher(copy.getHeader("List-Unsubscribe", null));
        assertThat(unsubscribe.find()).as(copy.getHeader("List-Unsubscribe", null)).isTrue();
        assertThat(Long.parseLong(unsubscribe.group(4))).isEqualTo(press.getId());
        assertThat(Long.parseLong(unsubscribe.group(5))).isEqualTo(pressEdition);
        SignedLink link = new SignedLink(Long.parseLong(unsubscribe.group(1)), Long.parseLong(unsubscribe.group(2)),
                unsubscribe.group(3));
        assertThat(subscriptions.unsubscribe(new OneClickLink(link, newsletter, pressEdition)))
                .as("signed for the press list only").isFalse();
        assertThat(subscriptions.unsubscribe(new OneClickLink(link, press.getId(), pressEdition + 1)))
                .as("signed for this send only").isFalse();

        // Someone who leaves after the ledger was written is skipped when their turn comes, not mailed.
        Subscriber leaving = subscriber("leaving" + domain);
        SignedLink leavingLink = links.issue(LinkPurpose.UNSUBSCRIBE, leaving.getId(),
                SignedLink.forAudience(leaving.getLinkNonce(), press.getId()), Instant.now());
        assertThat(subscriptions.unsubscribe(new OneClickLink(leavingLink, press.getId(), null))).isTrue();
        sql.update("UPDATE newsletter_edition SET state = 'SENDING' WHERE id = ?", pressEdition);
        ServerWaits.await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(250))
                .until(() -> "SENT".equals(
                        sql.string("SELECT state FROM newsletter_edition WHERE id = ?", pressEdition)));
        assertThat(sql.string("""
                SELECT GROUP_CONCAT(CONCAT(s.email, ' ', d.state) ORDER BY s.email)
                FROM newsletter_delivery d JOIN subscriber s ON s.id = d.subscriber_id WHERE d.edition_id = ?""",
                pressEdition)).isEqualTo("both" + domain + " SENT,leaving" + domain + " SKIPPED");
        assertThat(subscriptions.unsubscribe(new OneClickLink(link, press.getId(), pressEdition))).isTrue();
        assertThat(sql.string("SELECT left_with_edition_id FROM audience_member m"
                + " JOIN subscriber s ON s.id = m.subscriber_id WHERE s.email = ? AND m.audience_id = ?",
                "both" + domain, press.getId()))
                .as("counted for the send it left from").isEqualTo(Long.toString(pressEdition));
        assertThat(subscriber("both" + domain).membershipIn(press).orElseThrow().getStatus())
                .isEqualTo(MemberStatus.UNSUBSCRIBED);
        assertThat(subscriber("both" + domain).getStatus()).as("still on the newsletter")
                .isEqualTo(SubscriberStatus.CONFIRMED);
    }

    @Test
    void anEditorImportsAFileIntoAPrivateListAndKnownAddressesJoinItWithoutLosingTheirOtherLists()
            throws Exception {
        String tag = Long.toString(System.nanoTime(), 36);
        Actor editor = TestActors.ensure(accounts, "audience-import-editor", Role.EDITOR);
        Audience partners = audiences.create("Partners " + tag, "সহযোগী " + tag, AudienceVisibility.PRIVATE, editor);
        long newsletter = audiences.newsletter().getId();
        String domain = "@import-" + tag + ".example";
        subscribers.add("reader" + domain, null, Language.BN, newsletter, ConsentMode.HAVE_CONSENT, editor);
        subscribers.add("left" + domain, null, Language.EN, partners.getId(), ConsentMode.HAVE_CONSENT, editor);
        Subscriber left = subscriber("left" + domain);
        assertThat(subscriptions.unsubscribe(new OneClickLink(links.issue(LinkPurpose.UNSUBSCRIBE, left.getId(),
                SignedLink.forAudience(left.getLinkNonce(), partners.getId()), Instant.now()), partners.getId(), null)))
                .isTrue();
        subscribers.add("bounced" + domain, null, Language.EN, newsletter, ConsentMode.HAVE_CONSENT, editor);
        sql.update("UPDATE subscriber SET status = 'BOUNCED' WHERE email = ?", "bounced" + domain);

        UploadPreview preview = imports.inspect("partners.csv", new ByteArrayInputStream((String.join("\n",
                "new" + domain, "reader" + domain, "left" + domain, "bounced" + domain) + "\n")
                .getBytes(StandardCharsets.UTF_8)), editor);
        ImportJob job = imports.start(preview.token(), new ImportMapping(0, null, null, false, Language.EN,
                ConsentMode.HAVE_CONSENT, partners.getId()), editor);
        ServerWaits.await().atMost(30, SECONDS).pollInterval(Duration.ofMillis(100)).until(() -> !job.isRunning());

        assertThat(job.getRefused()).containsExactly(
                new ImportReportRow(2, "reader" + domain, ImportOutcome.ADDED_TO_AUDIENCE),
                new ImportReportRow(3, "left" + domain, ImportOutcome.PREVIOUSLY_UNSUBSCRIBED),
                new ImportReportRow(4, "bounced" + domain, ImportOutcome.BOUNCED));
        assertThat(job.count(ImportOutcome.IMPORTED)).isEqualTo(1);
        assertThat(memberships("new" + domain)).containsExactly(partners.getCode() + " CONFIRMED");
        assertThat(memberships("reader" + domain))
                .containsExactlyInAnyOrder("newsletter CONFIRMED", partners.getCode() + " CONFIRMED");
        assertThat(memberships("left" + domain)).as("nobody is put back on a list they left")
                .containsExactly(partners.getCode() + " UNSUBSCRIBED");
        assertThat(memberships("bounced" + domain)).containsExactly("newsletter CONFIRMED");
        assertThat(subscriber("reader" + domain).membershipIn(partners).orElseThrow().getConsent().getNote())
                .startsWith("imported by audience-import-editor at ").endsWith("; the editor has their consent");

        // Asking for confirmation puts a known address on the list only once the person confirms: the mail is due.
        subscribers.add("ask" + domain, null, Language.EN, newsletter, ConsentMode.HAVE_CONSENT, editor);
        UploadPreview ask = imports.inspect("ask.csv", new ByteArrayInputStream(("ask" + domain + "\n")
                .getBytes(StandardCharsets.UTF_8)), editor);
        ImportJob asked = imports.start(ask.token(), new ImportMapping(0, null, null, false, Language.EN,
                ConsentMode.SEND_CONFIRMATION, partners.getId()), editor);
        ServerWaits.await().atMost(30, SECONDS).pollInterval(Duration.ofMillis(100)).until(() -> !asked.isRunning());
        assertThat(memberships("ask" + domain))
                .containsExactlyInAnyOrder("newsletter CONFIRMED", partners.getCode() + " PENDING");
        ServerWaits.await().alias("the confirmation mail by the retry job").atMost(30, SECONDS)
                .pollInterval(Duration.ofMillis(200))
                .until(() -> sql.string("SELECT confirmation_sent_at FROM subscriber WHERE email = ?",
                        "ask" + domain) != null);
    }

    private List<String> memberships(String email) throws Exception {
        return sql.strings("""
                SELECT CONCAT(a.code, ' ', m.status) FROM audience_member m JOIN audience a ON a.id = m.audience_id
                JOIN subscriber s ON s.id = m.subscriber_id WHERE s.email = ?""", email);
    }

    private Subscriber subscriber(String email) {
        return subscribers.search(new SubscriberQuery(null, null, null, null, null, email), 0, 1, null, true).get(0);
    }

    private long edition(long audienceId, String subject) throws Exception {
        sql.update("""
                INSERT INTO newsletter_edition (number, month, audience_id, subject_en, state, covers_from, covers_to,
                    send_started_at, created_at, updated_at)
                SELECT n, '2400-01-01' + INTERVAL n MONTH, ?, ?, 'PAUSED', UTC_TIMESTAMP(3), UTC_TIMESTAMP(3),
                    UTC_TIMESTAMP(3), UTC_TIMESTAMP(3), UTC_TIMESTAMP(3)
                FROM (SELECT COALESCE(MAX(number), 0) + 5000 AS n FROM newsletter_edition) next""", audienceId, subject);
        return Long.parseLong(sql.string("SELECT id FROM newsletter_edition WHERE subject_en = ?", subject));
    }

    private List<String> queued(long edition, String domain) throws Exception {
        return sql.strings("""
                SELECT s.email FROM newsletter_delivery d JOIN subscriber s ON s.id = d.subscriber_id
                WHERE d.edition_id = ? AND d.state = 'QUEUED' AND s.email LIKE ?""", edition, "%" + domain);
    }

    /** The first column of every row, read through the server's pool (inside the caller's transaction, if any). */

    /** The site's sign-up form with the public lists ticked ({@code audience} fields, repeated). */
    private static HttpResponse<String> signUp(WebClient visitor, String email, List<String> audienceCodes)
            throws Exception {
        String ticked = audienceCodes.stream().map(code -> "audience=" + code).collect(Collectors.joining("&"));
        return visitor.post("/en/newsletter/subscribe" + (ticked.isEmpty() ? "" : "?" + ticked),
                Map.of("email", email, "name", "Amina", "language", "en", "website", ""));
    }

    /** Presses the button of the {@code nth} confirmation mail to the address; the preferences page's path. */
    private static String confirm(WebClient visitor, String address, int nth) throws Exception {
        MimeMessage[] mails = awaitMails(address, nth);
        Matcher link = CONFIRM.matcher((String) mails[nth - 1].getContent());
        assertThat(link.find()).isTrue();
        assertThat(visitor.get(link.group(1)).body()).as("opening the link shows the button; it confirms nothing")
                .contains("id=\"confirm\"");
        HttpResponse<String> confirmed = visitor.post(visitor.resolve(link.group(1)).toString(), Map.of());
        assertThat(confirmed.statusCode()).isEqualTo(200);
        Matcher preferences = Pattern.compile("href=\"(/en/newsletter/preferences\\?[^\"]+)\"").matcher(confirmed.body());
        assertThat(preferences.find()).isTrue();
        return preferences.group(1).replace("&amp;", "&");
    }

    private static MimeMessage[] awaitMails(String address, int count) {
        ServerWaits.await().atMost(30, SECONDS).pollInterval(Duration.ofMillis(200))
                .until(() -> TestServices.mailsTo(address).length >= count);
        return TestServices.mailsTo(address);
    }

    /** The one-click path a mail of this audience would carry for the reader, signed as the application signs. */
    private static String unsubscribePath(String email, long audienceId) throws Exception {
        long id = TestDatabase.number("SELECT id FROM subscriber WHERE email = ?", email);
        String nonce = TestDatabase.string("SELECT link_nonce FROM subscriber WHERE email = ?", email);
        byte[] key = Base64.getDecoder().decode(TestDatabase.string("SELECT value FROM app_secret WHERE name = ?",
                SubscriptionService.LINK_KEY));
        SignedLink link = SignedLink.issue(LinkPurpose.UNSUBSCRIBE, id, SignedLink.forAudience(nonce, audienceId),
                Instant.now(), key);
        return "/en/newsletter/unsubscribe?" + link.query() + "&a=" + audienceId;
    }

    private static Map<String, String> preferencesForm(String preferencesPath, String change, long audienceId) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : preferencesPath.substring(preferencesPath.indexOf('?') + 1).split("&")) {
            String[] kv = pair.split("=", 2);
            form.put(kv[0], kv[1]);
        }
        form.put("change", change);
        form.put("a", Long.toString(audienceId));
        return form;
    }

    private static String membership(String email, String audienceCode) throws Exception {
        return TestDatabase.string("""
                SELECT m.status FROM audience_member m JOIN subscriber s ON s.id = m.subscriber_id
                JOIN audience a ON a.id = m.audience_id WHERE s.email = ? AND a.code = ?""", email, audienceCode);
    }

    private static String status(String email) throws Exception {
        return TestDatabase.string("SELECT status FROM subscriber WHERE email = ?", email);
    }

    private static String url(URL base, String path) {
        return base.toString().replaceAll("/$", "") + path;
    }
}
