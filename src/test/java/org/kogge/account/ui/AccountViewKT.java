package org.kogge.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.kogge.testing.Karibu._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kogge.account.AccountService;
import org.kogge.account.PersonDto;
import org.kogge.account.PersonUserDetailsService;
import org.kogge.account.Role;
import org.kogge.testing.Fixtures;
import org.kogge.testing.KaribuTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

class AccountViewKT extends KaribuTestBase {

    @Autowired
    AccountService accounts;

    @Autowired
    PersonUserDetailsService users;

    private PersonDto openAsHanna() {
        PersonDto hanna = fixtures.person("Hanna Hering", Role.EXPERT);
        login("hanna@test.example");
        UI.getCurrent().navigate("account");
        return hanna;
    }

    @Test
    void personSeesAndEditsTheirProfile() {
        PersonDto hanna = openAsHanna();
        TextField name = _get(TextField.class, s -> s.withLabel("Name"));
        assertThat(name.getValue()).isEqualTo("Hanna Hering");
        assertThat(_get(EmailField.class, s -> s.withLabel("E-Mail")).getValue()).isEqualTo("hanna@test.example");
        _get(Paragraph.class, s -> s.withText("Ihre Rollen: Expertin/Experte, Teilnehmende"));

        _setValue(name, "Hanna Hering-Wal");
        _setValue(_get(TextField.class, s -> s.withLabel("Organisation")), "Hafenamt Stralsund");
        _click(_get(Button.class, s -> s.withText("Profil speichern")));

        NotificationsKt.expectNotifications("Profil gespeichert.");
        PersonDto saved = accounts.find(hanna.id()).orElseThrow();
        assertThat(saved.displayName()).isEqualTo("Hanna Hering-Wal");
        assertThat(saved.organisation()).isEqualTo("Hafenamt Stralsund");
    }

