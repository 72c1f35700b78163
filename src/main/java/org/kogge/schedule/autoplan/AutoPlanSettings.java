package org.kogge.schedule.autoplan;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the auto-scheduler ({@code kogge.autoplan.*}): how long a run may take, what share of the people who
 * voted for or starred a session are expected in its room, and the soft rules' weights.
 */
@ConfigurationProperties("kogge.autoplan")
public record AutoPlanSettings(@DefaultValue("30s") Duration timeLimit, @DefaultValue("0.8") double showUp,
                               @DefaultValue("100") int sharedAudienceWeight, @DefaultValue("10") int missingSeatWeight,
                               @DefaultValue("1") int lateAudienceWeight, @DefaultValue("5") int topicTogetherWeight,
                               @DefaultValue("3") int hostBackToBackWeight) {

    public AutoPlanWeights weights() {
        return new AutoPlanWeights(sharedAudienceWeight, missingSeatWeight, lateAudienceWeight, topicTogetherWeight,
                hostBackToBackWeight);
    }
}
