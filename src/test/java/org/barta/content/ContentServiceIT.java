package org.barta.content;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.barta.accounts.AccountService;
import org.barta.accounts.Actor;
import org.barta.accounts.AuditEvent;
import org.barta.accounts.AuditLog;
import org.barta.accounts.Role;
import org.barta.platform.BusinessException;
import org.barta.testing.ServerWaits;
import org.barta.testing.Deployments;
import org.barta.testing.TestActors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The editorial services inside the server, against the real database and the clustered Quartz store. */
@ExtendWith(ArquillianExtension.class)
class ContentServiceIT {

    private static final Actor AUDIT_READER = new Actor(null, "it-admin", Role.ADMIN, "127.0.0.1");

    @Deployment
    static WebArchive deployment() {
        return Deployments.applicationWithTestLibraries();
    }

    @Inject
    ContentService content;

    @Inject
    AccountService accounts;

    @Inject
    AuditLog audit;

    private Actor author;
    private Actor editor;

    @BeforeEach
    void accounts() {
        author = TestActors.ensure(accounts, "rina-author", Role.AUTHOR);
        editor = TestActors.ensure(accounts, "kamal-editor", Role.EDITOR);
    }

    @Test
    void anAuthorWritesInBanglaAnEditorTranslatesAndPublishes() {
        long id = content.create(ContentKind.PRESS_STATEMENT, text(Language.BN, "শিশু অধিকার রক্ষায় জরুরি পদক্ষেপ চাই",
                "<p>আসক উদ্বেগ প্রকাশ করছে।</p><script>alert(1)</script>"), author);
        ContentItem created = content.load(id);
        assertThat(created.translation(Language.BN).orElseThrow().getSlug()).isEqualTo("শিশু-অধিকার-রক্ষায়-জরুরি-পদক্ষেপ-চাই");
        assertThat(created.translation(Language.BN).orElseThrow().getBody()).isEqualTo("<p>আসক উদ্বেগ প্রকাশ করছে।</p>");

        content.transition(id, created.getVersion(), WorkflowAction.SUBMIT, null, author);
        ContentItem submitted = content.load(id);
        assertThat(submitted.getState()).isEqualTo(ContentState.IN_REVIEW);

        ItemContent translated = submitted.content().withTranslations(Map.of(
                Language.BN, submitted.content().translations().get(Language.BN),
                Language.EN, new TranslationContent("Urgent action needed to protect child rights", null, null,
                        "<p>ASK is concerned.</p>", null)));
        content.save(id, submitted.getVersion(), translated, editor);
        ContentItem reviewed = content.load(id);
        content.transition(id, reviewed.getVersion(), WorkflowAction.PUBLISH, null, editor);

        ContentItem published = content.load(id);
        assertThat(published.getState()).isEqualTo(ContentState.PUBLISHED);
        assertThat(published.getPublishedAt()).isNotNull();
        assertThat(published.translation(Language.EN).orElseThrow().getSlug())
                .isEqualTo("urgent-action-needed-to-protect-child-rights");
        assertThat(content.revisions(id, editor)).extracting(ContentRevision::getAction)
                .containsExactly("PUBLISH", "SAVE", "SUBMIT", "CREATE");
        assertThat(auditOf("kamal-editor")).extracting(AuditEvent::getAction).contains("content.save", "content.publish");
    }

    @Test
    void authorsCannotPublishAndTheServiceSaysWhy() {
        long id = content.create(ContentKind.EDITORIAL, text(Language.EN, "An author's editorial", "<p>Text</p>"),
                author);

        assertThatThrownBy(() -> content.transition(id, content.load(id).getVersion(), WorkflowAction.PUBLISH, null,
                author)).isInstanceOf(BusinessException.class).hasMessageContaining("workflow.roleRefused");
        assertThat(content.load(id).getState()).isEqualTo(ContentState.DRAFT);
    }

