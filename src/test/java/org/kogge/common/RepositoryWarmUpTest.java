package org.kogge.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.data.repository.Repository;

/** The warm-up makes lazy repositories on its own thread and leaves other lazy beans alone. */
class RepositoryWarmUpTest {

    static final CountDownLatch MADE = new CountDownLatch(1);
    static volatile String madeOn;
    static volatile boolean otherMade;

    static class SomeRepository implements Repository<Object, Long> {
        SomeRepository() {
            madeOn = Thread.currentThread().getName();
            MADE.countDown();
        }
    }

    static class NotARepository {
        NotARepository() {
            otherMade = true;
        }
    }

    @Test
    void makesTheLazyRepositoriesOnItsOwnThreadAndNothingElse() throws InterruptedException {
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        RootBeanDefinition repository = new RootBeanDefinition(SomeRepository.class);
        repository.setLazyInit(true);
        beans.registerBeanDefinition("someRepository", repository);
        RootBeanDefinition other = new RootBeanDefinition(NotARepository.class);
        other.setLazyInit(true);
        beans.registerBeanDefinition("notARepository", other);
        beans.preInstantiateSingletons();
        assertThat(beans.containsSingleton("someRepository")).isFalse();

        RepositoryWarmUp warmUp = new RepositoryWarmUp(beans);
        warmUp.start();

        assertThat(MADE.await(60, TimeUnit.SECONDS)).isTrue();
        assertThat(madeOn).isEqualTo("repository-warm-up");
        assertThat(otherMade).isFalse();
        warmUp.stop();
    }
}
