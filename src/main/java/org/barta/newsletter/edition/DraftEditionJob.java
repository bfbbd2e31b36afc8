package org.barta.newsletter.edition;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import org.barta.accounts.Actor;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/** Drafts next month's edition on the configured day; editors are told by mail. */
@Dependent
@DisallowConcurrentExecution
public class DraftEditionJob implements Job {

    private static final Logger LOG = Logger.getLogger(DraftEditionJob.class.getName());

    @Inject
    EditionService editions;

    @Override
    public void execute(JobExecutionContext context) {
        Optional<Edition> drafted = editions.draftNext(Instant.now(), Actor.scheduler());
        // One line per run, on the instance that ran it: with several instances, a run is found in one log.
        LOG.info(() -> drafted.map(edition -> "Monthly edition job ran: drafted edition no. " + edition.getNumber())
                .orElse("Monthly edition job ran: next month's edition exists already"));
    }
}
