package org.kogge.account;

import java.util.Locale;
import org.kogge.common.Languages;

/**
 * Where and how to write to a person: their address, the name to greet them with and their language (Kogge's
 * default when they chose none), for features that mail people.
 */
public record MailContact(long id, String email, String displayName, Locale language) {

    static MailContact of(Person p) {
        return new MailContact(p.getId(), p.getEmail(), p.getDisplayName(), languageOf(p.getPreferredLocale()));
    }

    private static Locale languageOf(String tag) {
        if (tag == null || tag.isBlank()) {
            return Languages.DEFAULT;
        }
        Locale chosen = Locale.forLanguageTag(tag);
        return Languages.SUPPORTED.stream().filter(l -> l.getLanguage().equals(chosen.getLanguage())).findFirst()
                .orElse(Languages.DEFAULT);
    }
}
