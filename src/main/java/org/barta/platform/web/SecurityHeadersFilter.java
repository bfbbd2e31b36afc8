package org.barta.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Sets {@link SecurityHeaders} on every response the servlet container makes, before anything else writes to it.
 * Mapped first in web.xml for requests and error pages; an error page gets
 * {@link SecurityHeaders#errorPageAreaOf the headers of a page} for the address that failed.
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
        chain.doFilter(request, response);
    }

    private static String path(String uri, HttpServletRequest request) {
        return uri.substring(Math.min(request.getContextPath().length(), uri.length()));
    }
}
