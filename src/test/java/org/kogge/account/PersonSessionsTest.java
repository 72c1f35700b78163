package org.kogge.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;

class PersonSessionsTest {

    private final SessionRegistry registry = new SessionRegistryImpl();
    private final PersonSessions sessions = new PersonSessions(registry);

    @Test
    void aPasswordChangeEndsThePersonsOtherSessionsAndKeepsThisOne() {
        registry.registerNewSession("this", lena(2));
        registry.registerNewSession("other", lena(2));
        registry.registerNewSession("someone-else", user(5, "kai@example.org"));

        sessions.on(new PersonSessions.PasswordChanged(2, "this"));

        assertThat(registry.getSessionInformation("this").isExpired()).isFalse();
        assertThat(registry.getSessionInformation("other").isExpired()).isTrue();
        assertThat(registry.getSessionInformation("someone-else").isExpired()).isFalse();
    }

    /**
     * The registry files sessions under the first principal with the same email (Spring's User is equal by name): a
     * session of an earlier account with that email must not hide the new account's sessions, nor be ended for it.
     */
    @Test
    void anEarlierAccountWithTheSameEmailNeitherHidesTheSessionsNorLosesItsOwn() {
        registry.registerNewSession("earlier-account", lena(1));
        registry.registerNewSession("this", lena(2));
        registry.registerNewSession("other", lena(2));

        sessions.on(new PersonSessions.PasswordChanged(2, "this"));

        assertThat(registry.getSessionInformation("other").isExpired()).isTrue();
        assertThat(registry.getSessionInformation("this").isExpired()).isFalse();
        assertThat(registry.getSessionInformation("earlier-account").isExpired()).isFalse();
    }

    private static KoggeUser lena(long personId) {
        return user(personId, "lena@example.org");
    }

    private static KoggeUser user(long personId, String email) {
        return new KoggeUser(personId, email, "{noop}x", email, List.of(new SimpleGrantedAuthority("ROLE_ATTENDEE")));
    }
}
