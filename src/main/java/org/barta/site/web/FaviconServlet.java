package org.barta.site.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import org.barta.publicweb.ThemeSettings;

/**
 * {@code /favicon.ico}: browsers, feed readers and bookmarks ask for it there whatever a page links to (the
 * newsletter archive's pages link to none). It is the active theme's {@code img/favicon.ico}.
 */
@WebServlet("/favicon.ico")
public class FaviconServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ThemeSettings theme;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try (InputStream icon = getServletContext().getResourceAsStream(
                "/contracts/" + theme.getActive() + "/img/favicon.ico")) {
            if (icon == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            response.setContentType("image/vnd.microsoft.icon");
            response.setHeader("Cache-Control", "public, max-age=86400");
            icon.transferTo(response.getOutputStream());
        }
    }
}
