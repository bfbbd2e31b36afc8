package org.barta.newsletter.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.barta.content.Language;
import org.barta.newsletter.compose.RenderedEdition;
import org.barta.newsletter.edition.EditionRenditions;

/**
 * {@code /admin/edition-preview?id=…&lang=bn[&format=text]}: an edition rendered exactly as it will be mailed
 * (personal links left as placeholders), for the editor's preview frames. Editors and administrators only.
 */
@WebServlet("/admin/edition-preview")
public class EditionPreviewServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient EditionRenditions renditions;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!request.isUserInRole("EDITOR") && !request.isUserInRole("ADMIN")) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        long id;
        try {
            id = Long.parseLong(request.getParameter("id"));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        Language language = Language.fromCode(String.valueOf(request.getParameter("lang"))).orElse(Language.EN);
        RenderedEdition rendered;
        try {
            rendered = renditions.preview(id, language);
        } catch (IllegalArgumentException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setHeader("Cache-Control", "private, no-store");
        boolean text = "text".equals(request.getParameter("format"));
        response.setContentType(text ? "text/plain;charset=UTF-8" : "text/html;charset=UTF-8");
        response.getOutputStream().write((text ? rendered.text() : rendered.html()).getBytes(StandardCharsets.UTF_8));
    }
}
