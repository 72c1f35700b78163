package org.kogge.testing;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.internal.CurrentInstance;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.kogge.account.PersonUserDetailsService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Base of Karibu (browserless) UI tests, named {@code *KT}: routes discovered once, a fresh database and a fresh
 * mocked Vaadin per test, German by default, and {@link #login(String)} through the app's own user service. They
 * share the {@link SharedAppContext shared context} with the service tests; the app's clock runs again after each test.
 */
@SharedAppContext
public abstract class KaribuTestBase {

    private static Routes routes;

    @Autowired
    protected Fixtures fixtures;

    @Autowired
    private ApplicationContext ctx;

    @Autowired
    private PersonUserDetailsService users;

    @Autowired
    private PasswordEncoder passwordEncoder;

    @Autowired
    private StoppedClock appClock;

    @BeforeAll
    static void discoverRoutes() {
        if (routes == null) {
            routes = new Routes().autoDiscoverViews("org.kogge");
        }
    }

    @BeforeEach
    void setUpVaadin() {
        fixtures.reset();
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(routes, ctx, uiFactory));
        useLocale(Locale.GERMAN);
    }

    /**
     * Karibu opens the start page (and builds MainLayout) while setting up, in the JVM's language, and Vaadin reuses
     * both when a test navigates there. So the language goes into the session and the UI is reloaded: the new UI
     * takes the session's language (see KoggeServiceInitListener), whatever the machine's locale.
     */
    private void useLocale(Locale locale) {
        VaadinSession.getCurrent().setLocale(locale);
        VaadinSession.getCurrent().setAttribute(org.kogge.ui.LanguageSwitch.COOKIE, locale);
        UI.getCurrent().getPage().reload();
        UI.getCurrent().setLocale(locale);
    }

    @AfterEach
    void tearDownVaadin() {
        logout();
        MockVaadin.tearDown();
        appClock.run();
    }

    /** Logs in with the fixtures' password, as the login form would, and tells Karibu's request about it. */
    protected void login(String email) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(passwordEncoder);
        Authentication auth = provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, Fixtures.PASSWORD));
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(auth);
        SecurityContextHolder.setContext(context);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(auth);
        request.setUserInRole((principal, role) -> auth.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_" + role)));
    }

    protected void logout() {
        SecurityContextHolder.clearContext();
        var current = VaadinServletRequest.getCurrent();
        if (current != null && current.getRequest() instanceof FakeRequest request) {
            request.setUserPrincipalInt(null);
            request.setUserInRole((p, r) -> false);
        }
    }

    /**
     * Makes the rest of the test run as if the browser had opened the app at {@code scheme://host:port} (Karibu's own
     * request says {@code http://127.0.0.1:8080}), as the container hands a request over after applying
     * {@code X-Forwarded-*}. Call it after {@link #login(String)}.
     */
    protected void browserAt(String scheme, String host, int port) {
        VaadinServletRequest current = VaadinServletRequest.getCurrent();
        HttpServletRequestWrapper addressed = new HttpServletRequestWrapper(current.getHttpServletRequest()) {
            @Override
            public String getScheme() {
                return scheme;
            }

            @Override
            public String getServerName() {
                return host;
            }

            @Override
            public int getServerPort() {
                return port;
            }
        };
        CurrentInstance.set(VaadinRequest.class, new VaadinServletRequest(addressed, current.getService()));
    }

    protected void english() {
        useLocale(Locale.ENGLISH);
    }
}
