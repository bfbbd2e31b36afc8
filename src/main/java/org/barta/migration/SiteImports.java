package org.barta.migration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import org.barta.accounts.Actor;
import org.barta.accounts.AuditLog;
import org.barta.accounts.Role;
import org.barta.platform.BusinessException;
import org.barta.platform.ExcelSafeCsv;

/**
 * Import runs as the newsroom sees them, from any instance: the latest runs with their progress, a run's report
 * (page and CSV), and cancelling a running one (its current article rolls back whole). Administrators only.
 */
@ApplicationScoped
public class SiteImports {

    private static final int RECENT = 10;
    private static final int REPORT_PAGE = 1000;

    @Inject
    SiteImportRepository runs;

    @Inject
    AuditLog audit;

    public List<SiteImportRun> recent(Actor actor) {
        requireAdministrator(actor);
        return runs.recent(RECENT);
    }

    public SiteImportRun run(long id, Actor actor) {
        requireAdministrator(actor);
        return runs.find(id).orElseThrow(() -> new BusinessException("import.notFound"));
    }

    public List<SiteImportLine> lines(long id, int first, int max, Actor actor) {
        run(id, actor);
        return runs.lines(id, first, max);
    }

    @Transactional
    public void cancel(long id, Actor actor) {
        SiteImportRun run = run(id, actor);
        if (!runs.finish(run.id(), SiteImportRun.State.CANCELLED, null)) {
            throw new BusinessException("import.notRunning");
        }
        audit.record(actor, "import.cancel", "import", id, run.site());
    }

    /** The whole report as CSV: one line per old article, outcomes and notes as codes a spreadsheet can filter. */
    public void writeReport(long id, Writer out, Actor actor) throws IOException {
        run(id, actor);
        CSVPrinter csv = ExcelSafeCsv.printer(out, "line", "old_id", "title", "outcome", "item_id", "notes");
        List<SiteImportLine> page;
        int first = 0;
        do {
            page = runs.lines(id, first, REPORT_PAGE);
            for (SiteImportLine line : page) {
                csv.printRecord(line.position() + 1, line.sourceId(), ExcelSafeCsv.cell(line.title()),
                        line.outcome().name(), line.itemId(), ExcelSafeCsv.cell(ImportNote.write(line.notes())));
            }
            first += REPORT_PAGE;
        } while (page.size() == REPORT_PAGE);
        csv.flush();
    }

    public static void requireAdministrator(Actor actor) {
        if (actor == null || actor.role() != Role.ADMIN) {
            throw new BusinessException("import.forbidden");
        }
    }
}
