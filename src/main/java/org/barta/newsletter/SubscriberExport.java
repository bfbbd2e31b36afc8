package org.barta.newsletter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVPrinter;
import org.barta.accounts.Actor;
import org.barta.platform.ExcelSafeCsv;

/**
 * The subscriber list as CSV, for the filters the editor chose, with the profile (tags joined by {@code ;}, as
 * an import reads them). Rows are read a page at a time outside any
 * transaction, so memory stays the same for any number of rows; cells are spreadsheet-safe.
 */
@ApplicationScoped
public class SubscriberExport {

    static final String[] COLUMNS = {"email", "name", "language", "status", "source", "created_at", "confirmed_at",
            "unsubscribed_at", "consent_at", "consent_text_version", "organisation", "beat", "district", "country",
            "tags"};
    private static final int PAGE = 1000;

    @Inject
    SubscriberRepository subscribers;

    @Inject
    SubscriberAdminService admin;

    public void write(SubscriberQuery query, Writer out, Actor actor) throws IOException {
        admin.recordExport(query, actor);
        CSVPrinter csv = ExcelSafeCsv.printer(out, COLUMNS);
        long after = 0;
        List<Subscriber> page;
        do {
            page = subscribers.pageAfter(query, after, PAGE);
            Map<Long, List<String>> tags = subscribers.tagsOf(page.stream().map(Subscriber::getId).toList());
            for (Subscriber s : page) {
                csv.printRecord(ExcelSafeCsv.cell(s.getEmail()), ExcelSafeCsv.cell(s.getName()),
                        s.getLanguage().code(), s.getStatus().name(), s.getSource().name(), time(s.getCreatedAt()),
                        time(s.getConfirmedAt()), time(s.getUnsubscribedAt()), time(s.getConsent().getAt()),
                        ExcelSafeCsv.cell(s.getConsent().getFormTextVersion()), ExcelSafeCsv.cell(s.getOrganisation()),
                        ExcelSafeCsv.cell(s.getBeat()), ExcelSafeCsv.cell(s.getDistrict()), s.getCountry(),
                        ExcelSafeCsv.cell(String.join(";", tags.getOrDefault(s.getId(), List.of()))));
                after = s.getId();
            }
        } while (page.size() == PAGE);
        csv.flush();
    }

    private static String time(Instant instant) {
        return instant == null ? "" : instant.toString();
    }
}
