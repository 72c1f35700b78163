package org.kogge.common;

import java.util.Locale;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * Tells which unique key a failed write broke, so that a service turns only that one into a message for the user
 * (a race on the same email, say) and lets every other integrity error surface as the error it is.
 */
public final class Constraints {

    private Constraints() {
    }

    /** Whether the exception (or a cause) names the constraint; H2 and MariaDB both put the name in the message. */
    public static boolean violates(DataIntegrityViolationException e, String constraintName) {
        String name = constraintName.toLowerCase(Locale.ROOT);
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().toLowerCase(Locale.ROOT).contains(name)) {
                return true;
            }
        }
        return false;
    }
}
