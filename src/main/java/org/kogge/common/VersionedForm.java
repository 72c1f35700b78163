package org.kogge.common;

/**
 * The version an edit form carries, in one place: the forms of events and ceremonies extend this instead of each
 * declaring the same field and accessors. A form that already extends another class implements {@link Versioned}.
 */
public abstract class VersionedForm implements Versioned {

    /** The version of the record this form was filled from; {@code null} for a new one. */
    private Long version;

    @Override
    public Long getVersion() {
        return version;
    }

    @Override
    public void setVersion(Long version) {
        this.version = version;
    }
}
