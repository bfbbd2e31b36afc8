package org.barta.newsletter.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.barta.accounts.web.CurrentEditor;
import org.barta.accounts.web.Reauthentication;
import org.barta.newsletter.SubscriberExport;
import org.barta.platform.web.CsvDownload;
import org.barta.platform.web.EditorTime;

/**
 * {@code /admin/subscribers/export.csv?status=…}: the subscribers the list shows for these filters, streamed. Editors
 * and administrators only, and only with their identity proven recently ({@link Reauthentication}).
 */
@WebServlet(SubscriberExportServlet.PATH)
public class SubscriberExportServlet extends HttpServlet {

    public static final String PATH = "/admin/subscribers/export.csv";
    private static final long serialVersionUID = 1L;

    @Inject
    transient SubscriberExport export;

    @Inject
    transient CurrentEditor editor;

    @Inject
    transient Reauthentication reauthentication;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!editor.isEditorial()) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        // Every subscriber's address in one file: only for a session that proved who it is a moment ago.
        if (!reauthentication.confirmed(response, "/admin/subscribers")) {
            return;
        }
        request.setCharacterEncoding(StandardCharsets.UTF_8.name());
        SubscriberFilter filter = SubscriberFilter.of(request);
        try (Writer out = CsvDownload.open(response, "subscribers-" + LocalDate.now(EditorTime.zone()) + ".csv")) {
            export.write(filter.query(), out, editor.actor());
        }
    }
}
