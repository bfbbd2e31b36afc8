package org.barta.platform.scheduling;

import java.util.Set;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobKey;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.TriggerBuilder;
import org.quartz.Scheduler;

/** Fired once at start-up, before Quartz fires anything: the moment to (re)register recurring jobs. */
public record SchedulerStarted(Scheduler scheduler) {

    /**
     * Registers a job that fires every {@code seconds}, replacing the same job: any number of instances sharing
     * the clustered store ends with one job that fires once per interval.
     */
    public void repeatEvery(int seconds, Class<? extends Job> job, JobKey key) {
        try {
            scheduler.scheduleJob(JobBuilder.newJob(job).withIdentity(key).build(),
                    Set.of(TriggerBuilder.newTrigger().withIdentity(key.getName(), key.getGroup())
                            .withSchedule(SimpleScheduleBuilder.repeatSecondlyForever(seconds)
                                    .withMisfireHandlingInstructionNextWithRemainingCount())
                            .build()),
                    true);
        } catch (SchedulerException e) {
            throw new IllegalStateException("Job " + key + " could not be scheduled", e);
        }
    }
}
