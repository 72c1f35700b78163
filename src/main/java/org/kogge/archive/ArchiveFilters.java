package org.kogge.archive;

import java.io.Serializable;
import java.util.List;

/** What the archive's filters offer: the host cities and the events that have documented sessions. */
public record ArchiveFilters(List<String> cities, List<EventChoice> events) implements Serializable {

    /** An event to filter by: its slug (in the address) and title. */
    public record EventChoice(String slug, String title) implements Serializable {
    }
}
