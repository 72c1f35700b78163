package org.kogge.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The application context that service tests, Karibu tests and MockMvc tests share. Spring caches a test context by
 * its configuration, so every difference (a MockMvc here, a clock there) starts the whole app again: each start costs
 * about ten seconds on a busy machine and holds a database pool of its own. Everything that most tests need is
 * therefore in this one: MockMvc for HTTP-level tests and the {@link StoppedClock} as the app's clock (it runs
 * with the system clock until a test stops it; {@link ServiceTestBase} and {@link KaribuTestBase} set it running
 * again after each test).
 * <p>
 * A test that needs a bean of its own or other properties still gets a context of its own; keep such tests few.
 *
 * @see org.springframework.test.web.servlet.MockMvc
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest
@AutoConfigureMockMvc
@Import(StoppedClock.Config.class)
public @interface SharedAppContext {
}
