package org.barta.newsletter.sends;

import java.time.YearMonth;
import org.barta.newsletter.edition.EditionSeries;

/** What the sends page shows: one series, audience or month, or all when null. */
public record SendFilter(EditionSeries series, Long audienceId, YearMonth month) {

    public static final SendFilter ALL = new SendFilter(null, null, null);
}
