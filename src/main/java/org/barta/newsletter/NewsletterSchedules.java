package org.barta.newsletter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.barta.platform.scheduling.SchedulerStarted;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.quartz.JobBuilder;
import org.quartz.JobKey;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.TriggerBuilder;

/**
 * Registers the newsletter's recurring jobs in the clustered Quartz store at start-up. Re-registering on every
 * start replaces the same job, so any number of instances ends with one job that fires once per interval.
 */
@ApplicationScoped
public class NewsletterSchedules {

    private static final JobKey CONFIRMATION_RETRY = JobKey.jobKey("confirmation-retry", "newsletter");

    @Inject
    @ConfigProperty(name = "barta.newsletter.confirmation-retry-seconds", defaultValue = "300")
    int retrySeconds;

    void register(@Observes SchedulerStarted started) {
        try {
            started.scheduler().scheduleJob(
                    JobBuilder.newJob(ConfirmationRetryJob.class).withIdentity(CONFIRMATION_RETRY).build(),
                    java.util.Set.of(TriggerBuilder.newTrigger()
                            .withIdentity(CONFIRMATION_RETRY.getName(), CONFIRMATION_RETRY.getGroup())
                            .withSchedule(SimpleScheduleBuilder.repeatSecondlyForever(retrySeconds)
                                    .withMisfireHandlingInstructionNextWithRemainingCount())
                            .build()),
                    true);
        } catch (SchedulerException e) {
            throw new IllegalStateException("Newsletter jobs could not be scheduled", e);
        }
    }
}
