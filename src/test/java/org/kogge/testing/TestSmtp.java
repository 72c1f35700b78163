package org.kogge.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * The one SMTP address of a test run, where the tests of mails start their GreenMail server ({@link MailCatcher},
 * {@link MailInbox}, {@link MailTestBase}): a free port picked once per JVM, so that test runs on the same machine do
 * not collide.
 * <p>
 * Import {@link Config} to point Kogge's mail settings at it. Every test class of mails imports the same
 * configuration, so they all share one Spring context. A {@code @DynamicPropertySource} method in each class would
 * not: Spring keys its context cache by those methods, so each class declaring its own started the app again.
 */
public final class TestSmtp {

    public static final int PORT = freePort();
    /** The public address in mail links during these tests. */
    public static final String BASE_URL = "https://kogge.test.example";

    private TestSmtp() {
    }

    /** Kogge's mail settings for {@link #PORT}, without TLS, and a rate no test reaches. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {
        @Bean
        DynamicPropertyRegistrar testSmtp() {
            return registry -> {
                registry.add("kogge.mail.host", () -> "127.0.0.1");
                registry.add("kogge.mail.port", () -> PORT);
                registry.add("kogge.mail.starttls", () -> false);
                registry.add("kogge.mail.from", () -> "kogge@smarte-hanse.example");
                registry.add("kogge.mail.rate-per-minute", () -> 100_000);
                registry.add("kogge.base-url", () -> BASE_URL);
            };
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
