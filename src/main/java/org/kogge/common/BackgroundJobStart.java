package org.kogge.common;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Starts the {@link BackgroundJob}s (mail sender, reminders, digests, sweeps) once the application is ready: the web
 * server answers and the start-up data is loaded. Until then they take no CPU from the start (cold start, issue 12).
 */
@Component
class BackgroundJobStart {

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        BackgroundJob.APPLICATION_READY.open();
    }
}
