package org.barta.site;

import java.time.Instant;
import org.barta.content.ContentKind;
import org.barta.content.Language;
import org.barta.publicweb.LocalizedDates;
import org.barta.publicweb.SitePaths;

/**
 * A published item as lists show it (home page, listings, tags, archive, related items): read by a query that
 * selects only these columns, never the body, and shown through plain properties.
 */
public final class ListedItem {

    private final String title;
    private final String summary;
    private final String url;
    private final String kindKey;
    private final Instant publishedAt;
    private final Language language;

    /** Called by the JPQL constructor expressions in {@link PublishedContentRepository}. */
    public ListedItem(Language language, String slug, String title, String summary, ContentKind kind,
            Instant publishedAt) {
        this.title = title;
        this.summary = summary;
        this.url = SitePaths.itemPath(language, kind, slug);
        this.kindKey = "kind." + kind.name();
        this.publishedAt = publishedAt;
        this.language = language;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    /** The item's address on the site, e.g. {@code /bn/press-statements/<slug>}. */
    public String getUrl() {
        return url;
    }

    /** The resource bundle key of the item's kind ("kind.PRESS_STATEMENT"). */
    public String getKindKey() {
        return kindKey;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    /** The publication day in the item's language and digits. */
    public String getDate() {
        return LocalizedDates.dayOf(publishedAt, language);
    }
}
