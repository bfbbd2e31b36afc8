package org.barta.platform.scheduling;

import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.CDI;
import org.quartz.Job;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.spi.JobFactory;
import org.quartz.spi.TriggerFiredBundle;

/** Builds every Quartz job as a CDI bean, so jobs inject services like any other bean. */
final class CdiJobFactory implements JobFactory {

    @Override
    public Job newJob(TriggerFiredBundle bundle, Scheduler scheduler) throws SchedulerException {
        Class<? extends Job> jobClass = bundle.getJobDetail().getJobClass();
        Instance<? extends Job> job = CDI.current().select(jobClass);
        if (!job.isResolvable()) {
            throw new SchedulerException("Job " + jobClass.getName() + " is not a CDI bean");
        }
        return job.get();
    }
}
