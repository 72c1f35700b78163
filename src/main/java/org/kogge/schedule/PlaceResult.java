package org.kogge.schedule;

import java.util.List;

/** A session was placed; {@code warnings} are the soft conflicts it now has (room too small, break, ...). */
public record PlaceResult(long sessionId, List<Conflict> warnings) {
}
