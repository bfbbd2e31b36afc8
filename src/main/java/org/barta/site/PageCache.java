package org.barta.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.barta.content.ContentKind;
import org.barta.content.PublicContentChanged;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Rendered public pages kept in memory, keyed by address. A change the public can see drops the pages it can touch
 * once its transaction commits, on every instance ({@link PublicPagesInvalidation}), so it is visible on the next
 * request: a change of one item drops every page that lists items (home, listings, tags, archives, feeds, sitemap)
 * and the item pages that show it or share a tag with it (their related lists); other item pages stay. A change of
 * a plain page (listed in every page's footer) or of anything else empties the cache. A page rendered while pages
 * were being dropped is not stored (the generation number tells), so nothing stale survives a change.
 */
@ApplicationScoped
public class PageCache {

    /** What shared caches (a CDN, nginx) may do with a public page. */
    public static final String CACHE_CONTROL = "public, max-age=60";

    private static final DateTimeFormatter HTTP_DATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);

    /**
     * A cached response: body, type, and the validators for conditional requests ({@code lastModifiedHeader} is
     * {@code lastModified} as an HTTP date, formatted once).
     */
    public record Entry(byte[] body, String contentType, String etag, Instant lastModified, String lastModifiedHeader) {

        /**
         * Whether a conditional GET with these header values (null when absent) is answered with 304. If-None-Match
         * wins over If-Modified-Since (RFC 9110 13.2.2); a malformed date counts as absent.
         */
        public boolean notModified(String ifNoneMatch, String ifModifiedSince) {
            if (ifNoneMatch != null) {
                for (String tag : ifNoneMatch.split(",")) {
                    String candidate = tag.strip();
                    if (candidate.equals("*") || candidate.equals(etag) || candidate.equals("W/" + etag)) {
                        return true;
                    }
                }
                return false;
            }
            if (ifModifiedSince == null) {
                return false;
            }
            try {
                Instant since = Instant.from(DateTimeFormatter.RFC_1123_DATE_TIME.parse(ifModifiedSince.strip()));
                return !lastModified.isAfter(since);
            } catch (DateTimeException malformed) {
                return false;
            }
        }
    }

    private static final int MAX_ENTRY_BYTES = 2 * 1024 * 1024;

    @Inject
    @ConfigProperty(name = "barta.page-cache.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "barta.page-cache.max-mb", defaultValue = "64")
    long maxMegabytes;

    @Inject
    @ConfigProperty(name = "barta.page-cache.edge", defaultValue = "true")
    boolean edge;

    /**
     * What an item page shows of the site's content: its item, and the tags through which other items enter its
     * related list. Pages without one (lists, feeds) may show any item.
     */
    public record ItemPage(long itemId, Set<Long> tagIds) {

        public ItemPage {
            tagIds = Set.copyOf(tagIds);
        }

        boolean touchedBy(PublicContentChanged change) {
            return itemId == change.itemId() || !Collections.disjoint(tagIds, change.tagIds());
        }
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Map<String, ItemPage> itemPages = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();

    public boolean isEnabled() {
        return enabled;
    }

    /** Whether hits are answered in the HTTP listener, before the servlet container (see EdgeCacheFilter). */
    public boolean answersAtEdge() {
        return enabled && edge;
    }

    /** The cache key of a request: its address as sent, undecoded, with the query string if there is one. */
    public static String key(String requestUri, String queryString) {
        return queryString == null ? requestUri : requestUri + "?" + queryString;
    }

    public Optional<Entry> get(String key) {
        return Optional.ofNullable(entries.get(key));
    }

    /** The generation to pass to {@link #put} for a page about to be rendered. */
    public long generation() {
        return generation.get();
    }

    /** Validators for a page served without caching (cache switched off). */
    public static Entry uncached(byte[] body, String contentType) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        return new Entry(body, contentType, etag(body), now, HTTP_DATE.format(now));
    }

    /** Stores a page; {@code itemPage} says what an item page shows, null for any other page. */
    public Entry put(String key, long renderedInGeneration, byte[] body, String contentType, ItemPage itemPage) {
        Entry entry = uncached(body, contentType);
        if (body.length <= MAX_ENTRY_BYTES && renderedInGeneration == generation.get()) {
            // A crude bound, enough for a site of thousands of pages: start over when full.
            if (bytes.addAndGet(body.length) > maxMegabytes * 1024 * 1024) {
                clear();
                return entry;
            }
            if (itemPage != null) {
                itemPages.put(key, itemPage);
            }
            Entry replaced = entries.put(key, entry);
            if (replaced != null) {
                bytes.addAndGet(-replaced.body().length);
            }
            if (renderedInGeneration != generation.get()) {
                remove(key);
            }
        }
        return entry;
    }

    public void clear() {
        generation.incrementAndGet();
        entries.clear();
        itemPages.clear();
        bytes.set(0);
    }

    /** Drops the pages {@code change} can touch (see the class comment). */
    void drop(PublicContentChanged change) {
        if (change.kind() == ContentKind.PAGE) {
            clear();
            return;
        }
        generation.incrementAndGet();
        for (String key : entries.keySet()) {
            ItemPage itemPage = itemPages.get(key);
            if (itemPage == null || itemPage.touchedBy(change)) {
                remove(key);
            }
        }
    }

    private void remove(String key) {
        itemPages.remove(key);
        Entry removed = entries.remove(key);
        if (removed != null) {
            bytes.addAndGet(-removed.body().length);
        }
    }

    void onStale(@Observes PublicPagesStale stale) {
        if (stale.item() == null) {
            clear();
        } else {
            drop(stale.item());
        }
    }

    private static String etag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
