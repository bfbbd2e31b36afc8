package org.barta.platform.scheduling;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.barta.platform.DatabaseMigration;

/**
 * Starts Quartz from the web module once the application has started (the schema is migrated by then), and
 * tells features to register their recurring jobs ({@link SchedulerStarted}).
 */
@WebListener
public class SchedulerStarter implements ServletContextListener {

    @Inject
    DatabaseMigration migration;

    @Inject
    SchedulerLifecycle scheduler;

    @Inject
    Event<SchedulerStarted> started;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        if (!migration.isDone()) {
            throw new IllegalStateException("The schema is not migrated; the scheduler stays off");
        }
        started.fire(new SchedulerStarted(scheduler.scheduler()));
        scheduler.startFiring();
    }
}
