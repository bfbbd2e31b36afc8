package org.barta.newsletter.bounce;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Set;
import org.barta.platform.scheduling.SchedulerStarted;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.quartz.JobBuilder;
import org.quartz.JobKey;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.TriggerBuilder;

/**
 * Registers {@link BounceMailboxJob} in the clustered Quartz store at start-up, replacing the same job so any
 * number of instances ends with one job that fires once per interval.
 */
@ApplicationScoped
public class BounceSchedule {

    private static final JobKey BOUNCE_MAILBOX = JobKey.jobKey("bounce-mailbox", "newsletter");

    @Inject
    @ConfigProperty(name = "barta.newsletter.bounce.poll-seconds", defaultValue = "300")
    int pollSeconds;

    void register(@Observes SchedulerStarted started) {
        try {
            started.scheduler().scheduleJob(
                    JobBuilder.newJob(BounceMailboxJob.class).withIdentity(BOUNCE_MAILBOX).build(),
                    Set.of(TriggerBuilder.newTrigger()
                            .withIdentity(BOUNCE_MAILBOX.getName(), BOUNCE_MAILBOX.getGroup())
                            .withSchedule(SimpleScheduleBuilder.repeatSecondlyForever(pollSeconds)
                                    .withMisfireHandlingInstructionNextWithRemainingCount())
                            .build()),
                    true);
        } catch (SchedulerException e) {
            throw new IllegalStateException("The bounce mailbox job could not be scheduled", e);
        }
    }
}
