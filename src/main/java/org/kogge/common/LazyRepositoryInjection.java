package org.kogge.common;

import org.springframework.aot.AotDetector;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.config.DependencyDescriptor;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.annotation.ContextAnnotationAutowireCandidateResolver;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Component;

/**
 * The lazy repository bootstrap ({@code spring.data.jpa.repositories.bootstrap-mode=lazy}) also in the production jar
 * started with Spring AOT (cold start, issue 12). Spring Data injects a lazy repository as a proxy that makes it when
 * first used, by an autowiring resolver it sets while it registers the repositories; with Spring AOT that registration
 * happened at build time and the resolver is missing, so every service got its repositories made on the main thread
 * at start-up, and the main thread waited for Hibernate's boot (in the background) instead of making the web and
 * security beans meanwhile. This sets the same rule: a repository whose bean is lazy is injected as such a proxy
 * ({@link RepositoryWarmUp} makes them on a thread of its own). Without Spring AOT it does nothing: Spring Data's own
 * resolver is in place, and the tests make the repositories eagerly.
 */
@Component
class LazyRepositoryInjection implements BeanFactoryPostProcessor {

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        if (AotDetector.useGeneratedArtifacts() && beanFactory instanceof DefaultListableBeanFactory beans) {
            beans.setAutowireCandidateResolver(new Resolver(beans));
        }
    }

    /** Spring's resolver, with lazy repositories injected as lazy proxies. */
    static final class Resolver extends ContextAnnotationAutowireCandidateResolver {

        private final DefaultListableBeanFactory beans;

        Resolver(DefaultListableBeanFactory beans) {
            this.beans = beans;
        }

        @Override
        protected boolean isLazy(DependencyDescriptor descriptor) {
            if (super.isLazy(descriptor)) {
                return true;
            }
            Class<?> type = descriptor.getDependencyType();
            if (!Repository.class.isAssignableFrom(type)) {
                return false;
            }
            String[] names = beans.getBeanNamesForType(type, true, false);
            return names.length == 1 && beans.containsBeanDefinition(names[0])
                    && beans.getBeanDefinition(names[0]).isLazyInit();
        }
    }
}
