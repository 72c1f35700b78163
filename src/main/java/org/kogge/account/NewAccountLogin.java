package org.kogge.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Logs a person in right after they created their account (they have just chosen the password, asking for it again
 * would only lose the page they came from). It does what a form login does: a new session id (no session fixation),
 * the security context kept in the session, and the session registered for {@link PersonSessions}.
 */
@Component
public class NewAccountLogin {

    private final PersonUserDetailsService users;
    private final SessionRegistry sessions;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    NewAccountLogin(PersonUserDetailsService users, SessionRegistry sessions) {
        this.users = users;
        this.sessions = sessions;
    }

    /** Logs in the account {@link AccountService#signUp} just created, in the request that created it. */
    public void logIn(PersonDto created, HttpServletRequest request, HttpServletResponse response) {
        UserDetails user = users.loadUserByUsername(created.email());
        Authentication auth = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        request.getSession();
        request.changeSessionId();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(auth);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        sessions.registerNewSession(request.getSession().getId(), user);
    }
}
