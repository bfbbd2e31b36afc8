package org.barta.migration.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import org.barta.accounts.web.CurrentEditor;
import org.barta.migration.SiteImports;
import org.barta.platform.BusinessException;
import org.barta.platform.web.CsvDownload;

/** {@code /admin/import/report.csv?run=…}: an import run's whole report, one line per old article. */
@WebServlet(SiteImportReportServlet.PATH)
public class SiteImportReportServlet extends HttpServlet {

    public static final String PATH = "/admin/import/report.csv";
    private static final long serialVersionUID = 1L;

    @Inject
    transient SiteImports imports;

    @Inject
    transient CurrentEditor editor;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!editor.isAdmin()) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        long run;
        try {
            run = Long.parseLong(request.getParameter("run"));
            imports.run(run, editor.actor());
        } catch (NumberFormatException | BusinessException unknown) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try (Writer out = CsvDownload.open(response, "import-" + run + ".csv")) {
            imports.writeReport(run, out, editor.actor());
        }
    }
}
