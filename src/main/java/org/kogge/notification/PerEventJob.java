package org.kogge.notification;

import java.time.Duration;
import java.util.function.ToIntFunction;
import org.kogge.common.BackgroundJob;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How the event mail jobs ({@link ChangeDigests}, {@link Reminders}) run: every interval in the background, and each
 * event in a transaction of its own at READ COMMITTED. The work for an event first locks the event's row, so a second
 * app instance running the same job waits for the first and then reads what it committed: nobody is mailed twice.
 * The owner closes it in its {@code @PreDestroy}.
 */
final class PerEventJob implements AutoCloseable {

    private final TransactionTemplate tx;
    private final BackgroundJob timer;

    /** Runs {@code job} every {@code interval} ({@code name} names the thread and the log); zero runs nothing. */
    PerEventJob(PlatformTransactionManager transactions, Duration interval, String name, Runnable job) {
        this.tx = new TransactionTemplate(transactions);
        tx.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        this.timer = BackgroundJob.every(interval, name, job);
    }

    /** Does {@code work} for each event, each in a transaction of its own; returns how many mails they queued. */
    <T> int eachEvent(Iterable<T> events, ToIntFunction<T> work) {
        int queued = 0;
        for (T event : events) {
            queued += tx.execute(s -> work.applyAsInt(event));
        }
        return queued;
    }

    @Override
    public void close() {
        timer.close();
    }
}
