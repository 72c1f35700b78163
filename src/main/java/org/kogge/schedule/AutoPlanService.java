package org.kogge.schedule;

import ai.timefold.solver.core.api.solver.Solver;
import jakarta.annotation.PreDestroy;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.kogge.common.InvalidInputException;
import org.kogge.common.live.LiveBroadcaster;
import org.kogge.common.live.LiveTopic;
import org.kogge.schedule.autoplan.AutoPlanProblems;
import org.kogge.schedule.autoplan.AutoPlanSettings;
import org.kogge.schedule.autoplan.AutoPlanState;
import org.kogge.schedule.autoplan.AutoPlanner;
import org.kogge.schedule.autoplan.PlanFigures;
import org.kogge.schedule.autoplan.PlanSession;
import org.kogge.schedule.autoplan.PlanSolution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The organizer's auto-scheduler ({@link org.kogge.schedule.autoplan}): proposes a programme for an event from who wants to hear what, in the background.
 * One run per event at a time; every improvement of the best proposal is announced on the live topic
 * {@code autoplan} (keyed by event id) so that every organizer's planner shows the progress. A proposal is accepted
 * as one change through {@link PlanningService#placeAll} (the planning rules, the change log once published,
 * calendar sequences and push), or discarded. Every call checks that the caller organizes the event (through
 * {@link PlanningService}). Runs are kept in memory: a restart forgets proposals nobody accepted.
 */
@Service
public class AutoPlanService {

    public static final LiveTopic<Long> TOPIC = new LiveTopic<>("autoplan", Long.class);
    private static final Logger LOG = LoggerFactory.getLogger(AutoPlanService.class);

    private final PlanningService planning;
    private final AutoPlanner planner;
    private final AutoPlanSettings settings;
    private final LiveBroadcaster live;
    private final Map<Long, Run> runs = new ConcurrentHashMap<>();
    private final ExecutorService workers = Executors.newFixedThreadPool(1, r -> {
        Thread t = new Thread(r, "kogge-autoplan");
        t.setDaemon(true);
        return t;
    });

    AutoPlanService(PlanningService planning, AutoPlanner planner, AutoPlanSettings settings, LiveBroadcaster live) {
        this.planning = planning;
        this.planner = planner;
        this.settings = settings;
        this.live = live;
    }

    /**
     * Starts proposing a programme for the event: every accepted session not yet placed, and with {@code replan} also
     * the placed ones nobody pinned. Refused while a run of the event is in progress.
     */
    public void start(String slug, boolean replan) {
        PlanningInput input = planning.planningInput(slug);
        long eventId = input.snapshot().event().eventId();
        PlanSolution problem = AutoPlanProblems.of(input, replan, settings.showUp(), settings.weights());
        if (problem.getSessions().stream().allMatch(PlanSession::isFixed)) {
            throw new InvalidInputException(null, "schedule.autoplan.nothing-to-plan");
        }
        Solver<PlanSolution> solver = planner.solverFactory().buildSolver();
        Run run = new Run(solver, AutoPlanner.figures(problem));
        if (runs.compute(eventId, (id, old) -> old != null && old.running ? old : run) != run) {
            throw new InvalidInputException(null, "schedule.autoplan.running");
        }
        solver.addEventListener(e -> {
            run.best = e.getNewBestSolution();
            live.publish(TOPIC, eventId);
        });
        live.publish(TOPIC, eventId);
        workers.submit(() -> {
            try {
                run.best = solver.solve(problem);
            } catch (RuntimeException e) {
                LOG.warn("Auto-planning event {} failed", eventId, e);
            } finally {
                run.running = false;
                live.publish(TOPIC, eventId);
            }
        });
    }

    /** The event's run (in progress or done), if there is one. */
    public Optional<AutoPlanState> state(String slug) {
        return state(eventOf(slug));
    }

    private Optional<AutoPlanState> state(long eventId) {
        Run run = runs.get(eventId);
        if (run == null) {
            return Optional.empty();
        }
        PlanSolution best = run.best;
        if (best == null) {
            return Optional.of(new AutoPlanState(true, null, false, run.before, null, List.of(), List.of(), List.of()));
        }
        List<SessionSpot> spots = best.getSessions().stream().filter(s -> s.getSpot() != null && !s.isFixed())
                .map(s -> new SessionSpot(s.getId(), s.getSpot().room().id(), s.getSpot().slot().id())).toList();
        List<String> unplaced = best.getSessions().stream().filter(s -> s.getSpot() == null)
                .map(PlanSession::getTitle).toList();
        boolean feasible = best.getScore() != null && best.getScore().isFeasible();
        return Optional.of(new AutoPlanState(run.running, String.valueOf(best.getScore()), feasible, run.before,
                AutoPlanner.figures(best), run.running ? List.of() : planner.reasons(best), spots, unplaced));
    }

    /**
     * What accepting the event's finished proposal would make of today's schedule, for the planner's grid; empty while
     * there is none or it is still being computed.
     */
    public Optional<ProposedSchedule> proposal(String slug) {
        ScheduleSnapshot today = planning.planner(slug);
        return state(today.event().eventId()).filter(x -> !x.running())
                .map(x -> ProposedSchedule.of(today, x.spots()));
    }

    /** Stops the event's run early; the best proposal so far stays to be accepted or discarded. */
    public void stop(String slug) {
        Run run = runs.get(eventOf(slug));
        if (run != null) {
            run.solver.terminateEarly();
        }
    }

    /**
     * Accepts the finished proposal: all its places in one change under the planning rules. Refused while the run is
     * in progress or when it broke a hard rule. Returns how many sessions changed place.
     */
    public int accept(String slug) {
        long eventId = eventOf(slug);
        AutoPlanState state = state(slug).orElseThrow(() -> new InvalidInputException(null, "schedule.autoplan.none"));
        if (state.running()) {
            throw new InvalidInputException(null, "schedule.autoplan.running");
        }
        if (!state.feasible()) {
            throw new InvalidInputException(null, "schedule.autoplan.infeasible");
        }
        int moved = planning.placeAll(slug, state.spots());
        runs.remove(eventId);
        live.publish(TOPIC, eventId);
        return moved;
    }

    /** Throws the proposal away (stopping its run first). */
    public void discard(String slug) {
        long eventId = eventOf(slug);
        Run run = runs.remove(eventId);
        if (run != null) {
            run.solver.terminateEarly();
            live.publish(TOPIC, eventId);
        }
    }

    /** The event id behind a slug the caller organizes: the access check of every call. */
    public long eventOf(String slug) {
        return planning.planner(slug).event().eventId();
    }

    @PreDestroy
    void stopAll() {
        runs.values().forEach(r -> r.solver.terminateEarly());
        workers.shutdownNow();
    }

    /** One run: its solver, the figures before it, its best proposal so far. */
    private static final class Run {
        final Solver<PlanSolution> solver;
        final PlanFigures before;
        volatile PlanSolution best;
        volatile boolean running = true;

        Run(Solver<PlanSolution> solver, PlanFigures before) {
            this.solver = solver;
            this.before = before;
        }
    }
}
