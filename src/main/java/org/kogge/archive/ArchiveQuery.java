package org.kogge.archive;

import java.io.Serializable;

/**
 * A search of the archive: {@code text} words (each must occur in a session's title, its description or its
 * materials, alike in any case, with umlauts and ß, spelt out or plain, with or without accents:
 * {@link org.kogge.common.SearchFold}), {@code city} the host city's name and {@code event} an event's slug; {@code null}
 * or blank: no restriction.
 */
public record ArchiveQuery(String text, String city, String event) implements Serializable {

    public static ArchiveQuery all() {
        return new ArchiveQuery(null, null, null);
    }
}
