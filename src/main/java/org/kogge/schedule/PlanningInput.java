package org.kogge.schedule;

import java.util.Map;
import java.util.Set;

/**
 * What the auto-scheduler plans from: the schedule now, each session's audience (people who voted for or starred
 * it, by session id), the sessions that need a step-free room and those an organizer pinned.
 */
public record PlanningInput(ScheduleSnapshot snapshot, Map<Long, Set<Long>> audience, Set<Long> needsStepFree,
                            Set<Long> pinned) {
}
