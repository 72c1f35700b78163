package org.kogge.common;

/**
 * A form that carries the version of the record it was filled from, so that the service can refuse a save over a
 * newer one ({@link StaleEditException#check}). {@code null}: a new record, nothing to compare.
 */
public interface Versioned {

    Long getVersion();

    void setVersion(Long version);
}
