package org.kogge.proposal;

/**
 * A barcamp's proposals at a glance, for its organizers: {@code open} ones wait for a decision, {@code accepted} and
 * {@code declined} are decided; {@code votes} cast by {@code voters} people.
 */
public record ProposalFigures(long open, long accepted, long declined, long votes, long voters) {
}
