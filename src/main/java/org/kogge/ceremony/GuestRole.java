package org.kogge.ceremony;

import java.util.Locale;
import java.util.Optional;

/** Why a guest is invited, as the protocol office plans seats and the press corner. */
public enum GuestRole {
    GUEST("ceremony.role.guest", "guest", "gast"),
    PRESS("ceremony.role.press", "press", "presse"),
    STAFF("ceremony.role.staff", "staff", "delegation", "begleitung", "mitarbeiter", "mitarbeiterin"),
    SIGNATORY("ceremony.role.signatory", "signatory", "unterzeichner", "unterzeichnerin", "unterzeichnende"),
    SPEAKER("ceremony.role.speaker", "speaker", "redner", "rednerin", "rede");

    private final String messageKey;
    private final String[] words;

    GuestRole(String messageKey, String... words) {
        this.messageKey = messageKey;
        this.words = words;
    }

    public String messageKey() {
        return messageKey;
    }

    /**
     * The role a pasted cell names, in German or English, any case (empty: a plain guest); an unknown word gives
     * nothing.
     */
    public static Optional<GuestRole> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of(GUEST);
        }
        String t = text.strip().toLowerCase(Locale.ROOT);
        for (GuestRole r : values()) {
            if (r.name().toLowerCase(Locale.ROOT).equals(t)) {
                return Optional.of(r);
            }
            for (String w : r.words) {
                if (w.equals(t)) {
                    return Optional.of(r);
                }
            }
        }
        return Optional.empty();
    }
}
