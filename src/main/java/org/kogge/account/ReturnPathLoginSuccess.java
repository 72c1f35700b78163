package org.kogge.account;

import com.vaadin.flow.spring.security.VaadinSavedRequestAwareAuthenticationSuccessHandler;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.kogge.common.ui.ReturnPath;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;

/**
 * After a login, back to the page the person started from: the login form posts to {@code login?return=…} (see
 * {@link ReturnPath}, which accepts only the app's own paths). Without a return path Vaadin's usual target applies:
 * the protected page that sent the person to log in, else the start page.
 */
class ReturnPathLoginSuccess extends VaadinSavedRequestAwareAuthenticationSuccessHandler {

    private RequestCache requests = new HttpSessionRequestCache();

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws ServletException, IOException {
        if (!returnPath(request).isEmpty()) {
            // The page the person chose to log in from wins over a protected page that sent them to log in earlier.
            requests.removeRequest(request, response);
        }
        super.onAuthenticationSuccess(request, response, authentication);
    }

    @Override
    protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response) {
        String path = returnPath(request);
        return path.isEmpty() ? super.determineTargetUrl(request, response) : "/" + path;
    }

    /** Vaadin's configurer hands over its request cache; the handler keeps it to forget a saved request. */
    @Override
    public void setRequestCache(RequestCache requestCache) {
        super.setRequestCache(requestCache);
        this.requests = requestCache;
    }

    static String returnPath(HttpServletRequest request) {
        return ReturnPath.local(request.getParameter(ReturnPath.PARAM));
    }
}
