package org.kogge.schedule.autoplan;

/**
 * A plan at a glance: how often a person must choose between two wanted sessions at the same time (a person
 * counts once per such pair), sessions in rooms smaller than their expected audience, and sessions left unplaced.
 */
public record PlanFigures(int mustChoose, int tooSmall, int unplaced) {
}
