package org.kogge.schedule.autoplan;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import java.util.Map;

/**
 * The soft rules' weights, in their order of importance (settings {@code kogge.autoplan.weights.*}): a person who
 * must choose between two wanted sessions weighs most, then each missing seat, each person of a popular session put
 * into the day's last slot, two sessions of one topic at the same time, a host's sessions back to back.
 */
public record AutoPlanWeights(int sharedAudience, int missingSeat, int lateAudience, int topicTogether,
                              int hostBackToBack) {

    public static final AutoPlanWeights DEFAULTS = new AutoPlanWeights(100, 10, 1, 5, 3);

    ConstraintWeightOverrides<HardMediumSoftScore> overrides() {
        return ConstraintWeightOverrides.of(Map.of(
                AutoPlanConstraints.SHARED_AUDIENCE, HardMediumSoftScore.ofSoft(sharedAudience),
                AutoPlanConstraints.ROOM_TOO_SMALL, HardMediumSoftScore.ofSoft(missingSeat),
                AutoPlanConstraints.POPULAR_LATE, HardMediumSoftScore.ofSoft(lateAudience),
                AutoPlanConstraints.TOPIC_TOGETHER, HardMediumSoftScore.ofSoft(topicTogether),
                AutoPlanConstraints.HOST_BACK_TO_BACK, HardMediumSoftScore.ofSoft(hostBackToBack)));
    }
}
