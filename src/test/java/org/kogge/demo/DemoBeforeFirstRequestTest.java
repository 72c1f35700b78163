package org.kogge.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.test.context.ActiveProfiles;

/**
 * Cold start: the demo data is complete before the app answers its first request. The very moment the web server
 * has started (before the application context is even finished), the public programme of the demo barcamp is
 * already published: a newcomer who opens it right after {@code ./mvnw spring-boot:run} answers never sees "not
 * published yet". It starts as production does (repositories made lazily, Hibernate booted in the background).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "spring.datasource.url=jdbc:h2:mem:kogge-demo-first;MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
                // As in production: Hibernate boots in the background, repositories are made when first used.
                "spring.data.jpa.repositories.bootstrap-mode=lazy"})
@ActiveProfiles({"test", "demo"})
class DemoBeforeFirstRequestTest {

    /** Asks for the programme as soon as the web server accepts connections, as an eager newcomer would. */
    @TestConfiguration
    static class FirstRequest {

        final AtomicReference<HttpResponse<String>> answer = new AtomicReference<>();

        @EventListener
        void on(WebServerInitializedEvent started) throws IOException, InterruptedException {
            URI programme = URI.create("http://localhost:" + started.getWebServer().getPort()
                    + "/api/v1/events/" + DemoScheduleTest.SLUG + "/sessions");
            try (HttpClient client = HttpClient.newHttpClient()) {
                answer.set(client.send(HttpRequest.newBuilder(programme).build(),
                        HttpResponse.BodyHandlers.ofString()));
            }
        }
    }

    @Autowired FirstRequest first;

    @Test
    void theFirstAnswerHasThePublishedDemoProgramme() {
        HttpResponse<String> answer = first.answer.get();
        assertThat(answer).as("asked when the web server started").isNotNull();
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("\"publishedAt\"").contains("\"sessions\"");
    }
}
