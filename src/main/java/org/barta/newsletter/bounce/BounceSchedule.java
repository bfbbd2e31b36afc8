package org.barta.newsletter.bounce;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.barta.platform.scheduling.SchedulerStarted;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.quartz.JobKey;

/** Registers {@link BounceMailboxJob} in the clustered Quartz store at start-up. */
@ApplicationScoped
public class BounceSchedule {

    private static final JobKey BOUNCE_MAILBOX = JobKey.jobKey("bounce-mailbox", "newsletter");

    @Inject
    @ConfigProperty(name = "barta.newsletter.bounce.poll-seconds", defaultValue = "300")
    int pollSeconds;

    void register(@Observes SchedulerStarted started) {
        started.repeatEvery(pollSeconds, BounceMailboxJob.class, BOUNCE_MAILBOX);
    }
}
