package org.barta.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.barta.content.ContentKind;
import org.barta.content.EventType;
import org.barta.content.Language;
import org.barta.media.ImageVariant;
import org.junit.jupiter.api.Test;

class PublishedItemRowTest {

    private static final LocalDateTime PUBLISHED = LocalDateTime.of(2026, 12, 1, 4, 30);

    @Test
    void aPlainItemHasNoFactsFilesTagsOrOtherLanguage() {
        Object[] row = row();

        PublishedItem item = PublishedItemRow.read(row, List.of(), List.of(), Language.EN, ContentKind.PRESS_STATEMENT,
                "a-statement");

        assertThat(item.id()).isEqualTo(42);
        assertThat(item.slug()).isEqualTo("a-statement");
        assertThat(item.publishedAt()).isEqualTo(Instant.parse("2026-12-01T04:30:00Z"));
        assertThat(item.title()).isEqualTo("Title");
        assertThat(item.event()).isNull();
        assertThat(item.network()).isNull();
        assertThat(item.featuredImage()).isNull();
        assertThat(item.contact().isEmpty()).isTrue();
        assertThat(item.tags()).isEmpty();
        assertThat(item.attachments()).isEmpty();
        assertThat(item.otherLanguageSlug()).isNull();
    }

    @Test
    void theReportFileComesFirstAndOnceThenTheAttachmentsInTheirOrder() {
        Object[] row = row();
        row[18] = 5L;
        row[19] = "cover-key";
        row[20] = "cover.png";
        row[21] = "image/png";
        row[22] = 2048L;
        row[23] = 1200;
        row[24] = 7L;
        row[25] = "report-key";
        row[26] = "report.pdf";
        row[27] = "application/pdf";
        row[28] = 50_000L;
        row[31] = 3L;
        List<Object[]> attachments = List.of(
                new Object[] {8L, "notes-key", "notes.pdf", "application/pdf", 100L, null},
                new Object[] {9L, "map-key", "map.png", "image/png", 900L, 300},
                new Object[] {7L, "report-key", "report.pdf", "application/pdf", 50_000L, null});

        assertThat(PublishedItemRow.hasAttachments(row)).isTrue();
        assertThat(PublishedItemRow.hasTags(row)).isFalse();
        PublishedItem item = PublishedItemRow.read(row, List.of(), attachments, Language.EN, ContentKind.REPORT,
                "report");

        assertThat(item.attachments()).extracting(PublishedItem.File::originalName)
                .containsExactly("report.pdf", "notes.pdf", "map.png");
        assertThat(item.attachments().get(2).width()).isEqualTo(300);
        assertThat(item.attachments().get(0).url(null)).isEqualTo("/media/report-key");
        assertThat(item.featuredImage().url(ImageVariant.MEDIUM)).isEqualTo("/media/cover-key/medium");
        assertThat(item.featuredImage().width()).isEqualTo(1200);
    }

    @Test
    void tagsAreInTheOrderOfTheirLabelsInThePagesLanguage() {
        Object[] row = row();
        row[30] = 3L;
        List<Object[]> tags = List.of(new Object[] {1L, "women", "Women", "নারী"},
                new Object[] {2L, "annual-reports", "annual reports", null},
                new Object[] {3L, "child-rights", "Child rights", "শিশু অধিকার"});

        assertThat(PublishedItemRow.hasTags(row)).isTrue();
        assertThat(PublishedItemRow.read(row, tags, List.of(), Language.EN, ContentKind.REPORT, "r").tags())
                .extracting(tag -> tag.label(Language.EN)).containsExactly("annual reports", "Child rights", "Women");
        PublishedItem bangla = PublishedItemRow.read(row, tags, List.of(), Language.BN, ContentKind.REPORT, "r");
        assertThat(bangla.tags()).extracting(tag -> tag.label(Language.BN))
                .containsExactly("annual reports", "নারী", "শিশু অধিকার");
        assertThat(bangla.tagIds()).containsExactlyInAnyOrder(1L, 2L, 3L);
    }

    @Test
    void eventAndNetworkFactsAreThereWhenAnyOfThemIs() {
        Object[] row = row();
        row[2] = "JOURNALIST_WORKSHOP";
        row[3] = java.sql.Date.valueOf(LocalDate.of(2026, 11, 20));
        row[5] = "Kushtia";
        row[9] = (short) 2004;
        row[10] = "Nina Goswami";
        row[17] = "অন্য-ভাষা";

        PublishedItem item = PublishedItemRow.read(row, List.of(), List.of(), Language.EN, ContentKind.EVENT_REPORT,
                "workshop");

        assertThat(item.event()).isEqualTo(new PublishedItem.Event(EventType.JOURNALIST_WORKSHOP,
                LocalDate.of(2026, 11, 20), null, "Kushtia"));
        assertThat(item.network()).isEqualTo(new PublishedItem.Network(null, null, null, 2004));
        assertThat(item.contact().name()).isEqualTo("Nina Goswami");
        assertThat(item.contact().isEmpty()).isFalse();
        assertThat(item.otherLanguageSlug()).isEqualTo("অন্য-ভাষা");
    }

    private static Object[] row() {
        Object[] row = new Object[32];
        row[0] = 42L;
        row[1] = PUBLISHED;
        row[13] = "Title";
        row[15] = "<p>Body</p>";
        row[30] = 0L;
        row[31] = 0L;
        return row;
    }
}
