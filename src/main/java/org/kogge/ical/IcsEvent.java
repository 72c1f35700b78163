package org.kogge.ical;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * One VEVENT, in neutral terms, for {@link IcsWriter}: plain text only (the writer escapes and folds it). {@code uid}
 * must never change for the same thing; {@code sequence} must grow whenever time, place or status change;
 * {@code lastModified} is the last change (it also becomes DTSTAMP), never the time of rendering. {@code end} is
 * after {@code start}; both are shown in {@code zone}. {@code description}, {@code location}, {@code url} and
 * {@code created} may be {@code null}.
 */
public record IcsEvent(String uid, String title, String description, String location, URI url,
                       List<String> categories, Instant start, Instant end, ZoneId zone, IcsStatus status,
                       int sequence, Instant lastModified, Instant created) {

    public IcsEvent {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(lastModified, "lastModified");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("end before start: " + uid);
        }
        categories = categories == null ? List.of() : List.copyOf(categories);
        status = status == null ? IcsStatus.CONFIRMED : status;
        if (sequence < 0) {
            throw new IllegalArgumentException("negative sequence: " + uid);
        }
    }
}
