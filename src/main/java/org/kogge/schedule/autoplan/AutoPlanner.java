package org.kogge.schedule.autoplan;

import ai.timefold.solver.core.api.score.analysis.ConstraintAnalysis;
import ai.timefold.solver.core.api.score.analysis.MatchAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;

/**
 * Timefold's solver for {@link PlanSolution}s, built from our own small configuration (the Spring Boot starter
 * targets Boot 3), plus the figures and explanations of a plan. Stops after {@code timeLimit}, or earlier when the
 * best plan has not improved for a fifth of it (small barcamps are solved in well under a second).
 */
public class AutoPlanner {

    private final SolverFactory<PlanSolution> solvers;
    private final SolutionManager<PlanSolution, HardMediumSoftScore> solutions;

    public AutoPlanner(Duration timeLimit) {
        this.solvers = SolverFactory.create(config(timeLimit));
        this.solutions = SolutionManager.create(solvers);
    }

    static SolverConfig config(Duration timeLimit) {
        return new SolverConfig()
                .withSolutionClass(PlanSolution.class)
                .withEntityClasses(PlanSession.class)
                .withConstraintProviderClass(AutoPlanConstraints.class)
                .withTerminationConfig(new TerminationConfig()
                        .withSpentLimit(timeLimit)
                        .withUnimprovedSpentLimit(timeLimit.dividedBy(5).plusMillis(200)));
    }

    public SolverFactory<PlanSolution> solverFactory() {
        return solvers;
    }

    /** Solves in the calling thread (tests and the benchmark; the app runs through {@link AutoPlanRuns}). */
    public PlanSolution solve(PlanSolution problem) {
        return solvers.buildSolver().solve(problem);
    }

    /** Scores a plan as it stands (a solved one has its score already). */
    public HardMediumSoftScore score(PlanSolution plan) {
        solutions.update(plan);
        return plan.getScore();
    }

    /** Every reason the plan loses points, the heaviest first (Timefold's score analysis). */
    public List<Reason> reasons(PlanSolution plan) {
        return solutions.analyze(plan).constraintMap().values().stream()
                .map(ConstraintAnalysis::matches).filter(m -> m != null).flatMap(List::stream)
                .sorted(Comparator.comparing(MatchAnalysis::score))
                .map(m -> (Reason) m.justification()).toList();
    }

    /** The figures shown before and after: people who must choose, sessions in too small rooms, unplaced ones. */
    public static PlanFigures figures(PlanSolution plan) {
        List<PlanSession> placed = plan.getSessions().stream().filter(s -> s.getSpot() != null).toList();
        int mustChoose = 0;
        for (int i = 0; i < placed.size(); i++) {
            for (int j = i + 1; j < placed.size(); j++) {
                PlanSession a = placed.get(i);
                PlanSession b = placed.get(j);
                if (a.start() < b.end() && b.start() < a.end()) {
                    mustChoose += a.sharedAudience(b);
                }
            }
        }
        int tooSmall = (int) placed.stream().filter(s -> s.missingSeats() > 0).count();
        int unplaced = plan.getSessions().size() - placed.size();
        return new PlanFigures(mustChoose, tooSmall, unplaced);
    }
}
