package org.kogge.schedule;

/**
 * Where and when a session of a published schedule takes place; {@code cancelled}: called off by an organizer or
 * withdrawn with its proposal (see {@link PlacementStatus}).
 */
public record PublishedPlace(SessionPlace place, boolean cancelled) {
}
