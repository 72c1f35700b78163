package org.kogge.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.kogge.testing.Karibu._setValue;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.login.LoginForm;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kogge.account.MailPreferences;
import org.kogge.account.PeopleDirectory;
import org.kogge.account.PersonDto;
import org.kogge.account.Role;
import org.kogge.testing.KaribuTestBase;
import org.springframework.beans.factory.annotation.Autowired;

/** The optional mails' switches on /account: on by default, each saved at once; nobody else's page. */
class MailPreferencesSectionKT extends KaribuTestBase {

    static final String REMINDERS = "Erinnerung am Tag vor einer Veranstaltung";

    @Autowired
    PeopleDirectory directory;

    @Test
    void aPersonSwitchesOffTheRemindersAndTheChoiceIsSavedAtOnce() {
        PersonDto hanna = fixtures.person("Hanna Hering", Role.ATTENDEE);
        login(hanna.email());
        UI.getCurrent().navigate("account");

        Checkbox reminders = _get(Checkbox.class, s -> s.withLabel(REMINDERS));
        assertThat(reminders.getValue()).isTrue();
        _setValue(reminders, false);

        NotificationsKt.expectNotifications("Ihre Mail-Einstellungen sind gespeichert.");
        assertThat(directory.mailContacts(List.of(hanna.id())).get(hanna.id()).wanted())
                .isEqualTo(new MailPreferences(true, false, true));
        UI.getCurrent().navigate("account");
        assertThat(_get(Checkbox.class, s -> s.withLabel(REMINDERS)).getValue()).isFalse();
    }

    @Test
    void withoutALoginThereAreNoSwitchesButTheLoginPage() {
        UI.getCurrent().navigate("account");

        _get(LoginForm.class);
        _assertNone(Checkbox.class, s -> s.withLabel(REMINDERS));
    }
}
