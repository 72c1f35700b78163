package org.kogge.ceremony;

import java.util.List;

/**
 * One line of a pasted guest list, checked: what was read from it and, if it cannot be invited, why
 * ({@code problemKey} with {@code problemArgs}, e.g. a bad email or a duplicate of line 3).
 */
public record PreviewLine(int lineNumber, String raw, String name, String email, String organisation, GuestRole role,
                          String problemKey, List<Object> problemArgs) {

    public boolean isValid() {
        return problemKey == null;
    }

    public GuestForm toForm() {
        return new GuestForm(name, email, organisation, role == null ? GuestRole.GUEST : role);
    }
}
