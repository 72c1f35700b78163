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
import org.kogge.account.PersonDto;
import org.kogge.testing.Fixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The first page as the browser receives it: its {@code <html lang>}, which follows the person's choice, else the
 * browser's language, else German (see {@code Languages.forPage}), and its icon.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ShellHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeEach
    void resetDatabase() {
        fixtures.reset();
    }

    @Test
    void withoutAChoiceHtmlLangIsTheBrowsersBestSupportedLanguage() throws Exception {
        assertThat(page("/", "en-US,en;q=0.9", null)).containsPattern("<html[^>]* lang=\"en\"");
        assertThat(page("/privacy", "fr-FR,en;q=0.5", null)).containsPattern("<html[^>]* lang=\"en\"")
                .contains("Skip to content").doesNotContain("Zum Inhalt springen"); // the first page's UI, in its HTML
        assertThat(page("/privacy", "de-AT", null)).containsPattern("<html[^>]* lang=\"de\"")
                .contains("Zum Inhalt springen").doesNotContain("Skip to content");
        assertThat(page("/events", "de;q=0.3,en;q=0.7", null)).containsPattern("<html[^>]* lang=\"en\"");
        assertThat(page("/events", "en;q=0.3,de;q=0.7", null)).containsPattern("<html[^>]* lang=\"de\"");
    }

    @Test
    void aLanguageKoggeDoesNotSpeakOrNoneAtAllGivesGerman() throws Exception {
        assertThat(page("/", "fr", null)).containsPattern("<html[^>]* lang=\"de\"");
        assertThat(page("/privacy", "fr-FR,es;q=0.8", null)).containsPattern("<html[^>]* lang=\"de\"");
        assertThat(page("/privacy", null, null)).containsPattern("<html[^>]* lang=\"de\"");
    }

    @Test
    void theChosenLanguageBeatsTheBrowsers() throws Exception {
        assertThat(page("/privacy", "de-DE", "kogge-lang=en")).containsPattern("<html[^>]* lang=\"en\"");
        assertThat(page("/events", "en-US,en;q=0.9", "kogge-lang=de")).containsPattern("<html[^>]* lang=\"de\"");
        // A cookie naming no language Kogge speaks is no choice: the browser decides.
        assertThat(page("/events", "en", "kogge-lang=fr")).containsPattern("<html[^>]* lang=\"en\"");
    }

    @Test
    void aLoggedInPersonsRememberedLanguageBeatsTheBrowsersButNotTheCookie() throws Exception {
        PersonDto greta = fixtures.person("Greta Gans");
        jdbc.update("update person set preferred_locale = 'en' where id = ?", greta.id());
        HttpClient session = loggedIn(greta.email());

        assertThat(page(session, "/privacy", "de-DE", null)).containsPattern("<html[^>]* lang=\"en\"");
        assertThat(page(session, "/privacy", "de-DE", "kogge-lang=de")).containsPattern("<html[^>]* lang=\"de\"");
    }

    @Test
    void aServerRenderedPageSpeaksTheSameLanguageAsTheApp() throws Exception {
        HttpResponse<String> english = get(http, "/mail/unsubscribe/no-such-token/changes", "en-US,en;q=0.9", null);
        assertThat(english.statusCode()).isEqualTo(404);
        assertThat(english.body()).contains("<html lang=\"en\"").contains("This link is unknown.");

        HttpResponse<String> chosen = get(http, "/mail/unsubscribe/no-such-token/changes", "en-US", "kogge-lang=de");
        assertThat(chosen.body()).contains("<html lang=\"de\"").contains("Dieser Link ist unbekannt.");

        assertThat(get(http, "/mail/unsubscribe/no-such-token/changes", "fr", null).body())
                .contains("<html lang=\"de\"");
    }

    @Test
    void everyPageLinksAnIconThatIsServed() throws Exception {
        assertThat(page("/", "de", null)).containsPattern("<link href=\"icons/favicon.svg\" rel=\"icon\"");
        HttpResponse<String> icon = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/icons/favicon.svg")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(icon.statusCode()).isEqualTo(200);
        assertThat(icon.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("svg"));
    }

    private String page(String path, String acceptLanguage, String cookie) throws Exception {
        return page(http, path, acceptLanguage, cookie);
    }

    private String page(HttpClient client, String path, String acceptLanguage, String cookie) throws Exception {
        HttpResponse<String> r = get(client, path, acceptLanguage, cookie);
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return r.body();
    }

    private HttpResponse<String> get(HttpClient client, String path, String acceptLanguage, String cookie)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A client with a session that went through the real login form, with the CSRF token the login page carries. */
    private HttpClient loggedIn(String email) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        Matcher csrf = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"")
                .matcher(get(client, "/login", "de-DE", null).body());
        assertThat(csrf.find()).as("the login page carries a CSRF token").isTrue();
        String form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(Fixtures.PASSWORD, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        return client;
    }
}
