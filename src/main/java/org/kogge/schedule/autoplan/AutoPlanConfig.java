package org.kogge.schedule.autoplan;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Our own small Timefold configuration: one {@link AutoPlanner} with the configured time limit. */
@Configuration(proxyBeanMethods = false)
class AutoPlanConfig {

    @Bean
    AutoPlanner autoPlanner(AutoPlanSettings settings) {
        return new AutoPlanner(settings.timeLimit());
    }
}
