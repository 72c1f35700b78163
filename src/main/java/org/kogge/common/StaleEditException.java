package org.kogge.common;

import org.springframework.dao.OptimisticLockingFailureException;

/**
 * A form was filled in from one version of a record and someone else has saved a newer version since. Services throw
 * it before changing anything, so nothing is saved; forms keep what the person typed, say so in the person's language
 * ({@link #MESSAGE_KEY}) and show the current values. Being an {@link OptimisticLockingFailureException}, it is also
 * understood wherever a lost update from Hibernate's own version check is handled.
 */
public class StaleEditException extends OptimisticLockingFailureException {

    /** The message shown beside a form whose save was refused: the input is kept, the current values are shown. */
    public static final String MESSAGE_KEY = "error.stale-edit";

    public StaleEditException(long formVersion, long currentVersion) {
        super("Edited version " + formVersion + " but the record is at version " + currentVersion);
    }

    /**
     * Refuses a save when the form was loaded from another version than the record now has. A form without a version
     * ({@code null}: a new record) passes.
     */
    public static void check(Long formVersion, long currentVersion) {
        if (formVersion != null && formVersion != currentVersion) {
            throw new StaleEditException(formVersion, currentVersion);
        }
    }
}
