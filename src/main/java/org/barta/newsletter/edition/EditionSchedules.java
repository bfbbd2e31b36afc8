package org.barta.newsletter.edition;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.TimeZone;
import org.barta.platform.scheduling.SchedulerStarted;
import org.barta.platform.web.EditorTime;
import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobKey;
import org.quartz.SchedulerException;
import org.quartz.TriggerBuilder;

/** Registers the monthly drafting job (08:00 on the draft day, editors' time) in the clustered Quartz store. */
@ApplicationScoped
public class EditionSchedules {

    static final JobKey DRAFT = JobKey.jobKey("draft-edition", "newsletter");

    @Inject
    NewsletterSettings settings;

    void register(@Observes SchedulerStarted started) {
        try {
            started.scheduler().scheduleJob(
                    JobBuilder.newJob(DraftEditionJob.class).withIdentity(DRAFT).build(),
                    Set.of(TriggerBuilder.newTrigger().withIdentity(DRAFT.getName(), DRAFT.getGroup())
                            .withSchedule(CronScheduleBuilder.monthlyOnDayAndHourAndMinute(settings.draftDay(), 8, 0)
                                    .inTimeZone(TimeZone.getTimeZone(EditorTime.zone()))
                                    .withMisfireHandlingInstructionFireAndProceed())
                            .build()),
                    true);
        } catch (SchedulerException e) {
            throw new IllegalStateException("The monthly edition job could not be scheduled", e);
        }
    }
}
