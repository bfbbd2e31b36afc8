package org.barta.site.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.barta.publicweb.SitePaths;

/** {@code /robots.txt}: the public site is open to crawlers; the admin UI and previews are not. */
@WebServlet("/robots.txt")
public class RobotsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SitePaths paths;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write("User-agent: *\nDisallow: /admin/\nDisallow: /login\nDisallow: /setup\n"
                + "Allow: /\n\nSitemap: " + paths.absolute("/sitemap.xml") + "\n");
    }
}
