package org.barta.newsletter.bounce;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/** Reads the bounce mailbox; clustered, so one instance at a time. */
@Dependent
@DisallowConcurrentExecution
public class BounceMailboxJob implements Job {

    @Inject
    BounceMailbox mailbox;

    @Override
    public void execute(JobExecutionContext context) {
        mailbox.poll();
    }
}
