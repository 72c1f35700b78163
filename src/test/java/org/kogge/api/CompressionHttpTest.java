package org.kogge.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kogge.testing.CalendarFixtures;
import org.kogge.testing.CalendarFixtures.Camp;
import org.kogge.testing.Fixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;

/**
 * HTTP compression over a real connection (MockMvc does not compress): the API's JSON, the calendar files and
 * Vaadin's pages come gzipped to a client that accepts it, and plain to one that does not.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CompressionHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    CalendarFixtures cf;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private Camp camp;

    @BeforeEach
    void camp() {
        fixtures.reset();
        camp = cf.camp("Barcamp Smart Water", true, "Regenwasser", "Deiche", "Sielwesen", "Flussauen",
                "Grundwasser", "Trinkwasser");
    }

    @Test
    void jsonCalendarsAndPagesComeGzippedWhenAsked() throws Exception {
        String[][] cases = {
                {"/api/v1/events/" + camp.slug() + "/sessions", "application/json", "\"title\":\"Trinkwasser\""},
                {"/calendar/events/" + camp.slug() + ".ics", "text/calendar", "SUMMARY:Trinkwasser"},
                {"/events/" + camp.slug(), "text/html", "Barcamp Smart Water"}};
        for (String[] c : cases) {
            HttpResponse<byte[]> zipped = get(c[0], "gzip");
            assertThat(zipped.statusCode()).as(c[0]).isEqualTo(200);
            assertThat(zipped.headers().firstValue(HttpHeaders.CONTENT_TYPE)).as(c[0])
                    .hasValueSatisfying(t -> assertThat(t).startsWith(c[1]));
            assertThat(zipped.headers().firstValue(HttpHeaders.CONTENT_ENCODING)).as(c[0]).hasValue("gzip");
            String body = gunzip(zipped.body());
            assertThat(body).as(c[0]).contains(c[2]);

            HttpResponse<byte[]> plain = get(c[0], null);
            assertThat(plain.headers().firstValue(HttpHeaders.CONTENT_ENCODING)).as(c[0]).isEmpty();
            assertThat(new String(plain.body(), StandardCharsets.UTF_8)).as(c[0]).contains(c[2]);
            assertThat(zipped.body().length).as(c[0]).isLessThan(plain.body().length);
        }
    }

    private HttpResponse<byte[]> get(String path, String encoding) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header(HttpHeaders.ACCEPT_LANGUAGE, "de-DE");
        if (encoding != null) {
            request.header(HttpHeaders.ACCEPT_ENCODING, encoding);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String gunzip(byte[] body) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
