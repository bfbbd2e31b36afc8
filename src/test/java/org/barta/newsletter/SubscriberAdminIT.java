package org.barta.newsletter;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.awaitility.Awaitility.await;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.Writer;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.barta.accounts.AccountService;
import org.barta.accounts.Actor;
import org.barta.accounts.AuditEvent;
import org.barta.accounts.AuditLog;
import org.barta.accounts.Role;
import org.barta.content.Language;
import org.barta.newsletter.bounce.BounceKind;
import org.barta.newsletter.bounce.BounceReport;
import org.barta.newsletter.bounce.BounceReportParser;
import org.barta.newsletter.bounce.BounceService;
import org.barta.newsletter.bounce.BounceSource;
import org.barta.newsletter.bounce.HeldBounce;
import org.barta.newsletter.bounce.HeldBounceService;
import org.barta.newsletter.bounce.HoldReason;
import org.barta.newsletter.bounce.RecipientReport;
import org.barta.newsletter.bounce.ReportType;
import org.barta.platform.BusinessException;
import org.barta.platform.DataSourceConfiguration;
import org.barta.testing.Deployments;
import org.barta.testing.NewsletterMembers;
import org.barta.testing.ServerWaits;
import org.barta.testing.TestAccounts;
import org.barta.testing.TestActors;
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
 * The editors' side of the subscriber list, against the real database, mail server and executor: an import of a
 * file full of bad rows reports every row exactly and adds only the good ones; the pending ones get their
 * confirmation mail from the retry job; single adds, edits and suppressions are audited and never bring back a
 * suppressed address; 100,000 rows import through the same service the page uses; the export over HTTP has the
 * filtered rows, spreadsheet-safe; bounces from the mailbox without a VERP address that verifies are held, not
 * applied, and editors apply or dismiss each once, audited. The steps run in order and share the database.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SubscriberAdminIT {

    private static final Logger LOG = Logger.getLogger(SubscriberAdminIT.class.getName());
    private static final String DOMAIN = "@csv-it.example.org";
    private static final String BULK_DOMAIN = "@bulk-it.example.org";
    private static final int BULK_ROWS = 100_000;
    private static final String FORMULA = "=HYPERLINK(\"http://evil.example\",\"click\")";
    private static final String HTML = "<script>alert(1)</script>";
    private static final Actor AUDIT_READER = new Actor(null, "it-admin", Role.ADMIN, "127.0.0.1");

    @Deployment
    static WebArchive deployment() {
        return Deployments.applicationWithTestLibraries();
    }

    @Inject
    SubscriberImportService imports;

    @Inject
    SubscriberAdminService admin;

    @Inject
    AudienceService audiences;

    @Inject
    AccountService accounts;

    @Inject
    AuditLog audit;

    @Inject
    BounceService bounces;

    @Inject
    HeldBounceService held;

    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    DataSource dataSource;

    @Test
    @Order(1)
    void aFileFullOfBadRowsImportsOnlyTheGoodRowsAndReportsEveryOther() throws Exception {
        Actor editor = TestActors.ensure(accounts, "csv-editor", Role.EDITOR);
        seed("gone" + DOMAIN, "UNSUBSCRIBED");
        seed("bounced" + DOMAIN, "BOUNCED");
        seed("complained" + DOMAIN, "COMPLAINED");
        seed("already" + DOMAIN, "CONFIRMED");
        String csv = "\uFEFFemail,name,language\r\n"
                + "good" + DOMAIN + ",রহিমা খাতুন,bn\r\n"
                + "not-an-address,Bad,en\r\n"
                + "GOOD" + DOMAIN.toUpperCase() + ",Twice,en\r\n"
                + "gone" + DOMAIN + ",Gone,en\r\n"
                + "bounced" + DOMAIN + ",Bounced,en\r\n"
                + "\r\n"
                + "complained" + DOMAIN + ",Complained,en\r\n"
                + "columns" + DOMAIN + ",Too,many,columns\r\n"
                + "formula" + DOMAIN + ",\"" + FORMULA.replace("\"", "\"\"") + "\",en\r\n"
                + "html" + DOMAIN + "," + HTML + ",xx\r\n"
                + "already" + DOMAIN + ",Already,en\r\n"
                + ",Nobody,en\r\n"
                + "two@at@signs" + DOMAIN + ",Bad,en\r\n";

        UploadPreview preview = imports.inspect("members.csv", bytes(csv), editor);
        assertThat(preview.layout().rows()).isEqualTo(14);
        assertThat(preview.layout().preview().get(1)).containsExactly("good" + DOMAIN, "রহিমা খাতুন", "bn");
        ImportJob job = finished(imports.start(preview.token(),
                new ImportMapping(0, 1, 2, true, Language.BN, ConsentMode.HAVE_CONSENT), editor));

        assertThat(job.getState()).isEqualTo(ImportJob.State.FINISHED);
        assertThat(job.getTotalRows()).isEqualTo(13);
        assertThat(job.getRowsDone()).isEqualTo(13);
        assertThat(job.getPercent()).isEqualTo(100);
        assertThat(job.getRefused()).containsExactly(
                new ImportReportRow(3, "not-an-address", ImportOutcome.INVALID_ADDRESS),
                new ImportReportRow(4, "good" + DOMAIN, ImportOutcome.DUPLICATE_IN_FILE),
                new ImportReportRow(5, "gone" + DOMAIN, ImportOutcome.PREVIOUSLY_UNSUBSCRIBED),
                new ImportReportRow(6, "bounced" + DOMAIN, ImportOutcome.BOUNCED),
                new ImportReportRow(7, "", ImportOutcome.EMPTY_ROW),
                new ImportReportRow(8, "complained" + DOMAIN, ImportOutcome.COMPLAINED),
                new ImportReportRow(9, "columns" + DOMAIN, ImportOutcome.TOO_MANY_COLUMNS),
                new ImportReportRow(12, "already" + DOMAIN, ImportOutcome.ALREADY_SUBSCRIBED),
                new ImportReportRow(13, "", ImportOutcome.MISSING_EMAIL),
                new ImportReportRow(14, "two@at@signs" + DOMAIN, ImportOutcome.INVALID_ADDRESS));
        assertThat(job.getCounts()).containsExactly(
                Map.entry(ImportOutcome.IMPORTED, 3L), Map.entry(ImportOutcome.EMPTY_ROW, 1L),
                Map.entry(ImportOutcome.TOO_MANY_COLUMNS, 1L), Map.entry(ImportOutcome.MISSING_EMAIL, 1L),
                Map.entry(ImportOutcome.INVALID_ADDRESS, 2L), Map.entry(ImportOutcome.DUPLICATE_IN_FILE, 1L),
                Map.entry(ImportOutcome.ALREADY_SUBSCRIBED, 1L), Map.entry(ImportOutcome.PREVIOUSLY_UNSUBSCRIBED, 1L),
                Map.entry(ImportOutcome.BOUNCED, 1L), Map.entry(ImportOutcome.COMPLAINED, 1L));

        List<Subscriber> imported = admin.search(new SubscriberQuery(null, null, SubscriptionSource.IMPORT, null, null,
                DOMAIN), 0, 100, "email", true);
        assertThat(imported).extracting(Subscriber::getEmail, Subscriber::getName, Subscriber::getLanguage)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("formula" + DOMAIN, FORMULA, Language.EN),
                        org.assertj.core.groups.Tuple.tuple("good" + DOMAIN, "রহিমা খাতুন", Language.BN),
                        org.assertj.core.groups.Tuple.tuple("html" + DOMAIN, HTML, Language.BN));
        assertThat(imported).allSatisfy(s -> {
            assertThat(s.getStatus()).isEqualTo(SubscriberStatus.CONFIRMED);
            assertThat(s.getConfirmedAt()).isEqualTo(job.getStartedAt().truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
            assertThat(s.getConsent().getAt()).isEqualTo(s.getConfirmedAt());
            assertThat(s.getConsent().getNote()).isEqualTo("imported by csv-editor at " + job.getStartedAt()
                    + " from file members.csv; the editor has their consent");
        });
        assertThat(statusOf("gone" + DOMAIN)).isEqualTo("UNSUBSCRIBED");
        assertThat(statusOf("bounced" + DOMAIN)).isEqualTo("BOUNCED");
        assertThat(statusOf("complained" + DOMAIN)).isEqualTo("COMPLAINED");

        StringWriter report = new StringWriter();
        imports.writeReport(job.getId(), report, editor);
        assertThat(report.toString()).startsWith("\uFEFFrow,email,outcome\r\n3,not-an-address,INVALID_ADDRESS\r\n")
                .contains("\r\n7,,EMPTY_ROW\r\n", "\r\n6,bounced" + DOMAIN + ",BOUNCED\r\n");
        assertThat(auditOf("csv-editor")).extracting(AuditEvent::getAction)
                .contains("subscriber.import.start", "subscriber.import.finish");
    }

    @Test
    @Order(2)
    void editorsAddEditAndSuppressAndNeverBringBackASuppressedAddress() throws Exception {
        Actor editor = TestActors.ensure(accounts, "csv-editor", Role.EDITOR);
        Actor author = TestActors.ensure(accounts, "csv-author", Role.AUTHOR);
        long newsletter = audiences.newsletter().getId();

        Subscriber added = admin.add(" Ayesha" + DOMAIN + " ", "আয়েশা", Language.BN, newsletter, ConsentMode.HAVE_CONSENT, editor);
        assertThat(added.getStatus()).isEqualTo(SubscriberStatus.CONFIRMED);
        assertThat(added.getSource()).isEqualTo(SubscriptionSource.ADMIN);
        assertThat(added.getEmail()).isEqualTo("ayesha" + DOMAIN);
        assertThat(added.getConsent().getNote()).isEqualTo("added by editor csv-editor (has their consent)");
        assertThat(added.getConsent().getAt()).isNotNull();

        Subscriber pending = admin.add("pending-added" + DOMAIN, null, Language.EN, newsletter, ConsentMode.SEND_CONFIRMATION, editor);
        assertThat(pending.getStatus()).isEqualTo(SubscriberStatus.PENDING);

        assertRefused(() -> admin.add("bounced" + DOMAIN, null, Language.EN, newsletter, ConsentMode.HAVE_CONSENT, editor),
                "subscribers.suppressedAddress");
        assertRefused(() -> admin.add("gone" + DOMAIN, null, Language.EN, newsletter, ConsentMode.SEND_CONFIRMATION, editor),
                "subscribers.suppressedAddress");
        assertRefused(() -> admin.add("ayesha" + DOMAIN, null, Language.EN, newsletter, ConsentMode.HAVE_CONSENT, editor),
                "subscribers.alreadyListed");
        assertRefused(() -> admin.add("no address", null, Language.EN, newsletter, ConsentMode.HAVE_CONSENT, editor),
                "subscribers.emailInvalid");
        assertRefused(() -> admin.add("x" + DOMAIN, "n".repeat(201), Language.EN, newsletter, ConsentMode.HAVE_CONSENT, editor),
                "subscribers.nameTooLong");
        assertRefused(() -> admin.add("x" + DOMAIN, null, Language.EN, newsletter, null, editor), "subscribers.consentRequired");
        assertRefused(() -> admin.add("x" + DOMAIN, null, Language.EN, newsletter, ConsentMode.HAVE_CONSENT, author),
                "subscribers.forbidden");
        assertThat(statusOf("x" + DOMAIN)).isNull();

        admin.edit(added.getId(), "Ayesha Siddiqua", Language.EN, editor);
        admin.suppress(added.getId(), editor);
        Subscriber suppressed = admin.search(new SubscriberQuery(null, null, null, null, null, "ayesha" + DOMAIN),
                0, 1, null, true).get(0);
        assertThat(suppressed.getName()).isEqualTo("Ayesha Siddiqua");
        assertThat(suppressed.getLanguage()).isEqualTo(Language.EN);
        assertThat(suppressed.getStatus()).isEqualTo(SubscriberStatus.UNSUBSCRIBED);
        assertThat(suppressed.getUnsubscribedAt()).isNotNull();
        assertRefused(() -> admin.suppress(added.getId(), editor), "subscribers.alreadySuppressed");
        assertRefused(() -> admin.add("ayesha" + DOMAIN, null, Language.EN, newsletter, ConsentMode.HAVE_CONSENT, editor),
                "subscribers.suppressedAddress");

        UploadPreview preview = imports.inspect("confirm-these.csv", bytes(
                "ayesha" + DOMAIN + "\npending-1" + DOMAIN + "\npending-2" + DOMAIN + "\n"), editor);
        ImportJob job = finished(imports.start(preview.token(),
                new ImportMapping(0, null, null, false, Language.EN, ConsentMode.SEND_CONFIRMATION), editor));
        assertThat(job.getRefused()).containsExactly(
                new ImportReportRow(1, "ayesha" + DOMAIN, ImportOutcome.PREVIOUSLY_UNSUBSCRIBED));
        assertThat(statusOf("pending-1" + DOMAIN)).isEqualTo("PENDING");
        assertRefused(() -> imports.start(preview.token(),
                new ImportMapping(0, null, null, false, Language.EN, ConsentMode.HAVE_CONSENT), editor),
                "subscribers.import.uploadGone");

        assertThat(auditOf("csv-editor")).extracting(AuditEvent::getAction)
                .contains("subscriber.add", "subscriber.edit", "subscriber.suppress");
        // Other test classes bounce addresses in the same database too.
        assertThat(admin.countByStatus().get(SubscriberStatus.BOUNCED)).isGreaterThanOrEqualTo(1);
    }

    @Test
    @Order(3)
    @RunAsClient
    void pendingAddressesGetTheirConfirmationMailAndTheListIsForEditorsOnly(@ArquillianResource URL base)
            throws Exception {
        for (String address : List.of("pending-added" + DOMAIN, "pending-1" + DOMAIN, "pending-2" + DOMAIN)) {
            await("confirmation mail to " + address).atMost(30, SECONDS).pollInterval(Duration.ofMillis(250))
                    .until(() -> TestServices.mailsTo(address).length > 0);
            assertThat(TestServices.mailsTo(address)).as("confirmation mail to " + address).hasSize(1);
        }

        TestAccounts.ensure("csv-author-web", "Author", "AUTHOR", TestActors.PASSWORD);
        WebClient author = TestActors.signedIn(base, "csv-author-web");
        assertThat(author.get("/admin/subscribers").statusCode()).isEqualTo(403);
        assertThat(author.get("/admin/subscribers/export.csv").statusCode()).isEqualTo(403);
        assertThat(author.get("/admin/").body()).doesNotContain("navSubscribers");

        WebClient editor = TestActors.signedIn(base, "csv-editor");
        HttpResponse<String> page = editor.get("/admin/subscribers");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("navSubscribers", "Import from a CSV file", "html" + DOMAIN,
                "&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain(HTML);

        HttpResponse<String> export = editor.get("/admin/subscribers/export.csv?source=IMPORT&email="
                + DOMAIN.substring(1));
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        String[] lines = export.body().split("\r\n");
        assertThat(lines[0]).isEqualTo("\uFEFFemail,name,language,status,source,created_at,confirmed_at,"
                + "unsubscribed_at,consent_at,consent_text_version,organisation,beat,district,country,tags");
        assertThat(Arrays.stream(lines).skip(1).map(l -> l.split(",")[0])).containsExactlyInAnyOrder(
                "good" + DOMAIN, "formula" + DOMAIN, "html" + DOMAIN, "pending-1" + DOMAIN, "pending-2" + DOMAIN);
        assertThat(export.body()).contains("good" + DOMAIN + ",রহিমা খাতুন,bn,CONFIRMED,IMPORT,")
                .contains("formula" + DOMAIN + ",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\",en,CONFIRMED")
                .contains("html" + DOMAIN + "," + HTML + ",bn,CONFIRMED")
                .contains("pending-1" + DOMAIN + ",,en,PENDING,IMPORT,");
    }

    @Test
    @Order(4)
    void aHundredThousandRowsImportInTheBackgroundThroughTheServiceThePageUses() throws Exception {
        Actor editor = TestActors.ensure(accounts, "csv-editor", Role.EDITOR);
        Path file = Files.createTempFile("bulk-", ".csv");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("email,name,language\n");
            for (int i = 1; i <= BULK_ROWS; i++) {
                out.write("person-" + i + BULK_DOMAIN + ",সদস্য " + i + "," + (i % 2 == 0 ? "bn" : "en") + "\n");
            }
        }
        long started = System.nanoTime();
        UploadPreview preview;
        try (InputStream in = Files.newInputStream(file)) {
            preview = imports.inspect("bulk.csv", in, editor);
        }
        long inspected = System.nanoTime();
        ImportJob job = imports.start(preview.token(),
                new ImportMapping(0, 1, 2, true, Language.EN, ConsentMode.HAVE_CONSENT), editor);
        long returned = System.nanoTime();
        // Progress between 0 and 100 seen after start returned shows the import runs in the background.
        List<Integer> seen = new ArrayList<>();
        ServerWaits.await().atMost(300, SECONDS).pollInterval(Duration.ofMillis(200)).until(() -> {
            seen.add(imports.job(job.getId()).getPercent());
            return !job.isRunning();
        });
        long done = System.nanoTime();
        LOG.info(() -> String.format("Import of %,d rows: upload check %d ms, import %d ms", BULK_ROWS,
                (inspected - started) / 1_000_000, (done - returned) / 1_000_000));
        Files.delete(file);

        assertThat(job.getState()).isEqualTo(ImportJob.State.FINISHED);
        assertThat(job.getPercent()).isEqualTo(100);
        assertThat(job.getRowsDone()).isEqualTo(BULK_ROWS).isEqualTo(job.getTotalRows());
        assertThat(job.count(ImportOutcome.IMPORTED)).isEqualTo(BULK_ROWS);
        assertThat(job.getRefused()).isEmpty();
        assertThat(seen).as("progress seen while it ran").anyMatch(p -> p > 0 && p < 100);
        assertThat(admin.count(new SubscriberQuery(SubscriberStatus.CONFIRMED, null, SubscriptionSource.IMPORT, null,
                null, BULK_DOMAIN))).isEqualTo(BULK_ROWS);
        assertThat(admin.count(new SubscriberQuery(null, Language.BN, null, null, null, BULK_DOMAIN)))
                .isEqualTo(BULK_ROWS / 2);
    }

    @Test
    @Order(5)
    @RunAsClient
    void theExportStreamsEveryRowOfALargeList(@ArquillianResource URL base) throws Exception {
        WebClient editor = TestActors.signedIn(base, "csv-editor");
        HttpResponse<String> export = editor.get("/admin/subscribers/export.csv?status=CONFIRMED&email="
                + BULK_DOMAIN.substring(1));

        assertThat(export.statusCode()).isEqualTo(200);
        String[] lines = export.body().split("\r\n");
        assertThat(lines).hasSize(BULK_ROWS + 1);
        assertThat(lines[1]).startsWith("person-1" + BULK_DOMAIN + ",সদস্য 1,en,CONFIRMED,IMPORT,");
        assertThat(lines[BULK_ROWS]).startsWith("person-" + BULK_ROWS + BULK_DOMAIN + ",");

        // Other test classes share this database; a hundred thousand confirmed addresses are not theirs.
        try (Connection db = DriverManager.getConnection(TestServices.jdbcUrl(), "barta", "barta");
             PreparedStatement delete = db.prepareStatement("delete from subscriber where email like ?")) {
            delete.setString(1, "%" + BULK_DOMAIN);
            assertThat(delete.executeUpdate()).isEqualTo(BULK_ROWS);
        }
    }

    @Test
    @Order(6)
    @RunAsClient
    void anEditorImportsASmallFileFromThePage(@ArquillianResource URL base) throws Exception {
        Path file = Files.createTempDirectory("barta-csv-").resolve("volunteers.csv");
        Files.writeString(file, "\uFEFFName;E-mail;Language;সংস্থা;দেশ\n"
                + "শফিক রহমান;browser-1" + DOMAIN + ";বাংলা;নেত্র নিউজ;বাংলাদেশ\n"
                + "Nadia;browser-2" + DOMAIN + ";en;;\nNo address;not-an-address;en;;\n"
                + "Atlantis;browser-3" + DOMAIN + ";en;;Atlantis\n", StandardCharsets.UTF_8);
        String report = new SubscriberImportJourney(base).importFile(file);

        assertThat(report).contains("4 of 4 rows done", "imported 2", "invalid address 1", "not-an-address",
                "unknown country (give a code such as BD, or the name) 1", "browser-3" + DOMAIN);
        assertThat(statusAndLanguageOverJdbc("browser-1" + DOMAIN)).isEqualTo("CONFIRMED bn");
        assertThat(overJdbc("concat(organisation, ' ', country)", "browser-1" + DOMAIN))
                .as("the Bangla headers were recognised").isEqualTo("নেত্র নিউজ BD");
    }

    @Test
    @Order(7)
    void aMailboxReportWithoutVerpIsHeldButTheEndpointStillActs() throws Exception {
        long mailbox = subscriberId("held-mailbox@held-it.example.org");
        long endpoint = subscriberId("held-endpoint@held-it.example.org");

        assertThat(bounces.apply(hardBounce("held-mailbox@held-it.example.org", "<m1@held-it>"), BounceSource.MAILBOX))
                .isEqualTo(1);
        assertThat(bounces.apply(hardBounce("held-mailbox@held-it.example.org", "<m1@held-it>"), BounceSource.MAILBOX))
                .as("read twice, held once").isZero();
        bounces.apply(complaint("held-endpoint@held-it.example.org", "<e1@held-it>"), BounceSource.ENDPOINT);

        assertThat(statusById(mailbox)).isEqualTo("CONFIRMED");
        assertThat(countFor("select count(*) from bounce_event where subscriber_id = ?", mailbox)).isZero();
        assertThat(statusById(endpoint)).isEqualTo("COMPLAINED");
        assertThat(countFor("select count(*) from held_bounce where subscriber_id = ?", endpoint)).isZero();
    }

    @Test
    @Order(8)
    void editorsApplyOrDismissAHeldReportOnceAndAuthorsMayNot() throws Exception {
        Actor editor = TestActors.ensure(accounts, "held-editor", Role.EDITOR);
        Actor author = TestActors.ensure(accounts, "held-author", Role.AUTHOR);
        long applied = subscriberId("held-apply@held-it.example.org");
        long dismissed = subscriberId("held-dismiss@held-it.example.org");
        bounces.apply(hardBounce("held-apply@held-it.example.org", "<a1@held-it>"), BounceSource.MAILBOX);
        bounces.apply(hardBounce("held-dismiss@held-it.example.org", "<d1@held-it>"), BounceSource.MAILBOX);
        HeldBounce toApply = listed(editor, applied);
        HeldBounce toDismiss = listed(editor, dismissed);
        assertThat(toApply.email()).isEqualTo("held-apply@held-it.example.org");
        assertThat(toApply.kind()).isEqualTo(BounceKind.HARD);
        assertThat(toApply.statusCode()).isEqualTo("5.1.1");
        assertThat(toApply.reason()).isEqualTo(HoldReason.NO_VERP);
        assertThat(toApply.diagnostic()).contains("User unknown").doesNotContain("held-apply@");

        assertThatThrownBy(() -> held.undecided(author)).isInstanceOf(BusinessException.class)
                .hasMessageContaining("bounces.held.forbidden");
        assertThatThrownBy(() -> held.apply(toApply.id(), author)).isInstanceOf(BusinessException.class)
                .hasMessageContaining("bounces.held.forbidden");
        assertThatThrownBy(() -> held.dismiss(toDismiss.id(), author)).isInstanceOf(BusinessException.class)
                .hasMessageContaining("bounces.held.forbidden");
        assertThat(statusById(applied)).isEqualTo("CONFIRMED");

        held.apply(toApply.id(), editor);
        held.dismiss(toDismiss.id(), editor);

        assertThat(statusById(applied)).isEqualTo("BOUNCED");
        assertThat(countFor("select count(*) from bounce_event where subscriber_id = ? and kind = 'HARD'", applied))
                .isEqualTo(1);
        assertThat(statusById(dismissed)).isEqualTo("CONFIRMED");
        assertThat(countFor("select count(*) from bounce_event where subscriber_id = ?", dismissed)).isZero();
        assertThat(held.undecided(editor)).extracting(HeldBounce::id).doesNotContain(toApply.id(), toDismiss.id());
        assertThatThrownBy(() -> held.apply(toDismiss.id(), editor)).isInstanceOf(BusinessException.class)
                .hasMessageContaining("bounces.held.gone");
        assertThatThrownBy(() -> held.dismiss(toApply.id(), editor)).isInstanceOf(BusinessException.class)
                .hasMessageContaining("bounces.held.gone");
        bounces.apply(hardBounce("held-dismiss@held-it.example.org", "<d1@held-it>"), BounceSource.MAILBOX);
        assertThat(held.undecided(editor)).as("a dismissed report read again stays dismissed")
                .extracting(HeldBounce::subscriberId).doesNotContain(dismissed);
        assertThat(audit.find(new AuditLog.Filter("held-editor", "bounce.", null, null), AUDIT_READER, 0, 10))
                .extracting(AuditEvent::getAction, AuditEvent::getTargetId)
                .containsExactlyInAnyOrder(tuple("bounce.apply", applied),
                        tuple("bounce.dismiss", dismissed));
    }

    private HeldBounce listed(Actor editor, long subscriberId) {
        return held.undecided(editor).stream().filter(h -> h.subscriberId() == subscriberId).findFirst()
                .orElseThrow(() -> new AssertionError("nothing held for " + subscriberId));
    }

    /** A DSN as anyone could write it: addressed to the plain bounce address, naming the victim inside. */
    private static BounceReport hardBounce(String email, String messageId) {
        return new BounceReport(BounceReportParser.keyOfMessageId(messageId), messageId, ReportType.DELIVERY_STATUS,
                List.of("bounces@barta.test"), List.of(),
                List.of(new RecipientReport(BounceKind.HARD, "5.1.1",
                        "smtp; 550 5.1.1 <" + email + ">: User unknown", List.of(email))));
    }

    private static BounceReport complaint(String email, String messageId) {
        return new BounceReport(BounceReportParser.keyOfMessageId(messageId), messageId, ReportType.FEEDBACK,
                List.of("newsletter@barta.test"), List.of(),
                List.of(new RecipientReport(BounceKind.COMPLAINT, "abuse", "ExampleFBL/2.0", List.of(email))));
    }

    private long subscriberId(String email) throws Exception {
        try (Connection db = dataSource.getConnection();
             PreparedStatement insert = db.prepareStatement("""
                     insert into subscriber (email, language, status, source, link_nonce, created_at, confirmed_at,
                                             consent_at, version)
                     values (?, 'en', 'CONFIRMED', 'FORM', 'heldheldheldheldheldhe', now(3), now(3), now(3), 0)""",
                     Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, email);
            insert.executeUpdate();
            NewsletterMembers.join(db, email);
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private String statusById(long subscriberId) throws Exception {
        List<String> rows = rowsFor("select status from subscriber where id = ?", subscriberId);
        return rows.isEmpty() ? null : rows.get(0);
    }

    private long countFor(String sql, long subscriberId) throws Exception {
        return Long.parseLong(rowsFor(sql, subscriberId).get(0));
    }

    private List<String> rowsFor(String sql, long parameter) throws Exception {
        try (Connection db = dataSource.getConnection(); PreparedStatement query = db.prepareStatement(sql)) {
            query.setLong(1, parameter);
            List<String> rows = new ArrayList<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    rows.add(rs.getString(1));
                }
            }
            return rows;
        }
    }

    private static String statusAndLanguageOverJdbc(String email) throws Exception {
        return overJdbc("concat(status, ' ', language)", email);
    }

    /** A value of the subscriber's row, read from the test's side (this method runs as a client). */
    private static String overJdbc(String expression, String email) throws Exception {
        try (Connection db = DriverManager.getConnection(TestServices.jdbcUrl(), "barta", "barta");
             PreparedStatement select = db.prepareStatement(
                     "select " + expression + " from subscriber where email = ?")) {
            select.setString(1, email);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private ImportJob finished(ImportJob job) {
        ServerWaits.await().atMost(30, SECONDS).pollInterval(Duration.ofMillis(100))
                .until(() -> !job.isRunning());
        return job;
    }

    private void seed(String email, String status) throws Exception {
        try (Connection db = dataSource.getConnection();
             PreparedStatement insert = db.prepareStatement("""
                     insert into subscriber (email, language, status, source, link_nonce, created_at)
                     values (?, 'en', ?, 'FORM', 'seededseededseededseed', now(3))""")) {
            insert.setString(1, email);
            insert.setString(2, status);
            insert.executeUpdate();
            NewsletterMembers.join(db, email);
        }
    }

    private String statusOf(String email) throws Exception {
        try (Connection db = dataSource.getConnection();
             PreparedStatement select = db.prepareStatement("select status from subscriber where email = ?")) {
            select.setString(1, email);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private List<AuditEvent> auditOf(String actor) {
        return audit.find(new AuditLog.Filter(actor, "subscriber.", null, null), AUDIT_READER, 0, 100);
    }

    private static InputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOf(BusinessException.class)
                .satisfies(e -> assertThat(((BusinessException) e).messageKey()).isEqualTo(key));
    }

}
