package org.barta.newsletter.sends;

import java.time.Instant;
import java.time.YearMonth;
import org.barta.newsletter.Audience;
import org.barta.newsletter.dispatch.SendCounts;
import org.barta.newsletter.edition.Edition;
import org.barta.newsletter.edition.EditionSeries;
import org.barta.newsletter.edition.EditionState;

/**
 * One send on the sends page: what went (or goes) out to whom, when, and what came of it. {@code unsubscribed}
 * counts members who left from this send's mail and have not come back; {@code awaitingSecondApproval}: a draft one
 * editor approved, waiting for a second (four eyes).
 */
public record SendSummary(long editionId, Integer number, EditionSeries series, Audience audience, EditionState state,
                          YearMonth month, String subject, Instant sendAt, Instant startedAt, Instant finishedAt,
                          SendCounts counts, long bounced, long complained, long unsubscribed,
                          boolean awaitingSecondApproval, Long statementId) {

    static SendSummary of(Edition edition, Audience audience, String subject, SendCounts counts, long bounced,
                          long complained, long unsubscribed) {
        return new SendSummary(edition.getId(), edition.getNumber(), edition.getSeries(), audience,
                edition.getState(), edition.getMonth(), subject, edition.getSendAt(), edition.getSendStartedAt(),
                edition.getSendFinishedAt(), counts, bounced, complained, unsubscribed,
                edition.getState() == EditionState.DRAFT && edition.getProposedBy() != null,
                edition.getContentItemId());
    }

    /** Queued, including those a worker holds right now. */
    public long waiting() {
        return counts.queued() + counts.inFlight();
    }

    public boolean isUnderWay() {
        return state == EditionState.SENDING || state == EditionState.PAUSED;
    }
}
