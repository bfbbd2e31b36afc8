package org.barta.newsletter.dispatch;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.barta.content.Language;
import org.barta.newsletter.compose.RenderedEdition;

/**
 * What a send needs to know of editions, asked through this interface so that dispatch does not depend on the
 * edition package, which starts sends and reads their progress.
 */
public interface SendableEditions {

    /** The editions in the SENDING state. */
    List<Long> sending();

    /** Moves the edition from SENDING to SENT; false when it was not sending (another instance finished it). */
    boolean markSent(long editionId);

    /** An audience a send goes to, as its mail headers name it. */
    MailingList mailingList(long audienceId);

    /** An embargoed advance copy's embargo, when each recipient's preview link ends; empty for any other send. */
    Optional<Instant> previewUntil(long editionId);

    /** The edition rendered in one language, ready for each recipient's links. */
    RenderedEdition rendered(long editionId, Language language);
}
