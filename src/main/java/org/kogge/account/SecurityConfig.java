package org.kogge.account;

import static org.springframework.security.config.Customizer.withDefaults;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSavedRequestAwareAuthenticationSuccessHandler;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import org.kogge.account.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Vaadin's security setup with Kogge's login view, method security for services, and security headers. Logins go
 * through {@link LoginThrottle}, and the login form needs a CSRF token like every other form post.
 * <p>
 * Method security is {@code @PreAuthorize} on services only. Views carry {@code @RolesAllowed}/{@code @PermitAll},
 * which Vaadin's navigation access control reads; JSR-250 method security is off, or Spring would wrap each such view
 * in a proxy (and the router would hold the proxy instead of the view).
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
public class SecurityConfig {

    /** Vaadin needs inline styles and scripts and a websocket for push; everything else comes from this origin. */
    static final String CSP = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self' ws: wss:; frame-ancestors 'self'; form-action 'self'; base-uri 'self'; "
            + "object-src 'none'";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, RequestUtil vaadinRequests) throws Exception {
        // Calendar files and the public API are read without a login (GET/HEAD, and CORS preflights for the API);
        // anything else sent there goes through the usual login and CSRF checks.
        http.authorizeHttpRequests(auth -> auth
                // An error page is shown in place of the request that failed, which was already let through or
                // refused: checking the error dispatch again turned an API or calendar error into a login redirect.
                .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                .requestMatchers(HttpMethod.GET, "/calendar/**", "/api/**").permitAll()
                .requestMatchers(HttpMethod.HEAD, "/calendar/**", "/api/**").permitAll()
                .requestMatchers(HttpMethod.OPTIONS, "/api/**").permitAll()
                .requestMatchers("/images/**", "/icons/**").permitAll()
                // A ceremony guest's .ics: the secret token in the path is the access check (see CeremonyCalendarController).
                .requestMatchers(HttpMethod.GET, "/invitation/*/ceremony.ics").permitAll()
                // One-click unsubscribe from a mail (RFC 8058): the secret token in the path is the access check, and
                // mail programs POST without a session or CSRF token (see UnsubscribeController).
                .requestMatchers(HttpMethod.GET, UnsubscribeController.PATH + "*/*").permitAll()
                .requestMatchers(HttpMethod.POST, UnsubscribeController.PATH + "*/*").permitAll()
                // An address that is no view: Vaadin answers with its "not found" page (404) instead of sending the
                // visitor to the login page. Views are still checked: known ones by Vaadin's rules below, and every
                // view again by Vaadin's navigation access control when it is entered.
                .requestMatchers(request -> isUnknownPage(request, vaadinRequests)).permitAll());
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .contentTypeOptions(withDefaults())
                .frameOptions(f -> f.sameOrigin()));
        // After a login the person is back on the page they started from (login?return=…, see ReturnPath). Vaadin's
        // configurer takes its success handler from the shared objects; a form login declared here instead would be
        // set up before Vaadin's and replace the login view with Spring's generated page.
        http.setSharedObject(VaadinSavedRequestAwareAuthenticationSuccessHandler.class, new ReturnPathLoginSuccess());
        // Vaadin exempts its login path from CSRF checks; that would let another site log a visitor into an account
        // of its choosing (login CSRF). Its own requests carry Vaadin's CSRF token and stay exempt; the login form
        // sends Spring's token, which Vaadin puts into the page (meta tags the login form reads).
        http.with(VaadinSecurityConfigurer.vaadin(), c -> c.loginView(LoginView.class).enableCsrfConfiguration(false));
        http.with(new FailedLoginKeepsReturnPath(), withDefaults());    // after Vaadin's: it needs its form login
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest)
                .ignoringRequestMatchers(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST,
                        UnsubscribeController.PATH + "*/*")));
        // Every login's session is registered, any number per person, so that a password change can end the others
        // (see PersonSessions); a session ended that way that still makes a request is logged out and sent to login.
        http.sessionManagement(sessions -> sessions.maximumSessions(-1).sessionRegistry(sessionRegistry())
                .expiredUrl("/login"));
        return http.build();
    }

    /** A page request (GET) for an address that is neither one of Vaadin's own nor a view's. */
    static boolean isUnknownPage(HttpServletRequest request, RequestUtil vaadinRequests) {
        return HttpMethod.GET.matches(request.getMethod()) && !vaadinRequests.isFrameworkInternalRequest(request)
                && !vaadinRequests.isAnonymousRoute(request) && !vaadinRequests.isSecuredFlowRoute(request);
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the session registry and {@link PersonSessions} about sessions that start, change id or end. */
    @Bean
    static HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    /** Email and password, checked against the people's hashes through the login throttle. */
    @Bean
    AuthenticationProvider authenticationProvider(PersonUserDetailsService users, PasswordEncoder passwordEncoder,
                                                  LoginThrottle throttle) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(passwordEncoder);
        return new ThrottledAuthenticationProvider(passwords, throttle);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
        return new DefaultAuthenticationEventPublisher(publisher);
    }
}
