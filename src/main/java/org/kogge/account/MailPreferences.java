package org.kogge.account;

/** Which optional mails a person wants; every one is on until they switch it off. */
public record MailPreferences(boolean changes, boolean reminders, boolean messages) {

    public static final MailPreferences ALL = new MailPreferences(true, true, true);

    public boolean wants(OptionalMail kind) {
        return switch (kind) {
            case CHANGES -> changes;
            case REMINDERS -> reminders;
            case MESSAGES -> messages;
        };
    }

    public MailPreferences without(OptionalMail kind) {
        return new MailPreferences(changes && kind != OptionalMail.CHANGES, reminders && kind != OptionalMail.REMINDERS,
                messages && kind != OptionalMail.MESSAGES);
    }
}
