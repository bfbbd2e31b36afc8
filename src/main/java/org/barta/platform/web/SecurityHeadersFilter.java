package org.barta.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Sets {@link SecurityHeaders} on every response the servlet container makes, before anything else writes to it.
 * Mapped first in web.xml for requests and error pages; an error page gets
 * {@link SecurityHeaders#errorPageAreaOf the headers of a page} for the address that failed.
 * <p>
 * A response has exactly one Content-Security-Policy, ours. PrimeFaces, in its CSP mode (web.xml), adds a header of
 * its own to every page it renders, carrying the nonce it gave the page's scripts; browsers would enforce both
 * headers at once. So nothing after this filter sets that header: in the newsroom the nonce is taken from
 * PrimeFaces' header into ours, everywhere else PrimeFaces' header is dropped (the public site runs no inline
 * script, so a nonce is of no use there).
 */
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    transient TransportSecurity transport;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        SecurityHeaders.Area area = request.getDispatcherType() == DispatcherType.ERROR
                && request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String failed
                ? SecurityHeaders.errorPageAreaOf(path(failed, request))
                : SecurityHeaders.areaOf(path(request.getRequestURI(), request));
        SecurityHeaders.apply(area, transport.isHttps(), response::setHeader);
        chain.doFilter(request, new OnePolicy(response, area));
    }

    /** Keeps the area's policy the only one, taking in the nonce of a newsroom page. */
    static final class OnePolicy extends HttpServletResponseWrapper {

        private final SecurityHeaders.Area area;

        OnePolicy(HttpServletResponse response, SecurityHeaders.Area area) {
            super(response);
            this.area = area;
        }

        @Override
        public void setHeader(String name, String value) {
            if (!policy(name, value)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!policy(name, value)) {
                super.addHeader(name, value);
            }
        }

        /** Whether the header was a policy, which is never passed on as it is. */
        private boolean policy(String name, String value) {
            if (!SecurityHeaders.CONTENT_SECURITY_POLICY.equalsIgnoreCase(name)) {
                return false;
            }
            SecurityHeaders.nonceIn(value).ifPresent(nonce ->
                    super.setHeader(SecurityHeaders.CONTENT_SECURITY_POLICY, area.policy(nonce)));
            return true;
        }
    }

    private static String path(String uri, HttpServletRequest request) {
        return uri.substring(Math.min(request.getContextPath().length(), uri.length()));
    }
}
