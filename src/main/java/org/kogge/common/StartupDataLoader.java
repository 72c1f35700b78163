package org.kogge.common;

import jakarta.persistence.EntityManagerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Loads every {@link StartupData} (in order) before the web server accepts its first connection, so that nobody
 * who opens a page right after the start sees a half-made installation (the demo's programme "not published yet").
 * An {@code ApplicationRunner} ran only after the web server had started. A lifecycle phase starts once every bean
 * is ready (services, transactions, event listeners); Spring Boot starts its web server in phase
 * {@code Integer.MAX_VALUE - 2048}, this one comes before it. A failure stops the start, as a runner's did. The
 * lazy repositories are made beside it ({@link RepositoryWarmUp}), from the moment the entity manager factory exists
 * (while the main thread still makes the web, security and Vaadin beans), not only from this phase on.
 */
@Component
class StartupDataLoader implements SmartLifecycle, BeanPostProcessor {

    /** Before Spring Boot's web server (WebServerStartStopLifecycle, {@code Integer.MAX_VALUE - 2048}). */
    static final int PHASE = Integer.MAX_VALUE - 4096;

    private final ObjectProvider<StartupData> data;
    private final RepositoryWarmUp repositories;
    private volatile boolean running;

    StartupDataLoader(ObjectProvider<StartupData> data, ConfigurableListableBeanFactory beans) {
        this.data = data;
        this.repositories = new RepositoryWarmUp(beans);
    }

    /**
     * The entity manager factory is made (Hibernate boots in the background): the lazy repositories can be made from
     * now on, beside the rest of the context (cold start, issue 12). With eagerly made repositories (the tests) the
     * main thread makes them itself; the warm-up then starts with this lifecycle phase and finds nothing to do.
     */
    @Override
    public Object postProcessAfterInitialization(Object bean, String name) {
        if (bean instanceof EntityManagerFactory && repositories.lazy()) {
            repositories.start();
        }
        return bean;
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
