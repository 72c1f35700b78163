package org.kogge.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A background job starts counting its interval only when the application is ready, never inside the start. */
class BackgroundJobTest {

    @Test
    void aJobMadeBeforeTheApplicationIsReadyWaitsForItThenRuns() throws InterruptedException {
        BackgroundJob.Gate ready = new BackgroundJob.Gate();
        CountDownLatch ran = new CountDownLatch(1);
        try (BackgroundJob job = BackgroundJob.every(ready, Duration.ofMillis(1), "test-job", ran::countDown)) {
            assertThat(ready.waiting()).as("not scheduled before the application is ready").isEqualTo(1);
            assertThat(ran.getCount()).isEqualTo(1);

            ready.open();

            assertThat(ready.waiting()).isZero();
            assertThat(ran.await(30, TimeUnit.SECONDS)).as("runs once ready").isTrue();
        }
    }

    @Test
    void aJobMadeAfterTheApplicationIsReadyStartsAtOnce() throws InterruptedException {
        BackgroundJob.Gate ready = new BackgroundJob.Gate();
        ready.open();
        CountDownLatch ran = new CountDownLatch(1);
        try (BackgroundJob job = BackgroundJob.every(ready, Duration.ofMillis(1), "test-job", ran::countDown)) {
            assertThat(ready.waiting()).isZero();
            assertThat(ran.await(30, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void anIntervalOfZeroRunsNothingInTheBackground() {
        BackgroundJob.Gate ready = new BackgroundJob.Gate();
        try (BackgroundJob job = BackgroundJob.every(ready, Duration.ZERO, "test-job", () -> { })) {
            assertThat(ready.waiting()).isZero();
        }
    }
}
