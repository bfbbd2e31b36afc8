package org.barta.newsletter;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/** Sends, in small batches, the confirmation mails the relay refused at sign-up time. */
@Dependent
@DisallowConcurrentExecution
public class ConfirmationRetryJob implements Job {

    private static final int BATCH = 200;
    private static final Logger LOG = Logger.getLogger(ConfirmationRetryJob.class.getName());

    @Inject
    SubscriptionService subscriptions;

    @Override
    public void execute(JobExecutionContext context) {
        int sent = subscriptions.sendMissedConfirmations(BATCH);
        if (sent > 0) {
            LOG.info(() -> sent + " delayed confirmation mails sent");
        }
    }
}
