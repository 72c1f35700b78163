package org.kogge.common;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A task that runs in the background every interval, on a daemon thread of its own: the mail sender, the reminders,
 * the sweeps. A failed run is logged and the next one comes at the next interval; runs never overlap. An interval of
 * zero (or less) runs nothing in the background, which is how the tests call the task themselves.
 * <p>
 * The interval counts from the moment the application is ready ({@link BackgroundJobStart}), not from the making of
 * the owner's bean: a job never runs inside the start (cold start, issue 12: the mail sender's first run came 10 s
 * after its bean was made, in the middle of the demo data on a slow machine). A job made after that moment (another
 * application in the same JVM, as in the tests) counts from its making.
 */
public final class BackgroundJob implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(BackgroundJob.class);

    /** Opened once the application is ready ({@link BackgroundJobStart}). */
    static final Gate APPLICATION_READY = new Gate();

    private final ScheduledExecutorService timer;

    private BackgroundJob(ScheduledExecutorService timer) {
        this.timer = timer;
    }

    /** Runs {@code task} every {@code interval}, first after one interval; {@code name} names the thread and the log. */
    public static BackgroundJob every(Duration interval, String name, Runnable task) {
        return every(APPLICATION_READY, interval, name, task);
    }

    /** As {@link #every(Duration, String, Runnable)}, the first interval counted from the opening of {@code gate}. */
    static BackgroundJob every(Gate gate, Duration interval, String name, Runnable task) {
        if (interval.isZero() || interval.isNegative()) {
            return new BackgroundJob(null);
        }
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
        long millis = interval.toMillis();
        Runnable schedule = () -> {
            if (!timer.isShutdown()) {
                timer.scheduleWithFixedDelay(() -> {
                    try {
                        task.run();
                    } catch (RuntimeException e) {
                        log.warn("{} failed; next run in {}", name, interval, e);
                    }
                }, millis, millis, TimeUnit.MILLISECONDS);
            }
        };
        gate.then(schedule);
        return new BackgroundJob(timer);
    }

    /** Holds the start of jobs until it is opened; after that, starts them at once. */
    static final class Gate {

        private final List<Runnable> waiting = new ArrayList<>();
        private boolean open;

        synchronized void then(Runnable start) {
            if (open) {
                start.run();
            } else {
                waiting.add(start);
            }
        }

        synchronized void open() {
            open = true;
            waiting.forEach(Runnable::run);
            waiting.clear();
        }

        synchronized int waiting() {
            return waiting.size();
        }
    }

    /** Stops the runs (the owner's {@code @PreDestroy}); a run in progress is interrupted. */
    @Override
    public void close() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
