package org.barta.site.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import org.barta.site.PageCache;

/**
 * Serves public pages from {@link PageCache} and answers conditional requests ({@code If-None-Match},
 * {@code If-Modified-Since}) with 304. Mapped in web.xml ahead of {@link SiteRouter}.
 */
public class PageCacheFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String CACHE_CONTROL = "public, max-age=60";

    @Inject
    transient PageCache cache;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            chain.doFilter(request, response);
            return;
        }
        String key = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
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
                response.setHeader("X-Barta-Cache", "hit");
                serve(hit.get(), request, response);
                return;
            }
        }
        long generation = cache.generation();
        CapturingResponse capture = new CapturingResponse(response);
        chain.doFilter(request, capture);
        byte[] body = capture.body();
        if (capture.isCacheable()) {
            PageCache.Entry entry = cacheable
                    ? cache.put(key, generation, body, capture.getContentType())
                    : PageCache.uncached(body, capture.getContentType());
            response.setHeader("X-Barta-Cache", cacheable ? "miss" : "off");
            serve(entry, request, response);
        } else if (!capture.passedThrough() && body.length > 0) {
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        }
    }

    private static void serve(PageCache.Entry entry, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        response.setHeader("ETag", entry.etag());
        response.setDateHeader("Last-Modified", entry.lastModified().toEpochMilli());
        response.setHeader("Cache-Control", CACHE_CONTROL);
        if (notModified(entry, request)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(entry.contentType());
        response.setContentLength(entry.body().length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(entry.body());
        }
    }

    private static boolean notModified(PageCache.Entry entry, HttpServletRequest request) {
        String ifNoneMatch = request.getHeader("If-None-Match");
        if (ifNoneMatch != null) {
            return Arrays.stream(ifNoneMatch.split(","))
                    .map(String::strip)
                    .anyMatch(tag -> tag.equals("*") || tag.equals(entry.etag()) || tag.equals("W/" + entry.etag()));
        }
        long since;
        try {
            since = request.getDateHeader("If-Modified-Since");
        } catch (IllegalArgumentException malformed) {
            return false;
        }
        return since >= 0 && entry.lastModified().toEpochMilli() <= since;
    }
}
