package org.kogge.archive;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * One search of the archive ({@link ArchiveService#search}), read once per page load: the documented sessions found,
 * in order, their {@link #count()} and the {@link #filters()} to offer. Its {@link ArchiveService#entries entries}
 * are read a page at a time (with their excerpts) as the list scrolls, without searching again.
 */
public final class ArchiveResult implements Serializable {

    /** A session found: what its entry shows, but the excerpt (read with the page). */
    record Hit(long sessionId, String title, String eventSlug, String eventTitle, Instant eventStartsAt, ZoneId zone,
               String hostCity, List<String> hostNames) implements Serializable {
    }

    private final ArchiveQuery query;
    private final List<Hit> hits;
    private final ArchiveFilters filters;

    ArchiveResult(ArchiveQuery query, List<Hit> hits, ArchiveFilters filters) {
        this.query = query;
        this.hits = List.copyOf(hits);
        this.filters = filters;
    }

    /** The search that found these. */
    public ArchiveQuery query() {
        return query;
    }

    /** How many sessions the search found. */
    public int count() {
        return hits.size();
    }

    /** The host cities and events with documented sessions, whatever the search (cities by name, events newest first). */
    public ArchiveFilters filters() {
        return filters;
    }

    /** The hits {@code offset} to {@code offset + limit}. */
    List<Hit> hits(int offset, int limit) {
        return hits.subList(Math.min(Math.max(offset, 0), hits.size()),
                Math.min(Math.max(offset, 0) + Math.max(limit, 0), hits.size()));
    }
}
