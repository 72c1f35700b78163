package org.kogge.account;

import org.kogge.common.ui.ReturnPath;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.FormLoginConfigurer;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;

/**
 * A failed login goes back to the login page with its error and its return path ({@code login?error&return=…}), so
 * that the second try still returns to where the person started. Added after Vaadin's configurer: configurers are
 * initialised in the order they were added, so the form login that Vaadin sets up exists when this one runs, and
 * gets this failure handler before its own initialisation would set the plain {@code login?error}.
 */
class FailedLoginKeepsReturnPath extends AbstractHttpConfigurer<FailedLoginKeepsReturnPath, HttpSecurity> {

    private final RedirectStrategy redirect = new DefaultRedirectStrategy();

    @Override
    @SuppressWarnings("unchecked")
    public void init(HttpSecurity http) {
        FormLoginConfigurer<HttpSecurity> form = http.getConfigurer(FormLoginConfigurer.class);
        if (form == null) {
            throw new IllegalStateException("Vaadin's security configurer must set up the form login first");
        }
        form.failureHandler((request, response, failure) -> {
            String path = ReturnPathLoginSuccess.returnPath(request);
            String query = path.isEmpty() ? "" : "&" + ReturnPath.query(path).getQueryString();
            redirect.sendRedirect(request, response, "/login?error" + query);
        });
    }
}
