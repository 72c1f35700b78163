package org.kogge.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.data.repository.Repository;

/**
 * The production jar runs with Spring AOT, where Spring Data's lazy repository injection is missing; the tests run
 * without AOT, so the resolver that restores it is checked here on a bare bean factory.
 */
class LazyRepositoryInjectionTest {

    interface Things extends Repository<Object, Long> {
    }

    static final class NeedsThings {
        final Things things;

        NeedsThings(Things things) {
            this.things = things;
        }
    }

    private final AtomicInteger made = new AtomicInteger();

    @Test
    void aLazyRepositoryIsInjectedAsAProxyAndMadeWhenFirstUsed() {
        DefaultListableBeanFactory beans = beans(true);
        beans.setAutowireCandidateResolver(new LazyRepositoryInjection.Resolver(beans));

        NeedsThings service = beans.getBean(NeedsThings.class);

        assertThat(made).hasValue(0);
        assertThat(service.things.toString()).isEqualTo("things");
        assertThat(made).hasValue(1);
    }

    @Test
    void aRepositoryThatIsNotLazyIsMadeWithTheServiceThatNeedsIt() {
        DefaultListableBeanFactory beans = beans(false);
        beans.setAutowireCandidateResolver(new LazyRepositoryInjection.Resolver(beans));

        beans.getBean(NeedsThings.class);

        assertThat(made).hasValue(1);
    }

    @Test
    void withoutSpringAotSpringDatasOwnResolverStays() {
        DefaultListableBeanFactory beans = beans(true);

        new LazyRepositoryInjection().postProcessBeanFactory(beans);

        assertThat(beans.getAutowireCandidateResolver()).isNotInstanceOf(LazyRepositoryInjection.Resolver.class);
    }

    private DefaultListableBeanFactory beans(boolean lazyRepository) {
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        RootBeanDefinition repository = new RootBeanDefinition(Things.class, () -> {
            made.incrementAndGet();
            return (Things) Proxy.newProxyInstance(Things.class.getClassLoader(), new Class<?>[] {Things.class},
                    (proxy, method, args) -> method.getName().equals("toString") ? "things" : null);
        });
        repository.setLazyInit(lazyRepository);
        beans.registerBeanDefinition("things", repository);
        RootBeanDefinition service = new RootBeanDefinition(NeedsThings.class);
        service.setAutowireMode(AutowireCapableBeanFactory.AUTOWIRE_CONSTRUCTOR);
        beans.registerBeanDefinition("needsThings", service);
        return beans;
    }
}
