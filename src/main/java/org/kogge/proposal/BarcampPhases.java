package org.kogge.proposal;

/** A barcamp's phases as the board and the organizer see them. */
public record BarcampPhases(boolean proposalsOpen, boolean votingOpen, Integer voteBudget) {

    public static final BarcampPhases CLOSED = new BarcampPhases(false, false, null);
}
