package org.barta.newsletter.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import org.barta.accounts.web.CurrentEditor;
import org.barta.newsletter.SubscriberImportService;
import org.barta.platform.BusinessException;
import org.barta.platform.web.CsvDownload;

/** {@code /admin/subscribers/import-report.csv?id=…}: the refused rows of an import, with why. */
@WebServlet(ImportReportServlet.PATH)
public class ImportReportServlet extends HttpServlet {

    public static final String PATH = "/admin/subscribers/import-report.csv";
    private static final long serialVersionUID = 1L;

    @Inject
    transient SubscriberImportService imports;

    @Inject
    transient CurrentEditor editor;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!editor.isEditorial()) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        String id = request.getParameter("id");
        try {
            imports.job(id);
        } catch (BusinessException unknown) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try (Writer out = CsvDownload.open(response, "import-report.csv")) {
            imports.writeReport(id, out, editor.actor());
        }
    }
}
