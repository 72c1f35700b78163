package org.kogge.proposal;

import java.util.Map;
import java.util.Set;

/**
 * What the auto-scheduler needs to know of an event's accepted sessions beyond their content: who voted for each
 * (person ids by proposal id) and which ones need a step-free room.
 */
public record PlanningDemand(Map<Long, Set<Long>> voters, Set<Long> needsStepFree) {
}
