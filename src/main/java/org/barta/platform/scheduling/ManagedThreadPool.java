package org.barta.platform.scheduling;

import jakarta.enterprise.concurrent.ManagedThreadFactory;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.quartz.spi.ThreadPool;

/**
 * Quartz worker threads made by the container's {@link ManagedThreadFactory}, so jobs run with the
 * application's naming context, class loader and CDI. A semaphore gives Quartz the "block until a thread
 * is free" contract it needs. Public because Quartz sets its details by reflection.
 */
public final class ManagedThreadPool implements ThreadPool {

    private static final long SHUTDOWN_WAIT_SECONDS = 30;

    private final ManagedThreadFactory threadFactory;
    private final int size;
    private final Semaphore freeThreads;
    private ExecutorService executor;

    public ManagedThreadPool(ManagedThreadFactory threadFactory, int size) {
        this.threadFactory = threadFactory;
        this.size = size;
        this.freeThreads = new Semaphore(size);
    }

    @Override
    public void initialize() {
        executor = new ThreadPoolExecutor(size, size, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(),
                threadFactory);
    }

    @Override
    public boolean runInThread(Runnable runnable) {
        if (executor.isShutdown()) {
            return false;
        }
        try {
            freeThreads.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        executor.execute(() -> {
            try {
                runnable.run();
            } finally {
                freeThreads.release();
            }
        });
        return true;
    }

    @Override
    public int blockForAvailableThreads() {
        try {
            freeThreads.acquire();
            freeThreads.release();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Math.max(1, freeThreads.availablePermits());
    }

    @Override
    public void shutdown(boolean waitForJobsToComplete) {
        executor.shutdown();
        if (waitForJobsToComplete) {
            try {
                executor.awaitTermination(SHUTDOWN_WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public int getPoolSize() {
        return size;
    }

    @Override
    public void setInstanceId(String schedInstId) {
        // Threads are named by the container's factory.
    }

    @Override
    public void setInstanceName(String schedName) {
        // Threads are named by the container's factory.
    }
}
