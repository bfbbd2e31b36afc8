package org.barta.site.web;

import java.io.IOException;
import org.barta.platform.web.SecurityHeaders;
import java.util.Optional;
import org.barta.site.PageCache;
import org.barta.site.redirect.OldAddress;
import org.barta.site.redirect.RedirectIndex;
import org.eclipse.microprofile.metrics.Counter;
import org.glassfish.grizzly.Buffer;
import org.glassfish.grizzly.OutputSink;
import org.glassfish.grizzly.WriteHandler;
import org.glassfish.grizzly.filterchain.Filter;
import org.glassfish.grizzly.filterchain.FilterChain;
import org.glassfish.grizzly.filterchain.FilterChainContext;
import org.glassfish.grizzly.filterchain.FilterChainEvent;
import org.glassfish.grizzly.filterchain.NextAction;
import org.glassfish.grizzly.http.HttpContent;
import org.glassfish.grizzly.http.HttpContext;
import org.glassfish.grizzly.http.HttpRequestPacket;
import org.glassfish.grizzly.http.HttpResponsePacket;
import org.glassfish.grizzly.http.Method;
import org.glassfish.grizzly.http.util.Header;
import org.glassfish.grizzly.http.util.HttpStatus;
import org.glassfish.grizzly.memory.Buffers;

/**
 * Answers requests for pages already in {@link PageCache} inside the HTTP listener, before the servlet container.
 * In the container most of a cached page's cost is its security layer (Jakarta Authentication and Authorization
 * run for every request once the application has a login mechanism) and CDI's request context; a cached public
 * page needs neither (figures in {@code bench/README.md}). Only exact keys that {@link PageCacheFilter} stored are
 * answered, and it stores only pages the container already mapped and authorised as public, so the edge serves
 * nothing the container would not. Anything unusual (a request body, an upgrade, other methods) goes on.
 * <p>
 * It sets every header itself, the {@link SecurityHeaders} included: the container's filters never see these requests.
 * <p>
 * It takes the place of a filter already in the chain and passes everything else to it: Grizzly sizes per-connection
 * state and HTTP/2 sub-chains by the chain's length, so the chain must keep its length.
 */
final class EdgeCacheFilter implements Filter {

    static final String SERVED_HERE = "edge";

    private final PageCache cache;
    private final RedirectIndex redirects;
    private final boolean https;
    private final Counter served;
    private final Filter replaced;

    EdgeCacheFilter(PageCache cache, RedirectIndex redirects, boolean https, Counter served, Filter replaced) {
        this.cache = cache;
        this.redirects = redirects;
        this.https = https;
        this.served = served;
        this.replaced = replaced;
    }

    Filter replaced() {
        return replaced;
    }

    @Override
    public NextAction handleRead(FilterChainContext ctx) throws IOException {
        if (!(ctx.getMessage() instanceof HttpContent content)
                || !(content.getHttpHeader() instanceof HttpRequestPacket request)
                || !content.isLast() || request.isUpgrade() || request.getContentLength() > 0) {
            return replaced.handleRead(ctx);
        }
        boolean head = Method.HEAD.equals(request.getMethod());
        if (!head && !Method.GET.equals(request.getMethod())) {
            return replaced.handleRead(ctx);
        }
        PageCache.Entry entry = cache.get(PageCache.key(request.getRequestURI(), request.getQueryString()))
                .orElse(null);
        if (entry == null) {
            Optional<String> moved = oldAddress(request.getRequestURI(), request.getQueryString());
            if (moved.isEmpty()) {
                return replaced.handleRead(ctx);
            }
            return redirect(ctx, request, moved.get());
        }
        served.inc();
        HttpResponsePacket response = request.getResponse();
        SecurityHeaders.apply(SecurityHeaders.areaOf(request.getRequestURI()), https, response::setHeader);
        response.setHeader("X-Barta-Cache", SERVED_HERE);
        response.setHeader(Header.ETag, entry.etag());
        response.setHeader(Header.LastModified, entry.lastModifiedHeader());
        response.setHeader(Header.CacheControl, PageCache.CACHE_CONTROL);
        Buffer body = Buffers.EMPTY_BUFFER;
        if (entry.notModified(request.getHeader(Header.IfNoneMatch), request.getHeader(Header.IfModifiedSince))) {
            HttpStatus.NOT_MODIFIED_304.setValues(response);
        } else {
            HttpStatus.OK_200.setValues(response);
            response.setContentType(entry.contentType());
            response.setContentLength(entry.body().length);
            if (!head) {
                body = Buffers.wrap(ctx.getMemoryManager(), entry.body());
            }
        }
        ctx.write(HttpContent.builder(response).content(body).last(true).build());
        return finish(ctx);
    }

