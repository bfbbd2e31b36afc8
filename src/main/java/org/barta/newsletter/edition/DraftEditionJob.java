package org.barta.newsletter.edition;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Instant;
import org.barta.accounts.Actor;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/** Drafts next month's edition on the configured day; editors are told by mail. */
@Dependent
@DisallowConcurrentExecution
public class DraftEditionJob implements Job {

    @Inject
    EditionService editions;

    @Override
    public void execute(JobExecutionContext context) {
        editions.draftNext(Instant.now(), Actor.scheduler());
    }
}
