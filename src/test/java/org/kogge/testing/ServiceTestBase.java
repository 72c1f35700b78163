package org.kogge.testing;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.kogge.account.PersonUserDetailsService;
import org.kogge.common.InvalidInputException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * Base of service tests: the {@link SharedAppContext shared context}, a fresh database per test (see
 * {@link Fixtures#reset()}), the app's clock running again after each test, and login helpers.
 */
@SharedAppContext
public abstract class ServiceTestBase {

    @Autowired
    protected Fixtures fixtures;

    @Autowired
    private PersonUserDetailsService users;

    @Autowired
    private StoppedClock appClock;

    @BeforeEach
    void resetDatabase() {
        fixtures.reset();
    }

    @AfterEach
    void clearLoginAndRunClock() {
        SecurityContextHolder.clearContext();
        appClock.run();
    }

    /** Acts as this person for the rest of the test (on this thread). */
    protected void login(String email) {
        UserDetails user = users.loadUserByUsername(email);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }

    protected void logout() {
        SecurityContextHolder.clearContext();
    }

    /** The first problem a refused call reports, as "field:message.key" ("null:..." for the form as a whole). */
    protected static String problemOf(Runnable r) {
        try {
            r.run();
        } catch (InvalidInputException e) {
            return e.problems().get(0).field() + ":" + e.problems().get(0).messageKey();
        }
        throw new AssertionError("no problem reported");
    }
}