    @Test
    void emailOfSomeoneElseIsMarkedBesideTheField() {
        openAsHanna();
        EmailField email = _get(EmailField.class, s -> s.withLabel("E-Mail"));
        _setValue(email, Fixtures.ADMIN);
        _click(_get(Button.class, s -> s.withText("Profil speichern")));

        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).isEqualTo("Diese E-Mail-Adresse ist bereits registriert.");
        assertThat(accounts.me().email()).isEqualTo("hanna@test.example");
    }

    @Test
    void wrongCurrentPasswordIsMarkedBesideTheField() {
        openAsHanna();
        PasswordField current = _get(PasswordField.class, s -> s.withLabel("Aktuelles Passwort"));
        _setValue(current, "Falsch-Falsch-123");
        _setValue(_get(PasswordField.class, s -> s.withLabel("Neues Passwort")), "Neue-Segel-Setzen-19");
        _click(_get(Button.class, s -> s.withText("Passwort ändern")));

        assertThat(current.isInvalid()).isTrue();
        assertThat(current.getErrorMessage()).isEqualTo("Das Passwort stimmt nicht.");
    }

    @Test
    void wrongCurrentPasswordIsExplainedInEnglishAndNothingChanges() {
        fixtures.person("Hanna Hering");
        login("hanna@test.example");
        english();
        UI.getCurrent().navigate("account");
        PasswordField current = _get(PasswordField.class, s -> s.withLabel("Current password"));
        _setValue(current, "Falsch-Falsch-123");
        _setValue(_get(PasswordField.class, s -> s.withLabel("New password")), "Neue-Segel-Setzen-19");
        _click(_get(Button.class, s -> s.withText("Change password")));

        assertThat(current.isInvalid()).isTrue();
        assertThat(current.getErrorMessage()).isEqualTo("The password is not correct.");
        login("hanna@test.example");     // still the old password
    }

    @Test
    void aNewEmailNeedsThePasswordAndAWrongOneSavesNothing() {
        openAsHanna();
        EmailField email = _get(EmailField.class, s -> s.withLabel("E-Mail"));
        PasswordField confirm = _get(PasswordField.class, s -> s.withLabel("Passwort zur Bestätigung"));
        assertThat(confirm.getHelperText()).startsWith("Nur nötig, wenn Sie Ihre E-Mail-Adresse ändern");
        _setValue(_get(TextField.class, s -> s.withLabel("Name")), "Hanna Hering-Wal");
        _setValue(email, "hanna@rostock.example");
        _setValue(confirm, "Falsch-Falsch-123");
        _click(_get(Button.class, s -> s.withText("Profil speichern")));

        assertThat(confirm.isInvalid()).isTrue();
        assertThat(confirm.getErrorMessage()).isEqualTo("Das Passwort stimmt nicht.");
        NotificationsKt.expectNotifications("Bitte prüfen Sie die markierten Felder.");
        assertThat(accounts.me().email()).isEqualTo("hanna@test.example");
        assertThat(accounts.me().displayName()).isEqualTo("Hanna Hering");

        _setValue(confirm, Fixtures.PASSWORD);
        _click(_get(Button.class, s -> s.withText("Profil speichern")));

        NotificationsKt.expectNotifications("Profil gespeichert.");
        assertThat(accounts.me().email()).isEqualTo("hanna@rostock.example");
        assertThat(confirm.getValue()).isEmpty();
        assertThat(confirm.isInvalid()).isFalse();
    }

    @Test
    void aNewEmailWithoutThePasswordIsExplainedInEnglish() {
        fixtures.person("Hanna Hering");
        login("hanna@test.example");
        english();
        UI.getCurrent().navigate("account");
        _setValue(_get(EmailField.class, s -> s.withLabel("Email")), "hanna@rostock.example");
        _click(_get(Button.class, s -> s.withText("Save profile")));

        PasswordField confirm = _get(PasswordField.class, s -> s.withLabel("Password to confirm"));
        assertThat(confirm.isInvalid()).isTrue();
        assertThat(confirm.getErrorMessage()).isEqualTo("The password is not correct.");
        assertThat(accounts.me().email()).isEqualTo("hanna@test.example");
    }

    @Test
    void afterTooManyWrongPasswordsThePersonIsAskedToWait() {
        openAsHanna();
        PasswordField current = _get(PasswordField.class, s -> s.withLabel("Aktuelles Passwort"));
        _setValue(_get(PasswordField.class, s -> s.withLabel("Neues Passwort")), "Neue-Segel-Setzen-19");
        for (int i = 0; i < 3; i++) {   // the test profile's free failures
            _setValue(current, "Falsch-Falsch-12" + i);
            _click(_get(Button.class, s -> s.withText("Passwort ändern")));
            assertThat(current.getErrorMessage()).isEqualTo("Das Passwort stimmt nicht.");
        }

        _setValue(current, Fixtures.PASSWORD);
        _click(_get(Button.class, s -> s.withText("Passwort ändern")));

        assertThat(current.isInvalid()).isTrue();
        assertThat(current.getErrorMessage())
                .isEqualTo("Zu viele falsche Passwörter. Bitte warten Sie einige Minuten und versuchen Sie es dann noch einmal.");
        login("hanna@test.example");     // the password did not change
    }

    @Test
    void personChangesTheirPassword() {
        openAsHanna();
        _setValue(_get(PasswordField.class, s -> s.withLabel("Aktuelles Passwort")), Fixtures.PASSWORD);
        PasswordField fresh = _get(PasswordField.class, s -> s.withLabel("Neues Passwort"));
        _setValue(fresh, "Neue-Segel-Setzen-19");
        _click(_get(Button.class, s -> s.withText("Passwort ändern")));

        NotificationsKt.expectNotifications("Passwort geändert.");
        assertThat(fresh.getValue()).isEmpty();
        assertThatThrownBy(() -> login("hanna@test.example")).isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void personDownloadsTheirData() {
        openAsHanna();
        Anchor download = _get(Anchor.class, s -> s.withText("Meine Daten herunterladen"));
        assertThat(download.getElement().hasAttribute("download")).isTrue();

        String json = new String(DownloadKt._download(download), StandardCharsets.UTF_8);

        assertThat(json).contains("\"email\" : \"hanna@test.example\"", "\"EXPERT\"");
        assertThat(json).doesNotContain(Fixtures.ADMIN);
    }

    private static ConfirmDialog openConfirmDialog() {
        List<ConfirmDialog> open = _find(ConfirmDialog.class).stream().filter(ConfirmDialog::isOpened).toList();
        assertThat(open).hasSize(1);
        return open.get(0);
    }

    @Test
    void personDeletesTheirAccountWithTheirPassword() {
        openAsHanna();
        _click(_get(Button.class, s -> s.withText("Konto löschen")));
        ConfirmDialog dialog = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getHeader(dialog)).isEqualTo("Konto endgültig löschen?");
        _get(Paragraph.class, s -> s.withText("Das lässt sich nicht rückgängig machen. Name, E-Mail-Adresse, "
                + "Organisation und Stadt werden gelöscht. Veranstaltungen und Beiträge, an denen Sie mitgewirkt "
                + "haben, bleiben bestehen, aber ohne Ihren Namen. Bitte bestätigen Sie mit Ihrem Passwort."));

        _setValue(_get(PasswordField.class, s -> s.withLabel("Ihr Passwort")), "Falsch-Falsch-123");
        ConfirmDialogKt._fireConfirm(dialog);

        ConfirmDialog again = openConfirmDialog();
        PasswordField password = _get(again, PasswordField.class, s -> s.withLabel("Ihr Passwort"));
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).isEqualTo("Das Passwort stimmt nicht.");
        assertThat(users.loadUserByUsername("hanna@test.example").getUsername()).isEqualTo("hanna@test.example");

        _setValue(password, Fixtures.PASSWORD);
        ConfirmDialogKt._fireConfirm(again);

        NotificationsKt.expectNotifications("Ihr Konto wurde gelöscht.");
        assertThatThrownBy(() -> users.loadUserByUsername("hanna@test.example"))
                .isInstanceOf(UsernameNotFoundException.class);
    }

    @Test
    void theOnlyAdminIsToldToAppointAnotherFirst() {
        login(Fixtures.ADMIN);
        UI.getCurrent().navigate("account");
        _click(_get(Button.class, s -> s.withText("Konto löschen")));
        _setValue(_get(PasswordField.class, s -> s.withLabel("Ihr Passwort")), Fixtures.PASSWORD);
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        NotificationsKt.expectNotifications("Sie sind die einzige Administration. Ernennen Sie zuerst jemand "
                + "anderen, bevor Sie Ihr Konto löschen.");
        assertThat(users.loadUserByUsername(Fixtures.ADMIN).getUsername()).isEqualTo(Fixtures.ADMIN);
    }

    @Test
    void anonymousVisitorIsSentToLogin() {
        UI.getCurrent().navigate("account");
        _get(LoginForm.class);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("login");
    }
}
