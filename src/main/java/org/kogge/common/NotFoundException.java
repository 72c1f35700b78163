package org.kogge.common;

/** A thing asked for by id, slug or token does not exist, or is not visible to the caller. */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String what) {
        super(what + " not found");
    }
}
