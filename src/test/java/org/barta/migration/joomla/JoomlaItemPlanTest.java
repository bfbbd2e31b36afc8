package org.barta.migration.joomla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.barta.content.ContentKind;
import org.barta.content.ContentState;
import org.barta.content.Language;
import org.barta.migration.ImportNote;
import org.junit.jupiter.api.Test;

class JoomlaItemPlanTest {

    private static final Instant NOW = Instant.parse("2026-12-03T00:00:00Z");
    private static final Instant THEN = Instant.parse("2016-03-01T04:00:00Z");
    private static final Function<Long, Optional<ContentKind>> KINDS = category -> Optional.ofNullable(
            Map.of(8L, ContentKind.PRESS_STATEMENT, 9L, ContentKind.EVENT_REPORT).get(category));

    private static JoomlaArticle article(long id, int state, long category, String language, Instant up,
            Instant down) {
        return new JoomlaArticle(id, "Title " + id, "alias-" + id, "<p>Text " + id + "</p>", "", state, category, THEN,
                null, up, down, "{}", "", false, language, List.of("Rights"), null);
    }

    @Test
    void linkedTranslationsBecomeOneItemWithTheOldDates() {
        JoomlaItemPlan plan = JoomlaItemPlan.of("old.example.org", List.of(article(2, 1, 8, "bn-BD", THEN, null),
                article(1, 1, 8, "en-GB", THEN, null)), KINDS, Language.EN, NOW);
        assertThat(plan.imports()).isTrue();
        assertThat(plan.kind()).isEqualTo(ContentKind.PRESS_STATEMENT);
        assertThat(plan.parts()).containsOnlyKeys(Language.EN, Language.BN);
        assertThat(plan.state()).isEqualTo(ContentState.PUBLISHED);
        assertThat(plan.publishedAt()).isEqualTo(THEN);
        assertThat(plan.parts().get(Language.EN).text().slug()).isEqualTo("alias-1");
        assertThat(plan.tags()).containsExactly("Rights");
    }

    @Test
    void aTranslationLessPublicThanTheItemIsLeftOut() {
        JoomlaItemPlan plan = JoomlaItemPlan.of("old.example.org", List.of(article(1, 1, 8, "en-GB", THEN, null),
                article(2, 0, 8, "bn-BD", null, null)), KINDS, Language.EN, NOW);
        assertThat(plan.parts()).containsOnlyKeys(Language.EN);
        assertThat(plan.skipped()).extracting(JoomlaItemPlan.Skipped::reason)
                .containsExactly(JoomlaItemPlan.Reason.LESS_PUBLIC_TRANSLATION);
    }

    @Test
    void stateFollowsTheOldSiteAndItsPublishingDates() {
        assertThat(plan(article(1, 1, 8, "en-GB", Instant.parse("2031-01-01T00:00:00Z"), null)).state())
                .isEqualTo(ContentState.SCHEDULED);
        assertThat(plan(article(1, 1, 8, "en-GB", THEN, Instant.parse("2017-01-01T00:00:00Z"))).state())
                .isEqualTo(ContentState.ARCHIVED);
        assertThat(plan(article(1, 2, 8, "en-GB", THEN, null)).state()).isEqualTo(ContentState.ARCHIVED);
        assertThat(plan(article(1, 0, 8, "en-GB", null, null)).state()).isEqualTo(ContentState.DRAFT);
    }

    @Test
    void trashedUnmappedAndForeignArticlesAreSkippedWithTheirReason() {
        assertThat(plan(article(1, -2, 8, "en-GB", THEN, null)).skipped()).extracting(JoomlaItemPlan.Skipped::reason)
                .containsExactly(JoomlaItemPlan.Reason.TRASHED);
        assertThat(plan(article(1, 1, 11, "en-GB", THEN, null)).skipped())
                .extracting(JoomlaItemPlan.Skipped::reason).containsExactly(JoomlaItemPlan.Reason.CATEGORY_SKIPPED);
        JoomlaItemPlan french = plan(article(1, 1, 8, "fr-FR", THEN, null));
        assertThat(french.imports()).isFalse();
        assertThat(french.skipped()).extracting(JoomlaItemPlan.Skipped::reason)
                .containsExactly(JoomlaItemPlan.Reason.LANGUAGE);
    }

    @Test
    void anArticleForAllLanguagesIsInTheLanguageChosenAndAnEventGetsItsDate() {
        JoomlaItemPlan plan = JoomlaItemPlan.of("old.example.org", List.of(article(1, 1, 9, "*", THEN, null)), KINDS,
                Language.BN, NOW);
        assertThat(plan.parts()).containsOnlyKeys(Language.BN);
        assertThat(plan.content(List.of()).eventDate()).hasToString("2016-03-01");
    }

    @Test
    void aDateAliasGivesNoSlugAndIsNoted() {
        JoomlaArticle dated = new JoomlaArticle(1, "শিরোনাম", "2016-05-04-12-34-56", "<p>x</p>", "", 1, 8, THEN,
                null, THEN, null, "{}", "", false, "bn-BD", List.of(), null);
        JoomlaItemPlan.Part part = plan(dated).parts().get(Language.BN);
        assertThat(part.text().slug()).isNull();
        assertThat(part.notes()).containsExactly(new ImportNote(ImportNote.Kind.DATE_ALIAS, "2016-05-04-12-34-56"));
    }

    @Test
    void anyChangeOnTheOldSiteChangesTheHash() {
        String before = plan(article(1, 1, 8, "en-GB", THEN, null)).hash();
        assertThat(plan(article(1, 1, 8, "en-GB", THEN, null)).hash()).isEqualTo(before);
        assertThat(plan(article(1, 2, 8, "en-GB", THEN, null)).hash()).isNotEqualTo(before);
    }

    private static JoomlaItemPlan plan(JoomlaArticle article) {
        return JoomlaItemPlan.of("old.example.org", List.of(article), KINDS, Language.EN, NOW);
    }
}
