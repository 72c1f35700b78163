package org.kogge.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kogge.testing.Fixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The first page as the browser receives it: its {@code <html lang>} and its icon. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ShellHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeEach
    void resetDatabase() {
        fixtures.reset();
    }

    @Test
    void htmlLangIsTheChosenLanguageNotTheBrowsers() throws Exception {
        assertThat(page("/", "en-US,en;q=0.9", null)).containsPattern("<html[^>]* lang=\"de\"");
        assertThat(page("/privacy", "de-DE", "kogge-lang=en")).containsPattern("<html[^>]* lang=\"en\"");
        assertThat(page("/events", "en", "kogge-lang=de")).containsPattern("<html[^>]* lang=\"de\"");
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
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept-Language", acceptLanguage);
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return r.body();
    }
}
