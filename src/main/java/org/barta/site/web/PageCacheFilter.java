package org.barta.site.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.barta.site.PageCache;
import org.barta.site.PageRenders;
import org.barta.site.ShownContent;
import org.barta.site.PageRequestMetrics;

/**
 * Serves public pages from {@link PageCache} and answers conditional requests ({@code If-None-Match},
 * {@code If-Modified-Since}) with 304; stores what it renders. Requests that miss a page while another request
 * renders it share that rendering ({@link PageRenders}). Mapped in web.xml ahead of {@link SiteRouter}. On
 * Payara most hits never get here: {@link EdgeCacheFilter} answers them first.
 */
public class PageCacheFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PageCache cache;

    @Inject
    transient PageRequestMetrics requests;

    @Inject
    transient PageRenders renders;

    @Inject
    transient ShownContent shown;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            chain.doFilter(request, response);
            return;
        }
        String key = PageCache.key(request.getRequestURI(), request.getQueryString());
        String uri = request.getRequestURI();
        if (uri.contains("/newsletter/")) {
            // Subscriber pages are personal: never stored.
            chain.doFilter(request, response);
            return;
        }
        // Search results are not kept: any query string would make a new entry.
        boolean cacheable = cache.isEnabled() && !uri.endsWith("/search");
        if (cacheable) {
            var hit = cache.get(key);
            if (hit.isPresent()) {
                requests.servedFromCache();
                response.setHeader("X-Barta-Cache", "hit");
                serve(hit.get(), request, response);
                return;
            }
        }
        long generation = cache.generation();
        PageRenders.Flight flight = cacheable ? renders.join(key, generation) : null;
        if (flight != null && !flight.leads()) {
            Optional<PageCache.Entry> shared = awaitLeader(flight);
            if (shared.isPresent()) {
                requests.servedFromOtherRender();
                response.setHeader("X-Barta-Cache", "coalesced");
                serve(shared.get(), request, response);
                return;
            }
        }
        PageCache.Entry stored = null;
        try {
            CapturingResponse capture = new CapturingResponse(response);
            chain.doFilter(request, capture);
            byte[] body = capture.body();
            requests.rendered(cacheable && capture.isCacheable());
            if (capture.isCacheable()) {
                PageCache.Entry entry = cacheable
                        ? cache.put(key, generation, body, capture.getContentType(), shown.itemPage())
                        : PageCache.uncached(body, capture.getContentType());
                stored = cacheable ? entry : null;
                response.setHeader("X-Barta-Cache", cacheable ? "miss" : "off");
                serve(entry, request, response);
            } else if (!capture.passedThrough() && body.length > 0) {
                response.setContentLength(body.length);
                response.getOutputStream().write(body);
            }
        } finally {
            if (flight != null && flight.leads()) {
                flight.finish(stored);
            }
        }
    }

    private static Optional<PageCache.Entry> awaitLeader(PageRenders.Flight flight) {
        try {
            return flight.awaitLeader(PageRenders.LONGEST_WAIT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static void serve(PageCache.Entry entry, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        response.setHeader("ETag", entry.etag());
        response.setHeader("Last-Modified", entry.lastModifiedHeader());
        response.setHeader("Cache-Control", PageCache.CACHE_CONTROL);
        if (entry.notModified(request.getHeader("If-None-Match"), request.getHeader("If-Modified-Since"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(entry.contentType());
        response.setContentLength(entry.body().length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(entry.body());
        }
    }
}
