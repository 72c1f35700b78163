package org.kogge.common;

import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The one place that knows the app's public address ({@code kogge.base-url}, {@code KOGGE_BASE_URL}), for every
 * link the app hands out.
 *
 * <ul>
 * <li>{@link #shown()}: for a link shown in the browser (calendar feed, webcal, an invitation link to copy, the now
 * board's programme address). The setting if there is one; otherwise the address the browser used for the request
 * being answered; otherwise {@link #DEFAULT}.</li>
 * <li>{@link #external()}: for what leaves the browser (mail texts, calendar files and their UIDs, the public API):
 * the setting, or {@link #DEFAULT} when it is missing, which the start-up log warns about.</li>
 * </ul>
 *
 * <p>Proxies: the request's scheme, host and port are read as the container hands them over, so
 * {@code server.forward-headers-strategy} decides whom to believe: {@code native} (the default here) takes
 * {@code X-Forwarded-Proto/Host/Port} from trusted proxies only (Tomcat's RemoteIpValve), {@code framework} from any
 * (Spring's ForwardedHeaderFilter), {@code none} ignores them.
 */
@Component
public class BaseUrl {

    public static final String DEFAULT = "http://localhost:8080";

    /**
     * Profiles in which a missing setting is expected: the demo and the tests, also on MariaDB (a profile such as
     * {@code mariadb} only chooses the database, it does not make a run public).
     */
    private static final Set<String> LOCAL_PROFILES = Set.of("default", "demo", "test");

    private static final Logger log = LoggerFactory.getLogger(BaseUrl.class);

    private final String configured;
    private final boolean externalKnown;

    public BaseUrl(KoggeProperties properties, Environment environment) {
        this.configured = properties.baseUrl();
        Optional<String> warning = missingWarning(configured, environment.getActiveProfiles());
        warning.ifPresent(log::warn);
        this.externalKnown = warning.isEmpty();
    }

    /**
     * Whether {@link #external()} is the app's real public address: set, or a local profile where the default is
     * meant. Mail waits while it is not, so that no mail carries links to a wrong address.
     */
    public boolean externalKnown() {
        return externalKnown;
    }

    /** For a link shown in the browser: the setting, else the address of the current request, else the default. */
    public String shown() {
        if (configured != null) {
            return configured;
        }
        return currentRequest().map(BaseUrl::of).orElse(DEFAULT);
    }

    /** For a link that leaves the browser (mail, calendar files): the setting, else the default. */
    public String external() {
        return configured != null ? configured : DEFAULT;
    }

    /** A link built with {@link #shown()} in this request, pointed at the {@link #external()} address instead. */
    public String external(String shownLink) {
        String shown = shown();
        return shownLink.startsWith(shown) ? external() + shownLink.substring(shown.length()) : shownLink;
    }

    /** The address a request was made to: scheme, host, port unless the scheme's default, and the context path. */
    static String of(HttpServletRequest request) {
        String scheme = request.getScheme().toLowerCase(Locale.ROOT);
        String host = request.getServerName();
        if (host.contains(":") && !host.startsWith("[")) {
            host = "[" + host + "]";
        }
        int port = request.getServerPort();
        boolean defaultPort = port <= 0 || ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        String context = request.getContextPath() == null ? "" : request.getContextPath();
        return scheme + "://" + host + (defaultPort ? "" : ":" + port) + strip(context);
    }

    /** The start-up warning when links that leave the browser would say {@link #DEFAULT}; none for local profiles. */
    static Optional<String> missingWarning(String configured, String... activeProfiles) {
        if (configured != null || isLocal(activeProfiles)) {
            return Optional.empty();
        }
        return Optional.of("kogge.base-url (KOGGE_BASE_URL) is not set: links in mails and calendar files will say "
                + DEFAULT + "; set it to the app's public address, e.g. https://kogge.example.org");
    }

    /**
     * Whether these profiles make a local run (the demo, the tests), where settings a public server needs may be
     * missing without a warning.
     */
    public static boolean isLocal(String... activeProfiles) {
        return activeProfiles.length == 0 || Arrays.stream(activeProfiles).anyMatch(LOCAL_PROFILES::contains);
    }

    /** The setting as {@link KoggeProperties} keeps it: null when blank, without a trailing slash. */
    static String normalize(String baseUrl) {
        return baseUrl == null || baseUrl.isBlank() ? null : strip(baseUrl.strip());
    }

    private static String strip(String s) {
        return s.replaceAll("/+$", "");
    }

    private static Optional<HttpServletRequest> currentRequest() {
        VaadinServletRequest vaadin = VaadinServletRequest.getCurrent();
        if (vaadin != null) {
            return Optional.of(vaadin.getHttpServletRequest());
        }
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? Optional.of(attributes.getRequest())
                : Optional.empty();
    }
}
