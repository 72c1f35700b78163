package org.kogge.archive;

import org.kogge.common.InvalidInputException;

/**
 * A save of a session's materials refused because somebody else changed or removed them since the edit started:
 * nothing was saved, and the message (a key with the other editor's name, if known) says so. The edit may be copied
 * and made again on the current materials.
 */
public class MaterialsChangedException extends InvalidInputException {

    MaterialsChangedException(String messageKey, Object... args) {
        super(null, messageKey, args);
    }
}
