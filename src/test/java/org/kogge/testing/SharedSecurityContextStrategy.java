package org.kogge.testing;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategy;
import java.util.List;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * One security context strategy for every test application context in the JVM, as a running Kogge has one.
 *
 * <p>Vaadin 25 gives each application context its own {@link VaadinAwareSecurityContextHolderStrategy} (with its own
 * thread-local) and makes it the global one when the context starts. The test JVM caches several contexts (MockMvc,
 * a stopped clock, the demo profile), so a context started later would replace the strategy that an earlier context's
 * method security reads, and a login set up by a test would be invisible to the services. Registering one shared
 * instance before Vaadin's auto-configuration runs (it backs off when a strategy bean exists) keeps them the same.
 * Registered for all tests in {@code META-INF/spring.factories}.
 */
public class SharedSecurityContextStrategy implements ContextCustomizerFactory {

    private static final SecurityContextHolderStrategy SHARED = new VaadinAwareSecurityContextHolderStrategy();

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> attributes) {
        return new Customizer();
    }

    /** Equal to every other instance, so that it does not split the context cache. */
    private record Customizer() implements ContextCustomizer {
        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            context.getBeanFactory().registerSingleton("sharedSecurityContextHolderStrategy", SHARED);
        }
    }
}
