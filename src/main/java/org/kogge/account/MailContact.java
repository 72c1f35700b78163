package org.kogge.account;

import java.util.Locale;
import org.kogge.common.Languages;
import org.kogge.mail.MailTo;

/**
 * Where and how to write to a person: their address, the name to greet them with, their language (Kogge's default
 * when they chose none) and which optional mails they want, for features that mail people.
 */
public record MailContact(long id, String email, String displayName, Locale language, MailPreferences wanted) {

    static MailContact of(Person p) {
        return new MailContact(p.getId(), p.getEmail(), p.getDisplayName(), Languages.ofTag(p.getPreferredLocale()),
                p.getMailPreferences());
    }

    /** Whom a mail to this person goes to, in their language. */
    public MailTo mailTo() {
        return new MailTo(id, email, displayName, language);
    }

    /** Whether this person wants mails of that optional kind. */
    public boolean wants(OptionalMail kind) {
        return wanted.wants(kind);
    }
}
