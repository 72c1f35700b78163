package org.kogge.account;

import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.SpringSecurityMessageSource;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Email and password login through {@link LoginThrottle}. Every attempt runs the password hash, also for an unknown
 * email (against a dummy hash, as Spring Security's {@link DaoAuthenticationProvider} does) and for an attempt the
 * throttle holds back; all failures end in the same {@link BadCredentialsException}. So the answer and its timing
 * tell neither whether an email has an account nor whether it is being throttled.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private static final MessageSourceAccessor MESSAGES = SpringSecurityMessageSource.getAccessor();

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;

    ThrottledAuthenticationProvider(DaoAuthenticationProvider passwords, LoginThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String email = String.valueOf(authentication.getPrincipal());
        String address = authentication.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        LoginThrottle.Attempt attempt = throttle.begin(email, address);
        Authentication result;
        try {
            result = passwords.authenticate(authentication);
        } catch (BadCredentialsException wrong) {
            throw badCredentials();
        } catch (RuntimeException notAGuess) {
            attempt.notAGuess();
            throw notAGuess;
        }
        if (!attempt.allowed()) {
            throw badCredentials();
        }
        attempt.succeeded();
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static BadCredentialsException badCredentials() {
        return new BadCredentialsException(MESSAGES.getMessage(
                "AbstractUserDetailsAuthenticationProvider.badCredentials", "Bad credentials"));
    }
}
