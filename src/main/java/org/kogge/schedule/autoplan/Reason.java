package org.kogge.schedule.autoplan;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;
import java.util.List;

/**
 * Why a proposal loses points, one match of one rule: the rule's name (one of {@link AutoPlanConstraints}' names),
 * the sessions involved (titles) and an amount (people who must choose, seats missing). The panel turns it into a
 * sentence such as "12 Personen müssen zwischen A und B wählen".
 */
public record Reason(String rule, List<String> sessions, int amount) implements ConstraintJustification {
}
