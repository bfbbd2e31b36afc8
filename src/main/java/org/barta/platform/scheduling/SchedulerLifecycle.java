package org.barta.platform.scheduling;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.barta.platform.DataSourceConfiguration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.impl.DirectSchedulerFactory;
import org.quartz.impl.jdbcjobstore.InvalidConfigurationException;
import org.quartz.impl.jdbcjobstore.JobStoreTX;
import org.quartz.impl.jdbcjobstore.StdJDBCDelegate;
import org.quartz.simpl.SimpleInstanceIdGenerator;
import org.quartz.spi.ThreadExecutor;
import org.quartz.utils.DBConnectionManager;

/**
 * The one Quartz scheduler of this instance: JDBC job store in clustered mode (so several instances sharing a
 * database fire each trigger once), threads from the container, jobs built by CDI. {@link SchedulerStarter}
 * starts it from the web module once the application is up, so the worker threads carry the web module's
 * naming context: beans a job creates get their persistence context injected like in a request.
 */
@ApplicationScoped
public class SchedulerLifecycle {

    static final String SCHEDULER_NAME = "barta";
    private static final String QUARTZ_DATA_SOURCE = "barta";
    private static final long CLUSTER_CHECKIN_MILLIS = 7_500;
    private static final long IDLE_WAIT_MILLIS = 5_000;
    private static final long DB_RETRY_MILLIS = 15_000;
    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(20);
    private static final Logger LOG = Logger.getLogger(SchedulerLifecycle.class.getName());

    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    DataSource dataSource;

    @Resource
    ManagedThreadFactory threadFactory;

    @Inject
    @ConfigProperty(name = "barta.scheduler.threads", defaultValue = "4")
    int threadCount;

    @Inject
    MetricRegistry metrics;

    private Scheduler scheduler;

    @PostConstruct
    void create() {
        try {
            DBConnectionManager.getInstance()
                    .addConnectionProvider(QUARTZ_DATA_SOURCE, new DataSourceConnectionProvider(dataSource));
            JobStoreTX jobStore = new JobStoreTX();
            jobStore.setDataSource(QUARTZ_DATA_SOURCE);
            jobStore.setDriverDelegateClass(StdJDBCDelegate.class.getName());
            jobStore.setIsClustered(true);
            jobStore.setClusterCheckinInterval(CLUSTER_CHECKIN_MILLIS);

            ThreadExecutor managedExecutor = new ThreadExecutor() {
                @Override
                public void execute(Thread thread) {
                    threadFactory.newThread(thread).start();
                }

                @Override
                public void initialize() {
                    // Nothing to prepare: the container's factory makes the threads.
                }
            };
            String instanceId = new SimpleInstanceIdGenerator().generateInstanceId();
            DirectSchedulerFactory factory = DirectSchedulerFactory.getInstance();
            factory.createScheduler(SCHEDULER_NAME, instanceId, new ManagedThreadPool(threadFactory, threadCount),
                    managedExecutor, jobStore, null, null, 0, IDLE_WAIT_MILLIS, DB_RETRY_MILLIS, false, null);
            scheduler = factory.getScheduler(SCHEDULER_NAME);
            scheduler.setJobFactory(new CdiJobFactory());
            scheduler.getListenerManager().addJobListener(new JobRunCounter(metrics));
            LOG.info(() -> "Quartz scheduler created, clustered, instance " + instanceId);
        } catch (SchedulerException | InvalidConfigurationException e) {
            throw new IllegalStateException("Quartz scheduler did not start", e);
        }
    }

    /**
     * Fires nothing more, gives running jobs a while to end, then shuts down without waiting. Quartz's own
     * "wait for jobs" also waits for its scheduler thread, which retries a failed database call until the job
     * store is shut down, and that happens only after the wait: with the data source already gone while the
     * application stops, the server never exited (quartz-scheduler/quartz#134).
     */
    @PreDestroy
    void stop() {
        if (scheduler == null) {
            return;
        }
        try {
            scheduler.standby();
            long deadline = System.nanoTime() + SHUTDOWN_GRACE.toNanos();
            while (!scheduler.getCurrentlyExecutingJobs().isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
        } catch (SchedulerException e) {
            LOG.warning(() -> "Quartz scheduler did not stand by cleanly: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            scheduler.shutdown(false);
        } catch (SchedulerException e) {
            LOG.warning(() -> "Quartz scheduler did not stop cleanly: " + e.getMessage());
        }
    }

    /** Starts firing triggers; called by {@link SchedulerStarter}. */
    public void startFiring() {
        try {
            scheduler.start();
            LOG.info("Quartz scheduler started");
        } catch (SchedulerException e) {
            throw new IllegalStateException("Quartz scheduler did not start", e);
        }
    }

    /** The scheduler, for services that schedule work. */
    public Scheduler scheduler() {
        return scheduler;
    }
}
