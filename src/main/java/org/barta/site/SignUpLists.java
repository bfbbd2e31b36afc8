package org.barta.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.barta.publicweb.PublicLists;
import org.barta.publicweb.PublicLists.PublicList;

/**
 * The public mailing lists the sign-up form in every page's frame offers, read once and kept until anything public
 * changes (a new public list is such a change), so rendering a page asks the database nothing for them.
 */
@ApplicationScoped
public class SignUpLists {

    @Inject
    Instance<PublicLists> lists;

    private final AtomicReference<List<PublicList>> known = new AtomicReference<>();
    /** A read that began before a change must not store what it read after the change cleared it. */
    private final AtomicLong generation = new AtomicLong();

    public List<PublicList> all() {
        List<PublicList> cached = known.get();
        if (cached != null) {
            return cached;
        }
        long before = generation.get();
        List<PublicList> read = lists.isResolvable() ? List.copyOf(lists.get().publicLists()) : List.of();
        if (generation.get() == before) {
            known.set(read);
        }
        return read;
    }

    void onStale(@Observes PublicPagesStale stale) {
        generation.incrementAndGet();
        known.set(null);
    }
}
