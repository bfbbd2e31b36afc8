package org.barta.migration.joomla;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.barta.content.ContentKind;
import org.barta.migration.ImportOutcome;

/**
 * What an import would do, before it does anything: the old site's categories with their articles by language and
 * the kind each would become (proposed, or as chosen), and how many articles would be created, updated, left
 * unchanged, kept as edited in Barta, or skipped (and why).
 */
public record JoomlaDryRun(String site, List<Category> categories, Map<ImportOutcome, Integer> outcomes,
        Map<JoomlaItemPlan.Reason, Integer> skipped, int articles) implements Serializable {

    /** One old category: its articles in English, Bangla, "All" and other languages, those in the trash. */
    public record Category(JoomlaCategory category, int depth, int english, int bangla, int all, int other,
            int trashed, ContentKind kind) implements Serializable {

        /** Null: skipped. */
        public ContentKind getKind() {
            return kind;
        }
    }
}
