package org.kogge.schedule.autoplan;

import java.util.List;
import org.kogge.schedule.SessionSpot;

/**
 * A run of the auto-scheduler as the planner shows it: still running or done, the best score so far, the figures of
 * the schedule before and of the proposal, why it loses points, and the places it proposes (sessions left
 * unplaced have none).
 */
public record AutoPlanState(boolean running, String score, boolean feasible, PlanFigures before, PlanFigures after,
                            List<Reason> reasons, List<SessionSpot> spots, List<String> unplaced) {
}
