package org.kogge.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.ShortcutsKt._fireShortcut;
import static com.github.mvysny.kaributesting.v10.ShortcutsKt.fireShortcut;
import static org.kogge.testing.Karibu._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.kogge.account.AccountService;
import org.kogge.account.PersonDto;
import org.kogge.account.Role;
import org.kogge.network.CityDto;
import org.kogge.network.NetworkService;
import org.kogge.testing.Fixtures;
import org.kogge.testing.KaribuTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

class SignupViewKT extends KaribuTestBase {

    @Autowired
    AccountService accounts;

    @Autowired
    NetworkService network;

    private PasswordField password() {
        return _get(PasswordField.class, s -> s.withLabel("Passwort"));
    }

    private EmailField email() {
        return _get(EmailField.class, s -> s.withLabel("E-Mail"));
    }

    private Checkbox consent() {
        return _get(Checkbox.class, s -> s.withLabel(
                "Ich habe die Datenschutzhinweise gelesen und bin einverstanden, dass meine Angaben dafür gespeichert werden."));
    }

    private void fillIn(String name, String mail, String pw, boolean agree) {
        fillIn(QueryParameters.empty(), name, mail, pw, agree);
    }

    @SuppressWarnings("unchecked")
    private void fillIn(QueryParameters query, String name, String mail, String pw, boolean agree) {
        UI.getCurrent().navigate("signup", query);
        _setValue(_get(TextField.class, s -> s.withLabel("Name")), name);
        _setValue(email(), mail);
        _setValue(_get(TextField.class, s -> s.withLabel("Organisation")), "Hansestadt Wismar");
        CityDto luebeck = network.city(fixtures.cityId());
        _setValue((ComboBox<CityDto>) _get(ComboBox.class, s -> s.withLabel("Stadt")), luebeck);
        _setValue(password(), pw);
        _setValue(consent(), agree);
    }

    private void submit() {
        _click(_get(Button.class, s -> s.withText("Konto anlegen")));
    }

    @Test
    void visitorSignsUpIsLoggedInAndReturnsToTheEventTheyCameFrom() {
        fillIn(QueryParameters.of("return", "events/barcamp-kiel"), "Wiebke Wind", "Wiebke@Example.ORG", "Leuchtturm-Nebel-77", true);
        assertThat(_get(Span.class, s -> s.withText("Passwortstärke: stark")).isVisible()).isTrue();
        assertThat(_get(Anchor.class, s -> s.withText("Einloggen")).getHref()).isEqualTo("login?return=events%2Fbarcamp-kiel");

        submitAsOneRequest();

        assertThat(pageLoads()).containsExactly("events/barcamp-kiel");
        NotificationsKt.expectNotifications("Konto angelegt. Sie sind jetzt eingeloggt.");
        assertThat(SecurityContextHolder.getContext().getAuthentication().getName()).isEqualTo("wiebke@example.org");
        // Wiebke's login lives in the session (as the next request needs it); the checks below run as the admin.
        com.vaadin.flow.server.VaadinSession.getCurrent().getSession().removeAttribute("SPRING_SECURITY_CONTEXT");
        logout();
        PersonDto wiebke = fixtures.as(Fixtures.ADMIN, () -> accounts.people("wiebke", org.springframework.data.domain
                .PageRequest.of(0, 5)).getContent().get(0));
        assertThat(wiebke.email()).isEqualTo("wiebke@example.org");
        assertThat(wiebke.organisation()).isEqualTo("Hansestadt Wismar");
        assertThat(wiebke.cityName()).isEqualTo(Fixtures.CITY);
        assertThat(wiebke.roles()).containsExactly(Role.ATTENDEE);
    }

