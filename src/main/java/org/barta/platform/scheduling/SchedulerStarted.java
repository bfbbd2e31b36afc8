package org.barta.platform.scheduling;

import org.quartz.Scheduler;

/** Fired once at start-up, before Quartz fires anything: the moment to (re)register recurring jobs. */
public record SchedulerStarted(Scheduler scheduler) {
}
