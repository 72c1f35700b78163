package org.kogge.demo;

import org.kogge.account.LoginThrottle;
import org.kogge.testing.DatabaseCleaner;
import org.springframework.stereotype.Component;

/**
 * The demo data (Smarte Hanse: one account per role, the Smart Water barcamp with a published programme, the signing
 * ceremony with agenda, signatories and guests, a past barcamp) for tests in the test profile, where the demo does not
 * load at start-up: {@link #load()} empties the database and runs the same loader the demo profile runs at start-up,
 * so tests see the pages as a visitor of the demo does.
 */
@Component
public class DemoWorld {

    public static final String BARCAMP = "barcamp-smart-water";
    public static final String CEREMONY = "unterzeichnung-der-erweiterten-kooperationsvereinbarung";

    private final DatabaseCleaner cleaner;
    private final LoginThrottle loginThrottle;
    private final DemoData demo;

    public DemoWorld(DatabaseCleaner cleaner, LoginThrottle loginThrottle, DemoData demo) {
        this.cleaner = cleaner;
        this.loginThrottle = loginThrottle;
        this.demo = demo;
    }

    /** An empty database, then the demo data as the demo profile loads it. */
    public void load() {
        cleaner.clean();
        loginThrottle.forgetAll();
        demo.loadIfEmpty();
    }
}