    @Test
    void aReturnAddressElsewhereIsIgnored() {
        fillIn(QueryParameters.of("return", "https://evil.example/x"), "Wiebke Wind", "wiebke@example.org",
                "Leuchtturm-Nebel-77", true);
        assertThat(_get(Anchor.class, s -> s.withText("Einloggen")).getHref()).isEqualTo("login");

        submitAsOneRequest();

        assertThat(pageLoads()).containsExactly("./");
    }

    @Test
    void enterOnTheButtonIsTheButtonsOwnClickNotASecondSubmit() {
        UI.getCurrent().navigate("signup");
        Button submit = _get(Button.class, s -> s.withText("Konto anlegen"));
        assertThat(submit.isDisableOnClick()).isTrue();

        // Enter outside the form (such as on the focused button, which clicks itself): no second submit.
        fireShortcut(Key.ENTER);
        NotificationsKt.expectNoNotifications();

        // Enter in one of the form's fields submits, once.
        _fireShortcut(_get(FormLayout.class), Key.ENTER);
        NotificationsKt.expectNotifications("Bitte prüfen Sie die markierten Felder.");
    }

    @Test
    void thePasswordsShowButtonIsNamedInGerman() {
        UI.getCurrent().navigate("signup");

        assertThat(password().getElement().getPropertyRaw("i18n").toString()).contains("\"reveal\":\"Passwort anzeigen\"");
    }

    /**
     * Clicks "Konto anlegen" and stops before the browser would get the answer (Karibu's {@code _click} also plays the
     * browser's part and takes the pending page load away).
     */
    private void submitAsOneRequest() {
        Button submit = _get(Button.class, s -> s.withText("Konto anlegen"));
        com.github.mvysny.kaributesting.v10.ButtonKt._checkClickable(submit);
        submit.click();
    }

    /** The addresses the browser was told to load as a new page. */
    private static java.util.List<Object> pageLoads() {
        return UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .map(i -> i.getInvocation())
                .filter(i -> i.getExpression().contains("window.open"))
                .map(i -> i.getParameters().getFirst())
                .toList();
    }

    @Test
    void strengthIndicatorFollowsTheTypedPassword() {
        UI.getCurrent().navigate("signup");
        _setValue(password(), "kurz");
        _get(Span.class, s -> s.withText("Passwortstärke: zu kurz"));
        _setValue(password(), "passwort1234");
        _get(Span.class, s -> s.withText("Passwortstärke: schwach"));
        _setValue(password(), "Leuchtturm-Nebel-77");
        _get(Span.class, s -> s.withText("Passwortstärke: stark"));
        assertThat(password().getHelperText()).startsWith("Mindestens 12 Zeichen.");
    }

    /** What the meter says is what the form then does: a password it calls weak is refused with the reason. */
    @Test
    void aWellKnownPatternIsWeakOnTheMeterAndRefusedWithAClearMessage() {
        fillIn("Wiebke Wind", "wiebke@example.org", "Sommer2026!!", true);
        _get(Span.class, s -> s.withText("Passwortstärke: schwach"));

        submit();

        assertThat(password().isInvalid()).isTrue();
        assertThat(password().getErrorMessage()).startsWith("Dieses Passwort ist zu leicht zu erraten.");
        assertThat(fixtures.as(Fixtures.ADMIN, () -> accounts.countPeople("wiebke"))).isZero();
    }

    @Test
    void theMeterCountsTheOwnNameAsWeakAsTheServiceDoes() {
        fillIn("Wiebke Wind", "wiebke@example.org", "Wiebke-Leuchtturm-Nebel-77", true);

        _get(Span.class, s -> s.withText("Passwortstärke: schwach"));
        _setValue(_get(TextField.class, s -> s.withLabel("Name")), "Greta Gans");
        _setValue(email(), "greta@example.org");
        _get(Span.class, s -> s.withText("Passwortstärke: stark"));
    }

