package org.kogge.common;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * A row of one event that people edit through a form: besides id and event id it carries the optimistic-lock
 * version, which the edit form is filled with so that a save over a newer version is refused
 * ({@link StaleEditException#check}).
 */
@MappedSuperclass
public abstract class VersionedEventPart extends EventPart {

    @Version
    private long version;

    protected VersionedEventPart() {
    }

    protected VersionedEventPart(long eventId) {
        super(eventId);
    }

    public long getVersion() { return version; }
}