    @Test
    void aScheduledItemIsPublishedByQuartzAtItsTime() {
        long id = content.create(ContentKind.PRESS_STATEMENT, text(Language.EN, "Scheduled statement", "<p>Soon</p>"),
                editor);
        content.transition(id, content.load(id).getVersion(), WorkflowAction.SCHEDULE,
                Instant.now().plusSeconds(2), editor);
        assertThat(content.load(id).getState()).isEqualTo(ContentState.SCHEDULED);

        // Polled on the test's own thread, the one the server runs this test on, so the service is called as usual.
        ServerWaits.await().atMost(30, SECONDS).pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> assertThat(content.load(id).getState()).isEqualTo(ContentState.PUBLISHED));
        assertThat(content.revisions(id, editor).get(0).getCreatedBy()).isEqualTo("scheduler");
    }

    @Test
    void archivingAndUnpublishing() {
        long id = content.create(ContentKind.EVENT_REPORT, new ItemContent(EventType.DAY_OBSERVATION,
                LocalDate.of(2026, 12, 10), "Shahbag", "Dhaka", null, null, null, null, null, null, null, List.of(),
                List.of(), Map.of(Language.EN, new TranslationContent("Human Rights Day", null, null, "<p>Rally</p>",
                null)), null), editor);
        content.transition(id, content.load(id).getVersion(), WorkflowAction.PUBLISH, null, editor);
        content.transition(id, content.load(id).getVersion(), WorkflowAction.ARCHIVE, null, editor);
        assertThat(content.load(id).getState()).isEqualTo(ContentState.ARCHIVED);
        assertThatThrownBy(() -> content.save(id, content.load(id).getVersion(),
                text(Language.EN, "Changed", "<p>x</p>"), editor)).hasMessageContaining("workflow.archivedReadOnly");

        content.transition(id, content.load(id).getVersion(), WorkflowAction.UNPUBLISH, null, editor);
        assertThat(content.load(id).getState()).isEqualTo(ContentState.DRAFT);
    }

    @Test
    void theSecondOfTwoEditorsSavingTheSameVersionIsTold() {
        long id = content.create(ContentKind.PRESS_STATEMENT, text(Language.EN, "Two editors", "<p>Original</p>"),
                editor);
        int openedVersion = content.load(id).getVersion();

        Actor secondEditor = TestActors.ensure(accounts, "nasima-editor", Role.EDITOR);
        content.save(id, openedVersion, text(Language.EN, "Two editors", "<p>First editor's words</p>"), editor);
        assertThatThrownBy(() -> content.save(id, openedVersion,
                text(Language.EN, "Two editors", "<p>Second editor's words</p>"), secondEditor))
                .isInstanceOf(BusinessException.class).hasMessageContaining("content.changedByOther");

        assertThat(content.load(id).translation(Language.EN).orElseThrow().getBody())
                .contains("First editor").doesNotContain("Second editor");
    }

    @Test
    void revisionsCanBeComparedAndRestored() {
        long id = content.create(ContentKind.EDITORIAL, text(Language.EN, "Village arbitration", "<p>First draft</p>"),
                editor);
        content.save(id, content.load(id).getVersion(),
                text(Language.EN, "Village arbitration and the law", "<p>Second draft</p>"), editor);

        List<FieldChange> changes = content.compare(id, 1, 2, editor);
        assertThat(changes).extracting(FieldChange::field).contains("title", "slug", "body");

        content.restore(id, content.load(id).getVersion(), 1, editor);
        ContentItem restored = content.load(id);
        assertThat(restored.translation(Language.EN).orElseThrow().getTitle()).isEqualTo("Village arbitration");
        assertThat(restored.translation(Language.EN).orElseThrow().getBody()).isEqualTo("<p>First draft</p>");
        assertThat(content.revisions(id, editor).get(0).getAction()).isEqualTo("RESTORE 1");
    }

    @Test
    void aStatementCarriesItsPressContactWhichIsCheckedAndKeptInItsRevisions() {
        ItemContent written = text(Language.EN, "Statement with a contact", "<p>Text</p>");
        long id = content.create(ContentKind.PRESS_STATEMENT, withContact(written, new PressContact(
                "  Nina Goswami ", "+880 2 4811 1111", " Media@Example.ORG ")), editor);
        assertThat(content.load(id).getContact()).as("trimmed, the address in lower case")
                .isEqualTo(new PressContact("Nina Goswami", "+880 2 4811 1111", "media@example.org"));

        for (PressContact refused : List.of(new PressContact(null, "call us", null),
                new PressContact(null, null, "Nina <media@example.org>"), new PressContact(null, null, "media@localhost"),
                new PressContact("N".repeat(PressContact.MAX_NAME + 1), null, null))) {
            assertThatThrownBy(() -> content.save(id, content.load(id).getVersion(), withContact(written, refused),
                    editor)).as(refused.toString()).isInstanceOf(ContentRefused.class);
        }
        content.save(id, content.load(id).getVersion(), withContact(written, new PressContact("নীনা গোস্বামী",
                "০১৭১১ ১২৩৪৫৬", null)), editor);
        assertThat(content.load(id).getContact().email()).isNull();
        assertThat(content.compare(id, 1, 2, editor)).extracting(FieldChange::field)
                .containsExactly("contactName", "contactPhone", "contactEmail");
        content.restore(id, content.load(id).getVersion(), 1, editor);
        assertThat(content.load(id).getContact().email()).isEqualTo("media@example.org");
    }

    private static ItemContent withContact(ItemContent text, PressContact contact) {
        return new ItemContent(null, null, null, null, null, null, null, null, null, null, null, List.of(), List.of(),
                text.translations(), contact);
    }

    @Test
    void sameTitlesGetDistinctSlugs() {
        long first = content.create(ContentKind.PRESS_STATEMENT, text(Language.EN, "Statement on floods", ""), editor);
        long second = content.create(ContentKind.PRESS_STATEMENT, text(Language.EN, "Statement on floods", ""), editor);

        assertThat(content.load(first).translation(Language.EN).orElseThrow().getSlug()).startsWith("statement-on-floods");
        assertThat(content.load(second).translation(Language.EN).orElseThrow().getSlug())
                .isNotEqualTo(content.load(first).translation(Language.EN).orElseThrow().getSlug());
    }

    @Test
    void onlyAdministratorsReadTheAuditLog() {
        AuditLog.Filter any = new AuditLog.Filter(null, null, null, null);
        for (Actor reader : List.of(author, editor)) {
            assertThatThrownBy(() -> audit.find(any, reader, 0, 10)).hasMessageContaining("audit.forbidden");
            assertThatThrownBy(() -> audit.count(any, reader)).hasMessageContaining("audit.forbidden");
        }
        assertThat(audit.count(any, AUDIT_READER)).isPositive();
    }

    private static ItemContent text(Language language, String title, String body) {
        return ItemContent.text(Map.of(language, new TranslationContent(title, null, null, body, null)));
    }

    private List<AuditEvent> auditOf(String username) {
        return audit.find(new AuditLog.Filter(username, "content.", null, null), AUDIT_READER, 0, 100);
    }
}
