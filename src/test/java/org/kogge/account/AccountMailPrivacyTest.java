package org.kogge.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kogge.testing.Fixtures;
import org.kogge.testing.MailTestBase;
import org.springframework.beans.factory.annotation.Autowired;

/** A person's mails in their data export, and gone with their account. */
class AccountMailPrivacyTest extends MailTestBase {

    @Autowired AccountService accounts;
    @Autowired PasswordResetService resets;

    @Test
    void theDataExportListsThePersonsMailsWithSubjectTimeAndState() {
        PersonDto anna = fixtures.person("Anna Albers");
        deliver();
        resets.requestReset(anna.email());

        login(anna.email());
        String export = accounts.exportMyData();

        assertThat(export).contains("\"mails\"", "Bitte bestätigen Sie Ihre E-Mail-Adresse", "\"SENT\"",
                "Ihr neues Passwort für Kogge", "\"QUEUED\"", "\"createdAt\"");
        assertThat(export).as("no mail bodies, no links").doesNotContain("/password/reset/", "/confirm/");
    }

    @Test
    void deletingTheAccountDeletesItsQueuedMails() {
        PersonDto greta = fixtures.unconfirmedPerson("Greta Gans");
        PersonDto kai = fixtures.unconfirmedPerson("Kai Kluge");

        login(greta.email());
        accounts.deleteMyAccount(Fixtures.PASSWORD);

        assertThat(mailsTo(greta.email())).isEmpty();
        assertThat(mailsTo(kai.email())).hasSize(1);
    }
}
