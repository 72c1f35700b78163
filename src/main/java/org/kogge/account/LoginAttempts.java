package org.kogge.account;

import java.time.Clock;
import org.kogge.common.KoggeProperties;
import org.kogge.common.Texts;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Counts failed logins per account; after too many the account is locked for a while (see kogge.login.*). */
@Component
public class LoginAttempts {

    private final PersonRepository people;
    private final KoggeProperties properties;
    private final Clock clock;

    public LoginAttempts(PersonRepository people, KoggeProperties properties, Clock clock) {
        this.people = people;
        this.properties = properties;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String email = Texts.normalizeEmail(String.valueOf(event.getAuthentication().getPrincipal()));
        if (email == null) {
            return;
        }
        people.lockByEmail(email).ifPresent(p -> p.loginFailed(properties.login().maxFailures(),
                clock.instant().plus(properties.login().lockDuration())));
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof KoggeUser user) {
            people.findById(user.personId()).ifPresent(Person::loginSucceeded);
        }
    }
}
