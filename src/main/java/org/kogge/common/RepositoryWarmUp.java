package org.kogge.common;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.data.repository.Repository;

/**
 * Makes the repositories on a thread of its own while the start-up data loads ({@link StartupDataLoader}; cold start,
 * issue 12). They are lazy ({@code spring.data.jpa.repositories.bootstrap-mode=lazy}): Spring no longer makes all of
 * them one after the other before anything else can start, but then each was made (its query methods looked up, its
 * queries parsed and checked by Hibernate) on the thread that first used it, which on an empty database is the demo
 * data's, a quarter of its time. Now the second core makes them beside it; a repository that the demo needs while it
 * is being made waits for it, as it would for any singleton. With the tests' eager bootstrap they exist already,
 * nothing is left to do. A repository that fails here is only logged: it fails again, with its error, where used.
 */
final class RepositoryWarmUp {

    private static final Logger LOG = LoggerFactory.getLogger(RepositoryWarmUp.class);

    private final ConfigurableListableBeanFactory beans;
    private volatile boolean running;

    RepositoryWarmUp(ConfigurableListableBeanFactory beans) {
        this.beans = beans;
    }

    /** Starts making the repositories; returns at once. */
    void start() {
        if (!running) {
            running = true;
            Thread.ofPlatform().name("repository-warm-up").daemon().start(this::makeRepositories);
        }
    }

    private void makeRepositories() {
        long started = System.nanoTime();
        String[] names = beans.getBeanNamesForType(Repository.class, true, false);
        for (String name : names) {
            if (!running) {
                return;
            }
            try {
                beans.getBean(name);
            } catch (RuntimeException e) {
                LOG.warn("Repository {} could not be made in advance: {}", name, e.getMessage());
            }
        }
        LOG.info("{} repositories ready after {} ms", names.length, (System.nanoTime() - started) / 1_000_000);
    }

    /** Stops after the repository it is making (the application stops). */
    void stop() {
        running = false;
    }
}