    @Test
    void englishMeterAndMessage() {
        english();
        UI.getCurrent().navigate("signup");
        PasswordField password = _get(PasswordField.class, s -> s.withLabel("Password"));
        _setValue(password, "Qwertz123456");
        _get(Span.class, s -> s.withText("Password strength: weak"));
        _setValue(password, "Zwölf Boxkämpfer jagen Viktor quer über den Deich");
        _get(Span.class, s -> s.withText("Password strength: strong"));
    }

    @Test
    void requiredFieldsAreMarked() {
        UI.getCurrent().navigate("signup");
        assertThat(_get(TextField.class, s -> s.withLabel("Name")).isRequiredIndicatorVisible()).isTrue();
        assertThat(email().isRequiredIndicatorVisible()).isTrue();
        assertThat(_get(ComboBox.class, s -> s.withLabel("Stadt")).isRequiredIndicatorVisible()).isTrue();
        assertThat(password().isRequiredIndicatorVisible()).isTrue();
        assertThat(_get(TextField.class, s -> s.withLabel("Organisation")).isRequiredIndicatorVisible()).isFalse();
    }

    @Test
    void tooShortPasswordIsMarkedBesideTheField() {
        fillIn("Wiebke Wind", "wiebke@example.org", "Kurz-Pass-1", true);

        submit();

        assertThat(password().isInvalid()).isTrue();
        assertThat(password().getErrorMessage()).isEqualTo("Das Passwort braucht mindestens 12 Zeichen.");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("signup");
        assertThat(fixtures.as(Fixtures.ADMIN, () -> accounts.countPeople("wiebke"))).isZero();
    }

    @Test
    void weakPasswordRefusedByTheServiceIsMarkedBesideTheField() {
        fillIn("Wiebke Wind", "wiebke@example.org", "Wiebke-Wind-2027", true);

        submit();

        assertThat(password().isInvalid()).isTrue();
        assertThat(password().getErrorMessage())
                .isEqualTo("Das Passwort darf nicht Ihren Namen oder Ihre E-Mail-Adresse enthalten.");
    }

    @Test
    void aMistypedAddressIsMarkedBesideTheFieldWithWhatIsWrong() {
        fillIn("Wiebke Wind", "wiebke.example.org", "Leuchtturm-Nebel-77", true);

        submit();

        // The field's own check of the address comes first; it used to mark the field red without a word.
        assertThat(email().isInvalid()).isTrue();
        assertThat(email().getErrorMessage()).isEqualTo("Bitte eine gültige E-Mail-Adresse eingeben.");
        assertThat(fixtures.as(Fixtures.ADMIN, () -> accounts.countPeople("wiebke"))).isZero();
    }

    @Test
    void emailThatIsAlreadyRegisteredIsMarkedBesideTheField() {
        fillIn("Ada Zwei", "ADMIN@test.example", "Leuchtturm-Nebel-77", true);

        submit();

        assertThat(email().isInvalid()).isTrue();
        assertThat(email().getErrorMessage()).isEqualTo("Diese E-Mail-Adresse ist bereits registriert.");
        NotificationsKt.expectNotifications("Bitte prüfen Sie die markierten Felder.");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("signup");
    }

    @Test
    void withoutConsentNoAccountIsCreated() {
        fillIn("Wiebke Wind", "wiebke@example.org", "Leuchtturm-Nebel-77", false);

        submit();

        assertThat(consent().isInvalid()).isTrue();
        assertThat(consent().getErrorMessage()).isEqualTo("Bitte der Datenschutzerklärung zustimmen.");
        assertThat(fixtures.as(Fixtures.ADMIN, () -> accounts.countPeople("wiebke"))).isZero();
        Anchor privacy = _get(Anchor.class, s -> s.withText("Datenschutzhinweise lesen (öffnet ein neues Fenster)"));
        assertThat(privacy.getHref()).isEqualTo("privacy");
    }

    @Test
    void loggedInPersonOpeningSignupIsSentHome() {
        login(Fixtures.ADMIN);
        UI.getCurrent().navigate("signup");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEmpty();
    }
}
