package org.barta.content;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/** Publishes one scheduled item when its time comes. Firing twice is harmless: only a SCHEDULED item moves. */
@Dependent
public class PublishScheduledItemJob implements Job {

    static final String ITEM_ID = "itemId";

    @Inject
    ContentService content;

    @Override
    public void execute(JobExecutionContext context) {
        content.publishScheduled(context.getMergedJobDataMap().getLong(ITEM_ID));
    }
}
