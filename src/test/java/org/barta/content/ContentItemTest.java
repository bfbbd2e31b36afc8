package org.barta.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.barta.platform.BusinessException;
import org.junit.jupiter.api.Test;

/** Items, revisions and restore, without a database. */
class ContentItemTest {

    private static final TranslationContent ENGLISH = new TranslationContent("Workshop for journalists",
            "workshop-for-journalists", "Twenty-five reporters", "<p>Reporting child domestic work.</p>", "Photo");
    private static final TranslationContent BANGLA = new TranslationContent("সাংবাদিকদের কর্মশালা",
            "সাংবাদিকদের-কর্মশালা", "পঁচিশজন সাংবাদিক", "<p>শিশু গৃহকর্মী বিষয়ে প্রতিবেদন।</p>", "ছবি");

    private static ItemContent event(Map<Language, TranslationContent> text) {
        return new ItemContent(EventType.JOURNALIST_WORKSHOP, LocalDate.of(2026, 11, 16), "Press club", "Kushtia",
                null, null, null, null, null, null, null, List.of(), List.of(), text, null);
    }

    @Test
    void anItemGivesBackExactlyTheContentItWasGiven() {
        ContentItem item = new ContentItem(ContentKind.EVENT_REPORT);
        ItemContent content = event(Map.of(Language.EN, ENGLISH, Language.BN, BANGLA));

        item.apply(content, Set.of(), null);

        assertThat(item.content()).isEqualTo(content);
        assertThat(item.getEvent().getDistrict()).isEqualTo("Kushtia");
    }

    @Test
    void fieldsOfOtherKindsAreIgnored() {
        ContentItem statement = new ContentItem(ContentKind.PRESS_STATEMENT);

        statement.apply(event(Map.of(Language.EN, ENGLISH)), Set.of(), null);

        assertThat(statement.getEvent()).isNull();
        assertThat(statement.content().eventType()).isNull();
    }

    @Test
    void restoringARevisionPutsEveryFieldBackIncludingARemovedTranslation() {
        ContentItem item = new ContentItem(ContentKind.EVENT_REPORT);
        ItemContent first = event(Map.of(Language.EN, ENGLISH, Language.BN, BANGLA));
        item.apply(first, Set.of(), null);
        String stored = RevisionJson.write(item.content());

        ItemContent second = new ItemContent(EventType.STUDY_CIRCLE, LocalDate.of(2026, 12, 1), "Centre", "Gaibandha",
                null, null, null, null, null, null, null, List.of(), List.of(),
                Map.of(Language.EN, new TranslationContent("Study circle", "study-circle", null, "<p>New</p>", null)), null);
        item.apply(second, Set.of(), null);
        assertThat(item.translation(Language.BN)).isEmpty();

        item.apply(RevisionJson.read(stored), Set.of(), null);
        assertThat(item.content()).isEqualTo(first);
        assertThat(item.translation(Language.BN)).map(ContentTranslation::getTitle).hasValue("সাংবাদিকদের কর্মশালা");
    }

    @Test
    void revisionJsonKeepsBanglaDatesAndLanguagesExactly() {
        ItemContent content = event(Map.of(Language.BN, BANGLA));

        assertThat(RevisionJson.read(RevisionJson.write(content))).isEqualTo(content);
    }

    @Test
    void theDiffNamesChangedFieldsAndMarksChangedWords() {
        ItemContent before = event(Map.of(Language.EN, ENGLISH));
        ItemContent after = event(Map.of(Language.EN, new TranslationContent("Workshop for <b>reporters</b>",
                "workshop-for-journalists", "Twenty-five reporters", ENGLISH.body(), "Photo"),
                Language.BN, BANGLA));

        List<FieldChange> changes = RevisionDiff.between(before, after);

        assertThat(RevisionDiff.summary(changes)).startsWith("title (en)").contains("title (bn)", "body (bn)");
        FieldChange title = changes.get(0);
        assertThat(title.inlineHtml()).contains("<del>journalists</del>").contains("<ins>&lt;b&gt;reporters&lt;/b&gt;</ins>");
        assertThat(RevisionDiff.between(before, before)).isEmpty();
    }

    @Test
    void publishingNeedsTextAndTheKindsKeyFacts() {
        ContentItem empty = new ContentItem(ContentKind.PRESS_STATEMENT);
        assertThatThrownBy(() -> empty.transition(WorkflowAction.PUBLISH, Instant.now(), null, null))
                .isInstanceOf(BusinessException.class).hasMessageContaining("content.publish.noText");

        ContentItem event = new ContentItem(ContentKind.EVENT_REPORT);
        event.apply(ItemContent.text(Map.of(Language.EN, ENGLISH)), Set.of(), null);
        assertThatThrownBy(() -> event.transition(WorkflowAction.PUBLISH, Instant.now(), null, null))
                .hasMessageContaining("content.publish.eventDetails");

        ContentItem report = new ContentItem(ContentKind.REPORT);
        report.apply(ItemContent.text(Map.of(Language.EN, ENGLISH)), Set.of(), null);
        assertThatThrownBy(() -> report.transition(WorkflowAction.PUBLISH, Instant.now(), null, null))
                .hasMessageContaining("content.publish.reportDate");
    }

    @Test
    void schedulingNeedsAFutureTimeAndPublishingKeepsTheFirstPublicationDate() {
        Instant now = Instant.parse("2026-11-24T04:00:00Z");
        ContentItem item = new ContentItem(ContentKind.PRESS_STATEMENT);
        item.apply(ItemContent.text(Map.of(Language.EN, ENGLISH)), Set.of(), null);

        assertThatThrownBy(() -> item.transition(WorkflowAction.SCHEDULE, now, now.minusSeconds(60), null))
                .hasMessageContaining("workflow.scheduleInPast");
        item.transition(WorkflowAction.SCHEDULE, now, now.plus(Duration.ofHours(2)), null);
        assertThat(item.getState()).isEqualTo(ContentState.SCHEDULED);
        assertThat(item.getScheduledFor()).isEqualTo(now.plus(Duration.ofHours(2)));

        item.transition(WorkflowAction.PUBLISH, now, null, null);
        assertThat(item.getPublishedAt()).isEqualTo(now);
        assertThat(item.getScheduledFor()).isNull();
        item.transition(WorkflowAction.UNPUBLISH, now.plusSeconds(10), null, null);
        item.transition(WorkflowAction.PUBLISH, now.plusSeconds(20), null, null);
        assertThat(item.getPublishedAt()).as("first publication date kept").isEqualTo(now);
    }
}
