package org.barta.newsletter.edition;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Set;
import org.barta.platform.scheduling.FireTime;
import org.barta.platform.scheduling.SchedulerLifecycle;
import org.quartz.JobBuilder;
import org.quartz.JobKey;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.TriggerBuilder;

/**
 * One Quartz trigger per approved edition in the clustered store: it fires once across all instances, and if
 * every server was down at the time it fires as soon as one is back.
 */
@ApplicationScoped
public class EditionSendSchedule {

    private static final String GROUP = "newsletter-send";

    @Inject
    SchedulerLifecycle scheduler;

    void schedule(long editionId, Instant sendAt) {
        try {
            scheduler.scheduler().scheduleJob(
                    JobBuilder.newJob(StartEditionSendJob.class).withIdentity(key(editionId))
                            .usingJobData(StartEditionSendJob.EDITION_ID, editionId).requestRecovery(true).build(),
                    Set.of(TriggerBuilder.newTrigger().withIdentity("send-" + editionId, GROUP)
                            .startAt(FireTime.notBefore(sendAt, Instant.now()))
                            .withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
                            .build()),
                    true);
        } catch (SchedulerException e) {
            throw new IllegalStateException("Could not schedule edition " + editionId, e);
        }
    }

    void cancel(long editionId) {
        try {
            scheduler.scheduler().deleteJob(key(editionId));
        } catch (SchedulerException e) {
            throw new IllegalStateException("Could not unschedule edition " + editionId, e);
        }
    }

    private static JobKey key(long editionId) {
        return JobKey.jobKey("send-" + editionId, GROUP);
    }
}
