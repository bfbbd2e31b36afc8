package org.barta.newsletter;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.awaitility.core.ConditionFactory;
import org.barta.accounts.AccountService;
import org.barta.accounts.Actor;
import org.barta.accounts.Role;
import org.barta.content.ContentKind;
import org.barta.content.ContentService;
import org.barta.content.EventType;
import org.barta.content.ItemContent;
import org.barta.content.Language;
import org.barta.content.TranslationContent;
import org.barta.content.WorkflowAction;
import org.barta.newsletter.dispatch.SendCounts;
import org.barta.newsletter.edition.Edition;
import org.barta.newsletter.edition.EditionRepository;
import org.barta.newsletter.edition.EditionService;
import org.barta.newsletter.edition.EditionState;
import org.barta.platform.scheduling.SchedulerLifecycle;
import org.barta.platform.web.EditorTime;
import org.barta.testing.ServerWaits;
import org.barta.testing.Deployments;
import org.barta.testing.HtmlChecks;
import org.barta.testing.TestActors;
import org.barta.testing.TestDatabase;
import org.barta.testing.TestServices;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.quartz.JobKey;

/**
 * Monthly editions end to end, against the real server, database and SMTP server (GreenMail): Quartz drafts an
 * edition from what was published, an editor approves it, the ledger sends it to 2,000 subscribers in two
 * languages, each gets exactly one message in their language with the list headers; a one-click POST
 * unsubscribes; unsubscribed and bounced addresses get nothing next time; an SMTP outage mid-send loses nobody.
 * Steps run in order; server-side steps run inside Payara, mail-side steps in the test JVM where GreenMail is.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NewsletterSendIT {

    private static final String DOMAIN = "send.example";
    private static final int PER_LANGUAGE = 1_000;
    private static final String STATEMENT_EN = "Release the detained journalists";
    private static final String STATEMENT_BN = "আটক সাংবাদিকদের মুক্তি দিন";
    private static final String EVENT_EN = "Study circle on digital security";

    @Deployment
    static WebArchive deployment() {
        return Deployments.applicationWithTestLibraries();
    }

    @Inject
    ContentService content;

    @Inject
    AccountService accounts;

    @Inject
    EditionService editions;

    @Inject
    EditionRepository editionRepository;

    @Inject
    SchedulerLifecycle scheduler;

    @ArquillianResource
    URL base;

    @Test
    @Order(1)
    void quartzDraftsNextMonthsEditionFromWhatWasPublished() throws Exception {
        Actor editor = TestActors.ensure(accounts, "newsletter-editor", Role.EDITOR);
        long statement = publish(ContentKind.PRESS_STATEMENT, Map.of(
                Language.EN, new TranslationContent(STATEMENT_EN, null, "Four reporters are held without charge.",
                        "<p>We call for their release.</p>", null),
                Language.BN, new TranslationContent(STATEMENT_BN, null, "চারজন সাংবাদিক বিনা অভিযোগে আটক।",
                        "<p>আমরা তাঁদের মুক্তি দাবি করছি।</p>", null)), editor);
        long event = publish(ContentKind.EVENT_REPORT, Map.of(Language.EN, new TranslationContent(EVENT_EN, null,
                "Reporters learned to protect their sources.", "<p>Twenty reporters took part.</p>", null)), editor);

        scheduler.scheduler().triggerJob(JobKey.jobKey("draft-edition", "newsletter"));
        YearMonth next = YearMonth.from(EditorTime.toLocal(Instant.now())).plusMonths(1);
        Edition edition = awaitEdition(next);
        assertThat(edition.getState()).isEqualTo(EditionState.DRAFT);
        assertThat(editions.itemIds(edition.getId())).contains(statement, event);

        editions.write(edition.getId(), Language.EN, null, "<p>This month: <script>alert(1)</script>press freedom.</p>", editor);
        editions.write(edition.getId(), Language.BN, null, "<p>এই মাসে: সংবাদপত্রের স্বাধীনতা।</p>", editor);
        assertThat(editions.find(edition.getId()).intro(Language.EN)).doesNotContain("script");
    }

    @Test
    @Order(2)
    @RunAsClient
    void twoThousandSubscribersInTwoLanguages() throws Exception {
        TestDatabase.addConfirmedSubscribers("en-", DOMAIN, PER_LANGUAGE, "en");
        TestDatabase.addConfirmedSubscribers("bn-", DOMAIN, PER_LANGUAGE, "bn");
    }

    @Test
    @Order(3)
    void anApprovedEditionIsSentOnceEvenIfItsStartFiresTwice() throws Exception {
        Actor editor = TestActors.ensure(accounts, "newsletter-editor", Role.EDITOR);
        Edition edition = editionRepository.monthlyFor(YearMonth.from(EditorTime.toLocal(Instant.now())).plusMonths(1))
                .orElseThrow();
        editions.approve(edition.getId(), Instant.now().plusSeconds(1), editor);
        awaitState(edition.getId(), EditionState.SENDING, EditionState.SENT);
        assertThat(editions.startSend(edition.getId())).as("a second start does nothing").isFalse();
        awaitState(edition.getId(), EditionState.SENT);
    }

    @Test
    @Order(4)
    @RunAsClient
    void everySubscriberGotExactlyOneMessageInTheirLanguageWithListHeaders() throws Exception {
        long edition = latestEdition();
        Map<String, List<MimeMessage>> byRecipient = messagesOf(edition);
        assertThat(byRecipient.keySet().stream().filter(a -> a.endsWith("@" + DOMAIN))).hasSize(2 * PER_LANGUAGE);
        assertThat(byRecipient.values()).allSatisfy(copies -> assertThat(copies).hasSize(1));

        MimeMessage english = byRecipient.get("en-7@" + DOMAIN).get(0);
        MimeMessage bangla = byRecipient.get("bn-7@" + DOMAIN).get(0);
        assertThat(english.getHeader("Content-Language", null)).isEqualTo("en");
        assertThat(bangla.getHeader("Content-Language", null)).isEqualTo("bn");
        assertThat(bangla.getSubject()).contains("নিউজলেটার");
        assertThat(html(english)).contains(STATEMENT_EN, EVENT_EN).contains("press freedom").doesNotContain("<script");
        assertThat(html(bangla)).contains(STATEMENT_BN).as("an item without Bangla text comes in English")
                .contains(EVENT_EN);
        assertThat(english.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(english.getHeader("List-Unsubscribe", null))
                .as("the one-click link names the newsletter's audience and this send")
                .matches("<https?://[^>]+/en/newsletter/unsubscribe\\?s=\\d+&e=\\d+&t=[\\w-]+&a=\\d+&n=" + edition
                        + ">.*");
        assertThat(english.getHeader("List-Id", null)).contains("<newsletter.");
        assertThat(english.getHeader("List-Unsubscribe", null)).contains("<mailto:bounces+");
        assertThat(english.getHeader("Return-Path", null)).as("a bounce address naming the recipient (VERP)")
                .matches("<?bounces\\+" + edition + "-\\d+-[a-z2-7]+@barta\\.test>?");
        assertThat(english.getMessageID()).startsWith("<edition-" + edition + ".subscriber-");
    }

    @Test
    @Order(5)
    @RunAsClient
    void aOneClickPostUnsubscribesAndAPlainVisitDoesNot() throws Exception {
        long edition = latestEdition();
        Map<String, List<MimeMessage>> byRecipient = messagesOf(edition);
        String visited = unsubscribePath(byRecipient.get("en-1@" + DOMAIN).get(0));
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(base.toURI().resolve(visited)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(status("en-1@" + DOMAIN)).as("a link scanner's GET changes nothing").isEqualTo("CONFIRMED");

        String oneClick = unsubscribePath(byRecipient.get("en-0@" + DOMAIN).get(0));
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(base.toURI().resolve(oneClick))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(status("en-0@" + DOMAIN)).isEqualTo("UNSUBSCRIBED");

        HttpResponse<String> forged = http.send(HttpRequest.newBuilder(base.toURI().resolve(
                        oneClick.replaceAll("t=[\\w-]+", "t=forged")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).isEqualTo(400);

        TestDatabase.update("UPDATE subscriber SET status = 'BOUNCED' WHERE email = ?", "bn-0@" + DOMAIN);
    }

    @Test
    @Order(6)
    @RunAsClient
    void theSentEditionIsInThePublicArchiveWithoutPersonalLinks() throws Exception {
        long number = TestDatabase.number("SELECT number FROM newsletter_edition WHERE id = ?", latestEdition());
        HttpClient http = HttpClient.newHttpClient();
        String list = get(http, "/bn/newsletter/").body();
        assertThat(list).contains("/bn/newsletter/" + number);
        HttpResponse<String> edition = get(http, "/bn/newsletter/" + number);
        assertThat(edition.statusCode()).isEqualTo(200);
        assertThat(edition.body()).contains(STATEMENT_BN).doesNotContain("newsletter/unsubscribe?s=")
                .doesNotContain("newsletter/preferences?s=");
        for (String lang : List.of("en", "bn")) {
            String page = get(http, "/" + lang + "/newsletter/" + number).body();
            assertThat(HtmlChecks.validationErrors(page)).as(lang + " archive page").isEmpty();
            assertThat(HtmlChecks.headingOrderProblems(page)).as(lang + " archive page").isEmpty();
            assertThat(HtmlChecks.validationErrors(get(http, "/" + lang + "/newsletter/").body())).isEmpty();
        }
        assertThat(get(http, "/en/newsletter/999999").statusCode()).isEqualTo(404);
        String feed = get(http, "/en/newsletter/feed.atom").body();
        assertThat(Jsoup.parse(feed, "", Parser.xmlParser()).select("feed > entry > link[href$=/en/newsletter/" + number + "]"))
                .hasSize(1);
    }

    @Test
    @Order(7)
    void theNextEditionGoesOut() throws Exception {
        sendNextEdition(Instant.now().plusSeconds(32L * 24 * 3600));
        awaitState(latestEditionInContainer(), EditionState.SENT);
    }

    @Test
    @Order(8)
    @RunAsClient
    void unsubscribedAndBouncedAddressesGetNothingNextTime() throws Exception {
        Map<String, List<MimeMessage>> byRecipient = messagesOf(latestEdition());
        assertThat(byRecipient).doesNotContainKeys("en-0@" + DOMAIN, "bn-0@" + DOMAIN);
        assertThat(byRecipient).containsKeys("en-1@" + DOMAIN, "bn-1@" + DOMAIN);
        assertThat(byRecipient.keySet().stream().filter(a -> a.endsWith("@" + DOMAIN))).hasSize(2 * PER_LANGUAGE - 2);
        assertThat(byRecipient.values()).allSatisfy(copies -> assertThat(copies).hasSize(1));
    }

    @Test
    @Order(9)
    void anotherEditionStartsSending() throws Exception {
        sendNextEdition(Instant.now().plusSeconds(64L * 24 * 3600));
        awaitState(latestEditionInContainer(), EditionState.SENDING, EditionState.SENT);
    }

    /** The relay goes away in the middle of the send and comes back: the send waits and completes. */
    @Test
    @Order(10)
    @RunAsClient
    void anSmtpOutageMidSendLosesNobody() throws Exception {
        long edition = latestEdition();
        // Polled often: the relay must go away while the send is still under way.
        await("300 recipients reached").atMost(60, SECONDS).pollInterval(Duration.ofMillis(20))
                .until(() -> messagesOf(edition).size() >= 300);
        List<MimeMessage> before = TestServices.stopMail();
        try {
            long sentAtStop = TestDatabase.number(
                    "SELECT COUNT(*) FROM newsletter_delivery WHERE edition_id = ? AND state = 'SENT'", edition);
            assertThat(sentAtStop).as("stopped in the middle of the send").isLessThan(2L * PER_LANGUAGE - 2);
            // Not a wait for anything: the outage itself, long enough for the send to fail on it and retry.
            Thread.sleep(5_000);
        } finally {
            TestServices.startMail();
        }
        await().atMost(120, SECONDS).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                assertThat(TestDatabase.string("SELECT state FROM newsletter_edition WHERE id = ?", edition))
                        .isEqualTo("SENT"));

        List<MimeMessage> all = new ArrayList<>(before);
        all.addAll(List.of(TestServices.mail().getReceivedMessages()));
        Map<String, List<MimeMessage>> byRecipient = group(all, edition);
        long uncertain = TestDatabase.number(
                "SELECT COUNT(*) FROM newsletter_delivery WHERE edition_id = ? AND uncertain", edition);
        long copies = byRecipient.values().stream().mapToLong(List::size).sum();
        assertThat(byRecipient.keySet().stream().filter(a -> a.endsWith("@" + DOMAIN)))
                .as("nobody missed").hasSize(2 * PER_LANGUAGE - 2);
        assertThat(copies - byRecipient.size()).as("repeats only where the ledger says uncertain")
                .isLessThanOrEqualTo(uncertain);
        assertThat(TestDatabase.number("SELECT COUNT(*) FROM newsletter_delivery WHERE edition_id = ? "
                + "AND state <> 'SENT'", edition)).isZero();
    }

    @Test
    @Order(11)
    void theLedgerCountsAgree() {
        long edition = latestEditionInContainer();
        SendCounts counts = editions.progress(edition).counts();
        assertThat(counts.sent()).isEqualTo(counts.total());
        assertThat(counts.percentDone()).isEqualTo(100);
    }

    @Test
    @Order(12)
    void aPausedSendStopsAndResumes() throws Exception {
        Actor editor = TestActors.ensure(accounts, "newsletter-editor", Role.EDITOR);
        sendNextEdition(Instant.now().plusSeconds(96L * 24 * 3600));
        long edition = latestEditionInContainer();
        awaitState(edition, EditionState.SENDING);
        editions.pause(edition, editor);
        awaitNothingInFlight(edition);
        long sentAfterPause = editions.progress(edition).counts().sent();
        inThisThread().during(3, SECONDS).atMost(4, SECONDS).untilAsserted(() -> assertThat(
                editions.progress(edition).counts().sent()).as("nothing more goes out while paused")
                .isEqualTo(sentAfterPause));
        SendCounts paused = editions.progress(edition).counts();
        assertThat(paused.queued()).isPositive();
        editions.resume(edition, editor);
        awaitState(edition, EditionState.SENT);
        assertThat(editions.progress(edition).counts().sent()).isEqualTo(paused.total());
    }

    @Test
    @Order(13)
    @RunAsClient
    void someRecipientsFailed() throws Exception {
        TestDatabase.update("""
                UPDATE newsletter_delivery d JOIN subscriber s ON s.id = d.subscriber_id
                SET d.state = 'FAILED', d.last_error = '550 5.1.1 User unknown'
                WHERE d.edition_id = ? AND s.email IN (?, ?)""", latestEdition(), "en-5@" + DOMAIN, "bn-5@" + DOMAIN);
    }

    @Test
    @Order(14)
    void failedRecipientsAreListedAndRetried() throws Exception {
        Actor editor = TestActors.ensure(accounts, "newsletter-editor", Role.EDITOR);
        long edition = latestEditionInContainer();
        Actor author = TestActors.ensure(accounts, "newsletter-author", Role.AUTHOR);
        assertThatThrownBy(() -> editions.failures(edition, author)).hasMessageContaining("notAllowed");
        assertThat(editions.failures(edition, editor)).extracting(f -> f.email() + " " + f.reason())
                .containsExactly("bn-5@" + DOMAIN + " 550 5.1.1 User unknown", "en-5@" + DOMAIN + " 550 5.1.1 User unknown");
        assertThat(editions.retryFailed(edition, editor)).isEqualTo(2);
        awaitState(edition, EditionState.SENT);
        assertThat(editions.progress(edition).counts().failed()).isZero();
    }

    @Test
    @Order(15)
    void aCancelledSendSendsNoMore() throws Exception {
        Actor editor = TestActors.ensure(accounts, "newsletter-editor", Role.EDITOR);
        sendNextEdition(Instant.now().plusSeconds(128L * 24 * 3600));
        long edition = latestEditionInContainer();
        awaitState(edition, EditionState.SENDING);
        editions.cancel(edition, editor);
        awaitNothingInFlight(edition);
        SendCounts counts = editions.progress(edition).counts();
        assertThat(editions.find(edition).getState()).isEqualTo(EditionState.CANCELLED);
        assertThat(counts.cancelled()).isPositive();
        assertThat(counts.queued() + counts.inFlight()).isZero();
    }

    /** Drafts the edition after the last one as the monthly job would, carries the first edition's items, sends. */
    private void sendNextEdition(Instant draftedAt) throws Exception {
        Actor editor = TestActors.ensure(accounts, "newsletter-editor", Role.EDITOR);
        Edition first = editionRepository.monthlyFor(YearMonth.from(EditorTime.toLocal(Instant.now())).plusMonths(1))
                .orElseThrow();
        Edition next = editions.draftNext(draftedAt, editor).orElseThrow();
        editions.setItems(next.getId(), editionRepository.itemIds(first.getId()), editor);
        editions.approve(next.getId(), Instant.now(), editor);
    }

    private long latestEditionInContainer() {
        return editionRepository.latest().orElseThrow().getId();
    }

    private long publish(ContentKind kind, Map<Language, TranslationContent> text, Actor editor) {
        long id = content.create(kind, new ItemContent(kind == ContentKind.EVENT_REPORT ? EventType.STUDY_CIRCLE : null,
                kind == ContentKind.EVENT_REPORT ? LocalDate.now() : null, null, null, null, null, null, null, null,
                null, null, List.of(), List.of(), text, null), editor);
        content.transition(id, content.load(id).getVersion(), WorkflowAction.PUBLISH, null, editor);
        return id;
    }

    private Edition awaitEdition(YearMonth month) {
        return inThisThread().alias("an edition drafted for " + month).atMost(20, SECONDS)
                .until(() -> editionRepository.monthlyFor(month), Optional::isPresent).orElseThrow();
    }

    /** Batches already claimed when a send is paused or cancelled are finished and recorded; then none are. */
    private void awaitNothingInFlight(long editionId) {
        inThisThread().atMost(30, SECONDS).untilAsserted(() -> assertThat(
                editions.progress(editionId).counts().inFlight()).as("batches in flight").isZero());
    }

    private void awaitState(long editionId, EditionState... states) {
        inThisThread().atMost(120, SECONDS).untilAsserted(() -> assertThat(editions.find(editionId).getState())
                .as("edition " + editionId).isIn(List.of(states)));
    }

    private static ConditionFactory inThisThread() {
        return ServerWaits.await().pollInterval(Duration.ofMillis(200));
    }

    private static long latestEdition() throws Exception {
        return TestDatabase.number("SELECT MAX(id) FROM newsletter_edition");
    }

    private static String status(String email) throws Exception {
        return TestDatabase.string("SELECT status FROM subscriber WHERE email = ?", email);
    }

    private static Map<String, List<MimeMessage>> messagesOf(long editionId) throws Exception {
        return group(List.of(TestServices.mail().getReceivedMessages()), editionId);
    }

    private static Map<String, List<MimeMessage>> group(List<MimeMessage> messages, long editionId) throws Exception {
        Map<String, List<MimeMessage>> byRecipient = new HashMap<>();
        for (MimeMessage message : messages) {
            String id = message.getMessageID();
            if (id != null && id.startsWith("<edition-" + editionId + ".")) {
                String to = ((jakarta.mail.internet.InternetAddress) message.getRecipients(Message.RecipientType.TO)[0])
                        .getAddress();
                byRecipient.computeIfAbsent(to, k -> new ArrayList<>()).add(message);
            }
        }
        return byRecipient;
    }

    private static String html(MimeMessage message) throws Exception {
        return TestServices.bodyPart(message, "text/html");
    }

    private static String unsubscribePath(MimeMessage message) throws Exception {
        String header = message.getHeader("List-Unsubscribe", null);
        URI uri = URI.create(header.substring(header.indexOf('<') + 1, header.indexOf('>')));
        return uri.getRawPath() + "?" + uri.getRawQuery();
    }

    private HttpResponse<String> get(HttpClient http, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(base.toURI().resolve(path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
