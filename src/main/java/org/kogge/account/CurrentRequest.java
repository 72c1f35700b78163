package org.kogge.account;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Locale;
import java.util.Optional;
import org.kogge.common.Languages;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The request a service call comes from: the client's address (for {@link LoginThrottle}) and the HTTP session (to
 * keep the caller's own session when others end). Vaadin's current request first (also over push), then Spring's.
 */
@Component
class CurrentRequest {

    private final CurrentUser currentUser;

    CurrentRequest(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    Optional<String> clientAddress() {
        VaadinRequest vaadin = VaadinRequest.getCurrent();
        if (vaadin != null) {
            return Optional.ofNullable(vaadin.getRemoteAddr());
        }
        return servletRequest().map(HttpServletRequest::getRemoteAddr);
    }

    Optional<String> sessionId() {
        VaadinSession vaadin = VaadinSession.getCurrent();
        WrappedSession wrapped = vaadin == null ? null : vaadin.getSession();
        if (wrapped != null) {
            return Optional.of(wrapped.getId());
        }
        return servletRequest().map(r -> r.getSession(false)).map(HttpSession::getId);
    }

    /**
     * The language the caller reads Kogge in (the page's, else the one {@link Languages#forPage} picks for their
     * request), one of {@link Languages#SUPPORTED}; the default when there is no request, as in background jobs.
     */
    Locale language() {
        return pageLanguage().orElse(Languages.DEFAULT);
    }

    /**
     * The language of the page the caller is on; outside a page (a plain HTTP request) the one a page would speak:
     * the language chosen with the switch (its cookie), else the logged-in person's remembered one, else the best
     * match of the browser's Accept-Language, else the default. Empty when there is no request.
     */
    Optional<Locale> pageLanguage() {
        UI ui = UI.getCurrent();
        if (ui != null && ui.getLocale() != null) {
            return Optional.of(Languages.supported(ui.getLocale()));
        }
        return servletRequest().map(r -> Languages.forPage(
                Languages.chosenIn(r.getCookies()).or(() -> currentUser.get().flatMap(KoggeUser::language)),
                r.getHeader("Accept-Language")));
    }

    private static Optional<HttpServletRequest> servletRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? Optional.of(attributes.getRequest()) : Optional.empty();
    }
}
