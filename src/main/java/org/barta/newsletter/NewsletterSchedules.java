package org.barta.newsletter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.barta.platform.scheduling.SchedulerStarted;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.quartz.JobKey;

/** Registers the subscription side's recurring job (delayed confirmation mails) at start-up. */
@ApplicationScoped
public class NewsletterSchedules {

    private static final JobKey CONFIRMATION_RETRY = JobKey.jobKey("confirmation-retry", "newsletter");

    @Inject
    @ConfigProperty(name = "barta.newsletter.confirmation-retry-seconds", defaultValue = "300")
    int retrySeconds;

    void register(@Observes SchedulerStarted started) {
        started.repeatEvery(retrySeconds, ConfirmationRetryJob.class, CONFIRMATION_RETRY);
    }
}