    /**
     * Where an old address outside the languages' pages leads, if the redirects are loaded (the container loads
     * them, and answers those under {@code /en/} and {@code /bn/}, where a page may answer first).
     */
    private Optional<String> oldAddress(String uri, String query) {
        if (uri.startsWith("/en/") || uri.startsWith("/bn/")) {
            return Optional.empty();
        }
        return OldAddress.lookups(uri, query).stream().filter(address -> !OldAddress.reserved(address))
                .flatMap(address -> redirects.loadedTargetOf(address).stream()).findFirst();
    }

    private NextAction redirect(FilterChainContext ctx, HttpRequestPacket request, String target) {
        HttpResponsePacket response = request.getResponse();
        SecurityHeaders.apply(SecurityHeaders.areaOf(request.getRequestURI()), https, response::setHeader);
        response.setHeader("X-Barta-Cache", SERVED_HERE);
        HttpStatus.MOVED_PERMANENTLY_301.setValues(response);
        response.setHeader(Header.Location, target);
        response.setHeader(Header.CacheControl, SiteRouter.REDIRECT_CACHE_CONTROL);
        response.setContentLength(0);
        ctx.write(HttpContent.builder(response).content(Buffers.EMPTY_BUFFER).last(true).build());
        return finish(ctx);
    }

    /** Done, unless the client reads slower than we write: then wait until its queue drains before the next request. */
    private static NextAction finish(FilterChainContext ctx) {
        OutputSink output = HttpContext.get(ctx).getOutputSink();
        if (output.canWrite()) {
            return ctx.getStopAction();
        }
        NextAction suspended = ctx.getSuspendAction();
        ctx.suspend();
        output.notifyCanWrite(new WriteHandler() {
            @Override
            public void onWritePossible() {
                ctx.completeAndRecycle();
            }

            @Override
            public void onError(Throwable failure) {
                ctx.completeAndRecycle();
            }
        });
        return suspended;
    }

    @Override
    public void onAdded(FilterChain chain) {
        replaced.onAdded(chain);
    }

    @Override
    public void onRemoved(FilterChain chain) {
        replaced.onRemoved(chain);
    }

    @Override
    public void onFilterChainChanged(FilterChain chain) {
        replaced.onFilterChainChanged(chain);
    }

    @Override
    public NextAction handleWrite(FilterChainContext ctx) throws IOException {
        return replaced.handleWrite(ctx);
    }

    @Override
    public NextAction handleConnect(FilterChainContext ctx) throws IOException {
        return replaced.handleConnect(ctx);
    }

    @Override
    public NextAction handleAccept(FilterChainContext ctx) throws IOException {
        return replaced.handleAccept(ctx);
    }

    @Override
    public NextAction handleEvent(FilterChainContext ctx, FilterChainEvent event) throws IOException {
        return replaced.handleEvent(ctx, event);
    }

    @Override
    public NextAction handleClose(FilterChainContext ctx) throws IOException {
        return replaced.handleClose(ctx);
    }

    @Override
    public void exceptionOccurred(FilterChainContext ctx, Throwable error) {
        replaced.exceptionOccurred(ctx, error);
    }
}
