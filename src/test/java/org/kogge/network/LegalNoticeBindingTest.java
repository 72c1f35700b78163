package org.kogge.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** The statement's dates as an operator sets them: ISO dates bind, blanks are unset, anything else stops the start. */
class LegalNoticeBindingTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(Legal.class);

    @Test
    void isoDatesBindAndBlankOnesAreUnset() {
        runner.withPropertyValues("kogge.legal.statement-prepared=2026-12-07", "kogge.legal.statement-reviewed=")
                .run(context -> {
                    LegalNotice legal = context.getBean(LegalNotice.class);
                    assertThat(legal.statementPrepared()).isEqualTo(LocalDate.of(2026, 12, 7));
                    assertThat(legal.statementReviewed()).isNull();
                    assertThat(legal.statementDated()).isFalse();
                });
    }

    @Test
    void aValueThatIsNoDateStopsTheStartNamingTheSetting() {
        runner.withPropertyValues("kogge.legal.statement-reviewed=7.12.2026").run(context -> {
            assertThat(context).hasFailed();
            // Spring Boot's failure analysis prints this binding error as the reason the start failed.
            assertThat(context.getStartupFailure()).cause()
                    .hasMessageContaining("Failed to bind properties under 'kogge.legal.statement-reviewed'");
        });
    }

    @Test
    void aReviewBeforeThePreparationStopsTheStartNamingBothSettings() {
        runner.withPropertyValues("kogge.legal.statement-prepared=2026-12-07",
                "kogge.legal.statement-reviewed=2026-11-30").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause()
                    .hasMessageContaining("kogge.legal.statement-reviewed")
                    .hasMessageContaining("kogge.legal.statement-prepared");
        });
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(LegalNotice.class)
    static class Legal {
    }
}
