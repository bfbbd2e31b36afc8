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
import org.barta.newsletter.SubscriberExport;
import org.barta.platform.web.EditorTime;

/** {@code /admin/subscribers/export.csv?status=…}: the subscribers the list shows for these filters, streamed. */
@WebServlet(SubscriberExportServlet.PATH)
public class SubscriberExportServlet extends HttpServlet {

    public static final String PATH = "/admin/subscribers/export.csv";
    private static final long serialVersionUID = 1L;

    @Inject
    transient SubscriberExport export;

    @Inject
    transient CurrentEditor editor;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!editor.isEditorial()) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        request.setCharacterEncoding(StandardCharsets.UTF_8.name());
        SubscriberFilter filter = SubscriberFilter.of(request);
        try (Writer out = CsvDownload.open(response, "subscribers-" + LocalDate.now(EditorTime.zone()) + ".csv")) {
            export.write(filter.query(), out, editor.actor());
        }
    }
}
