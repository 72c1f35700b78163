package org.kogge.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kogge.account.Role;
import org.kogge.event.EventKind;
import org.kogge.event.EventState;
import org.kogge.testing.Fixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;

/**
 * HTTP statuses as a browser or a calendar app sees them, over a real connection: the servlet container's error
 * dispatch and Spring Security's filters take part (MockMvc has neither). Errors are answered where they happen,
 * never with a redirect to the login page; Vaadin's pages answer with their view's status (404, 403), and pages that
 * need a login still send anonymous visitors to it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ErrorStatusHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    private final HttpClient anonymous = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeEach
    void resetDatabase() {
        fixtures.reset();
    }

    @Test
    void apiErrorsAreJsonAndCalendarErrorsAPlainNotFoundNeverARedirect() throws Exception {
        for (String url : new String[] {"/api/v1/events?page=107374183", "/api/v1/events?page=abc",
                "/api/v1/events?size=99999999999", "/api/v1/events?kind=feier"}) {
            assertAnswered(get(anonymous, url), 400, "application/json", "\"error\":\"bad-request\"");
        }
        for (String url : new String[] {"/api/v1/events/gibt-es-nicht", "/api/v1/events/gibt-es-nicht/sessions"}) {
            assertAnswered(get(anonymous, url), 404, "application/json", "\"error\":\"not-found\"");
        }
        for (String url : new String[] {"/calendar/sessions/abc.ics", "/calendar/sessions/99999999999999999999.ics",
                "/calendar/sessions/999999.ics", "/calendar/events/x.ics", "/calendar/feed/x.ics",
                "/invitation/kein-gueltiger-link/ceremony.ics"}) {
            assertAnswered(get(anonymous, url), 404, "text/plain", "Not found");
        }
    }

    @Test
    void anUnknownAddressOrEventIsNotFoundAndSaysSo() throws Exception {
        for (String path : new String[] {"/no-such-page", "/events/gibt-es-nicht", "/events/gibt-es-nicht/schedule"}) {
            assertAnswered(get(anonymous, path), 404, "text/html", "Nicht gefunden");
        }
        String organizer = fixtures.person("Otto Orga", Role.ORGANIZER).email();
        String slug = fixtures.event(organizer, "Barcamp Lübeck", EventKind.BARCAMP, 10, EventState.PUBLISHED).slug();
        HttpResponse<String> event = get(anonymous, "/events/" + slug);
        assertThat(event.statusCode()).isEqualTo(200);
        assertThat(event.body()).contains("Barcamp Lübeck").doesNotContain("Nicht gefunden");
        assertThat(get(anonymous, "/").statusCode()).isEqualTo(200);
    }

    @Test
    void pagesThatNeedALoginStillSendAnonymousVisitorsToTheLoginPage() throws Exception {
        for (String path : new String[] {"/organize", "/account", "/admin/people", "/me/agenda", "/me/sessions"}) {
            HttpResponse<String> r = get(anonymous, path);
            assertThat(r.statusCode()).as(path).isEqualTo(302);
            assertThat(r.headers().firstValue(HttpHeaders.LOCATION)).as(path).hasValueSatisfying(
                    location -> assertThat(URI.create(location).getPath()).isEqualTo("/login"));
        }
    }

    @Test
    void aViewTheRoleDoesNotAllowIsForbiddenAndSaysSo() throws Exception {
        HttpClient attendee = loggedIn(fixtures.person("Anna Alt", Role.ATTENDEE).email());
        for (String path : new String[] {"/organize", "/admin/people"}) {
            assertAnswered(get(attendee, path), 403, "text/html", "Kein Zugriff");
        }
        assertAnswered(get(attendee, "/no-such-page"), 404, "text/html", "Nicht gefunden");
        HttpResponse<String> account = get(attendee, "/account");
        assertThat(account.statusCode()).isEqualTo(200);
        assertThat(account.body()).doesNotContain("Kein Zugriff");
    }

    private static void assertAnswered(HttpResponse<String> r, int status, String contentType, String text) {
        String url = r.uri().toString();
        assertThat(r.statusCode()).as(url).isEqualTo(status);
        assertThat(r.headers().firstValue(HttpHeaders.LOCATION)).as(url).isEmpty();
        assertThat(r.headers().firstValue(HttpHeaders.CONTENT_TYPE)).as(url).hasValueSatisfying(
                type -> assertThat(type).startsWith(contentType));
        assertThat(r.body()).as(url).contains(text).doesNotContain("Exception");
    }

    private HttpResponse<String> get(HttpClient http, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header(HttpHeaders.ACCEPT, "text/html,application/xhtml+xml,*/*;q=0.8")
                .header(HttpHeaders.ACCEPT_LANGUAGE, "de-DE").build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A client with a session that went through the real login form, with the CSRF token the login page carries. */
    private HttpClient loggedIn(String email) throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        Matcher csrf = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"").matcher(get(http, "/login").body());
        assertThat(csrf.find()).as("the login page carries a CSRF token").isTrue();
        String form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(Fixtures.PASSWORD, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header(HttpHeaders.CONTENT_TYPE, "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue(HttpHeaders.LOCATION).orElseThrow()).doesNotContain("error");
        return http;
    }
}
