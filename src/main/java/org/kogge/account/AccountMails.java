package org.kogge.account;

import java.util.Locale;
import org.kogge.common.Languages;
import org.kogge.mail.MailComposer;
import org.kogge.mail.MailOutbox;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mails about an account itself (password reset, address confirmation, address changed), written into the
 * outbox in the caller's transaction, in the person's language: the one they chose, else the one of the page that
 * caused the mail.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class AccountMails {

    static final String PASSWORD_RESET = "password-reset";

    private final MailComposer composer;
    private final MailOutbox outbox;
    private final CurrentRequest request;

    AccountMails(MailComposer composer, MailOutbox outbox, CurrentRequest request) {
        this.composer = composer;
        this.outbox = outbox;
        this.request = request;
    }

    void passwordReset(Person person, String token) {
        outbox.enqueue(composer.to(PASSWORD_RESET, person.getId(), person.getEmail(), person.getDisplayName(),
                        languageOf(person))
                .subject("account.mail.reset.subject")
                .paragraph("account.mail.reset.body")
                .link("account.mail.reset.link", "/password/reset/" + token)
                .paragraph("account.mail.reset.ignore")
                .build());
    }

    Locale languageOf(Person person) {
        String tag = person.getPreferredLocale();
        return tag == null ? request.language() : Languages.supported(Locale.forLanguageTag(tag));
    }
}
