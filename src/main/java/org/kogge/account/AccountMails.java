package org.kogge.account;

import java.util.Locale;
import org.kogge.common.Languages;
import org.kogge.mail.MailComposer;
import org.kogge.mail.MailOutbox;
import org.kogge.mail.MailTo;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mails about an account itself (password reset, address confirmation, address changed), written into the
 * outbox in the caller's transaction, in the language of the page that caused the mail (the person is reading it
 * right now), else in the one they chose.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class AccountMails {

    static final String PASSWORD_RESET = "password-reset";
    static final String ADDRESS_CONFIRMATION = "address-confirmation";
    static final String ADDRESS_CHANGED = "address-changed";

    private final MailComposer composer;
    private final MailOutbox outbox;
    private final CurrentRequest request;

    AccountMails(MailComposer composer, MailOutbox outbox, CurrentRequest request) {
        this.composer = composer;
        this.outbox = outbox;
        this.request = request;
    }

    void passwordReset(Person person, String token) {
        linkMail(PASSWORD_RESET, person, "/password/reset/" + token, "account.mail.reset.subject",
                "account.mail.reset.body", "account.mail.reset.link", "account.mail.reset.ignore");
    }

    void confirmAddress(Person person, String token) {
        linkMail(ADDRESS_CONFIRMATION, person, "/confirm/" + token, "account.mail.confirm.subject",
                "account.mail.confirm.body", "account.mail.confirm.link", "account.mail.confirm.ignore");
    }

    /** A mail to the person's address with one link to act on, and what to do if it was not them who asked. */
    private void linkMail(String kind, Person person, String path, String subjectKey, String bodyKey, String linkKey,
                          String ignoreKey) {
        outbox.enqueue(composer.to(kind, to(person, person.getEmail()))
                .subject(subjectKey)
                .paragraph(bodyKey)
                .link(linkKey, path)
                .paragraph(ignoreKey)
                .build());
    }

    /** Tells the old address that the account now uses another one, so that a taken-over account is noticed. */
    void addressChanged(Person person, String oldAddress) {
        outbox.enqueue(composer.to(ADDRESS_CHANGED, to(person, oldAddress))
                .subject("account.mail.changed.subject")
                .paragraph("account.mail.changed.body", person.getEmail())
                .paragraph("account.mail.changed.help")
                .build());
    }

    /** The person at {@code address}, in {@link #languageOf their language}. */
    private MailTo to(Person person, String address) {
        return new MailTo(person.getId(), address, person.getDisplayName(), languageOf(person));
    }

    Locale languageOf(Person person) {
        String tag = person.getPreferredLocale();
        return request.pageLanguage().orElseGet(() -> Languages.ofTag(tag));
    }
}
