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
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Rendered public pages kept in memory, keyed by address. Any change the public can see empties the whole cache
 * once its transaction commits, on every instance ({@link PublicPagesInvalidation}), so a publication is visible on
 * the next request. A page rendered while the
 * cache was being emptied is not stored (the generation number tells), so nothing stale survives a change.
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

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
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

    public Entry put(String key, long renderedInGeneration, byte[] body, String contentType) {
        Entry entry = uncached(body, contentType);
        if (body.length <= MAX_ENTRY_BYTES && renderedInGeneration == generation.get()) {
            // A crude bound, enough for a site of thousands of pages: start over when full.
            if (bytes.addAndGet(body.length) > maxMegabytes * 1024 * 1024) {
                clear();
                return entry;
            }
            entries.put(key, entry);
            if (renderedInGeneration != generation.get()) {
                entries.remove(key);
            }
        }
        return entry;
    }

    public void clear() {
        generation.incrementAndGet();
        entries.clear();
        bytes.set(0);
    }

    void onStale(@Observes PublicPagesStale stale) {
        clear();
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
