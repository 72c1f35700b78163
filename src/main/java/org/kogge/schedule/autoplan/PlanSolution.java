package org.kogge.schedule.autoplan;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import java.util.List;

/**
 * One planning problem and, once solved, its proposal: the spots (every room from every session slot on) and the
 * sessions. Hard: the schedule's rules; medium: sessions left unplaced; soft: what the audience wants (see
 * {@link AutoPlanConstraints}). The soft weights come from the settings ({@link AutoPlanWeights}).
 */
@PlanningSolution
public class PlanSolution {

    @ProblemFactCollectionProperty
    @ValueRangeProvider
    private List<Spot> spots;

    @PlanningEntityCollectionProperty
    private List<PlanSession> sessions;

    private ConstraintWeightOverrides<HardMediumSoftScore> constraintWeightOverrides;

    @PlanningScore
    private HardMediumSoftScore score;

    PlanSolution() {
    }

    public PlanSolution(List<Spot> spots, List<PlanSession> sessions, AutoPlanWeights weights) {
        this.spots = spots;
        this.sessions = sessions;
        this.constraintWeightOverrides = weights.overrides();
    }

    public List<Spot> getSpots() { return spots; }
    public List<PlanSession> getSessions() { return sessions; }
    public HardMediumSoftScore getScore() { return score; }

    public void setScore(HardMediumSoftScore score) {
        this.score = score;
    }
}
