package org.barta.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.barta.content.ContentKind;
import org.barta.content.Language;

/**
 * The plain pages (about us, contact…) every public page links to in its footer, oldest first, read once and kept
 * until anything public changes.
 */
@ApplicationScoped
public class FooterPages {

    private static final int MAX = 8;

    @Inject
    PublishedContentRepository published;

    private final Map<Language, List<ListedItem>> pages = new ConcurrentHashMap<>();
    /** A read that began before a change must not store what it read after the change cleared the map. */
    private final AtomicLong generation = new AtomicLong();

    public List<ListedItem> of(Language language) {
        List<ListedItem> known = pages.get(language);
        if (known != null) {
            return known;
        }
        long before = generation.get();
        List<ListedItem> read = new ArrayList<>(published.latest(ContentKind.PAGE, language, 0, MAX));
        Collections.reverse(read);
        if (generation.get() == before) {
            pages.put(language, read);
        }
        return read;
    }

    void onStale(@Observes PublicPagesStale stale) {
        generation.incrementAndGet();
        pages.clear();
    }
}
