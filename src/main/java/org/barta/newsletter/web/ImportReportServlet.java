package org.barta.newsletter.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.barta.accounts.web.CurrentEditor;
import org.barta.newsletter.SubscriberImportService;
import org.barta.platform.BusinessException;

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
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Content-Disposition", "attachment; filename=\"import-report.csv\"");
        try (Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8)) {
            imports.writeReport(id, out, editor.actor());
        }
    }
}
