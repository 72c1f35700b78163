package org.kogge.account;

import java.util.Locale;
import org.kogge.common.Languages;

/**
 * Where and how to write to a person: their address, the name to greet them with, their language (Kogge's default
 * when they chose none) and which optional mails they want, for features that mail people.
 */
public record MailContact(long id, String email, String displayName, Locale language, MailPreferences wanted) {

    static MailContact of(Person p) {
        return new MailContact(p.getId(), p.getEmail(), p.getDisplayName(), languageOf(p.getPreferredLocale()),
                p.getMailPreferences());
    }

    /** Whether this person wants mails of that optional kind. */
    public boolean wants(OptionalMail kind) {
        return wanted.wants(kind);
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
