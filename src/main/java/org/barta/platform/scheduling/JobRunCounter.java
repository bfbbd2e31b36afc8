package org.barta.platform.scheduling;

import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.listeners.JobListenerSupport;

/**
 * Counts the scheduled jobs this instance ran, per job and result: {@code barta_job_runs_total{job, result}} on
 * {@code /metrics}. With several instances, a job's runs add up over their counters.
 */
final class JobRunCounter extends JobListenerSupport {

    private final MetricRegistry metrics;

    JobRunCounter(MetricRegistry metrics) {
        this.metrics = metrics;
    }

    @Override
    public String getName() {
        return "barta-job-runs";
    }

    @Override
    public void jobWasExecuted(JobExecutionContext context, JobExecutionException failure) {
        metrics.counter("barta_job_runs", new Tag("job", context.getJobDetail().getKey().getName()),
                new Tag("result", failure == null ? "ok" : "failed")).inc();
    }
}
