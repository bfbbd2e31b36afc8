package org.barta.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Set;
import org.barta.platform.scheduling.FireTime;
import org.barta.platform.scheduling.SchedulerLifecycle;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;

/**
 * One Quartz trigger per scheduled item, in the clustered JDBC store: it fires once across all instances, and
 * a trigger missed while every server was down fires as soon as one starts.
 */
@ApplicationScoped
public class ScheduledPublishing {

    private static final String GROUP = "scheduled-publishing";

    @Inject
    SchedulerLifecycle scheduler;

    void schedule(long itemId, Instant publishAt) {
        JobDetail job = JobBuilder.newJob(PublishScheduledItemJob.class)
                .withIdentity(key(itemId))
                .usingJobData(PublishScheduledItemJob.ITEM_ID, itemId)
                .requestRecovery(true)
                .build();
        Trigger trigger = TriggerBuilder.newTrigger()
                .withIdentity("publish-" + itemId, GROUP)
                .startAt(FireTime.notBefore(publishAt, Instant.now()))
                .withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
                .build();
        try {
            scheduler.scheduler().scheduleJob(job, Set.of(trigger), true);
        } catch (SchedulerException e) {
            throw new IllegalStateException("Could not schedule publication of item " + itemId, e);
        }
    }

    void cancel(long itemId) {
        try {
            scheduler.scheduler().deleteJob(key(itemId));
        } catch (SchedulerException e) {
            throw new IllegalStateException("Could not cancel scheduled publication of item " + itemId, e);
        }
    }

    private static JobKey key(long itemId) {
        return JobKey.jobKey("publish-" + itemId, GROUP);
    }
}
