package org.barta.migration;

import java.util.List;

/** One old article's line in a run's report. */
public record SiteImportLine(int position, long sourceId, String title, ImportOutcome outcome, Long itemId,
        List<ImportNote> notes) {
}
