package org.kogge.archive;

import java.io.Serializable;

/**
 * A search of the archive: {@code text} words (each must occur, case-insensitively and with umlauts and ß or spelt out, in a session's title, its
 * description or its materials), {@code city} the host city's name and {@code event} an event's slug; {@code null}
 * or blank: no restriction.
 */
public record ArchiveQuery(String text, String city, String event) implements Serializable {

    public static ArchiveQuery all() {
        return new ArchiveQuery(null, null, null);
    }
}
