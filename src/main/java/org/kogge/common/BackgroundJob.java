package org.kogge.common;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A task that runs in the background every interval, on a daemon thread of its own: the mail sender, the reminders,
 * the sweeps. A failed run is logged and the next one comes at the next interval; runs never overlap. An interval of
 * zero (or less) runs nothing in the background, which is how the tests call the task themselves.
 */
public final class BackgroundJob implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(BackgroundJob.class);

    private final ScheduledExecutorService timer;

    private BackgroundJob(ScheduledExecutorService timer) {
        this.timer = timer;
    }

    /** Runs {@code task} every {@code interval}, first after one interval; {@code name} names the thread and the log. */
    public static BackgroundJob every(Duration interval, String name, Runnable task) {
        if (interval.isZero() || interval.isNegative()) {
            return new BackgroundJob(null);
        }
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
        long millis = interval.toMillis();
        timer.scheduleWithFixedDelay(() -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                log.warn("{} failed; next run in {}", name, interval, e);
            }
        }, millis, millis, TimeUnit.MILLISECONDS);
        return new BackgroundJob(timer);
    }

    /** Stops the runs (the owner's {@code @PreDestroy}); a run in progress is interrupted. */
    @Override
    public void close() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
