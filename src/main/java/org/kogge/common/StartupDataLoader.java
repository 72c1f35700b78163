package org.kogge.common;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Loads every {@link StartupData} (in order) before the web server accepts its first connection, so that nobody
 * who opens a page right after the start sees a half-made installation (the demo's programme "not published yet").
 * An {@code ApplicationRunner} ran only after the web server had started. A lifecycle phase starts once every bean
 * is ready (services, transactions, event listeners); Spring Boot starts its web server in phase
 * {@code Integer.MAX_VALUE - 2048}, this one comes before it. A failure stops the start, as a runner's did. The
 * lazy repositories are made beside it ({@link RepositoryWarmUp}).
 */
@Component
class StartupDataLoader implements SmartLifecycle {

    /** Before Spring Boot's web server (WebServerStartStopLifecycle, {@code Integer.MAX_VALUE - 2048}). */
    static final int PHASE = Integer.MAX_VALUE - 4096;

    private final ObjectProvider<StartupData> data;
    private final RepositoryWarmUp repositories;
    private volatile boolean running;

    StartupDataLoader(ObjectProvider<StartupData> data, ConfigurableListableBeanFactory beans) {
        this.data = data;
        this.repositories = new RepositoryWarmUp(beans);
    }

    @Override
    public void start() {
        if (!running) {
            repositories.start();
            data.orderedStream().forEach(StartupData::load);
            running = true;
        }
    }

    @Override
    public void stop() {
        repositories.stop();
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}
