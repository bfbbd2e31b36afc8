package org.barta.newsletter.edition;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.barta.newsletter.dispatch.Dispatcher;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/** Starts an approved edition's send at its time. Idempotent: firing twice finds it already sending. */
@Dependent
public class StartEditionSendJob implements Job {

    static final String EDITION_ID = "editionId";

    @Inject
    EditionService editions;

    @Inject
    Dispatcher dispatcher;

    @Override
    public void execute(JobExecutionContext context) {
        if (editions.startSend(context.getMergedJobDataMap().getLong(EDITION_ID))) {
            dispatcher.wake();
        }
    }
}
