package org.kogge.registration.ui;

import org.kogge.testing.Karibu;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import java.time.LocalDateTime;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kogge.account.Role;
import org.kogge.common.Formats;
import org.kogge.event.EventDetails;
import org.kogge.event.EventForm;
import org.kogge.event.EventKind;
import org.kogge.event.EventService;
import org.kogge.event.EventState;
import org.kogge.registration.RegistrationService;
import org.kogge.registration.RegistrationStatus;
import org.kogge.testing.KaribuTestBase;
import org.springframework.beans.factory.annotation.Autowired;

class RegistrationPanelKT extends KaribuTestBase {

    @Autowired
    RegistrationService registrations;

    @Autowired
    EventService events;

    String organizer;
    String slug;

    @BeforeEach
    void barcampWithTwoSeats() {
        organizer = fixtures.person("Olga Orga", Role.ORGANIZER).email();
        slug = fixtures.event(organizer, "Barcamp Smart Water", EventKind.BARCAMP, 30, EventState.PUBLISHED).slug();
        fixtures.as(organizer, () -> registrations.changeCapacity(slug, 2));
    }

    private RegistrationPanel showPanel() {
        RegistrationPanel panel = new RegistrationPanel(slug, registrations);
        UI.getCurrent().add(panel);
        return panel;
    }

    private String registered(String name) {
        String email = fixtures.person(name).email();
        fixtures.as(email, () -> registrations.register(slug));
        return email;
    }

    private static String text(RegistrationPanel panel, String className) {
        return _get(panel, Span.class, s -> s.withClasses(className)).getText();
    }

    @Test
    void anonymousVisitorSeesFreeSeatsAndALinkToLogIn() {
        RegistrationPanel panel = showPanel();

        assertThat(text(panel, "kogge-registration-seats")).isEqualTo("2 von 2 Plätzen frei");
        Anchor login = _get(panel, Anchor.class, s -> s.withText("Zum Anmelden einloggen"));
        assertThat(login.getHref()).isEqualTo("login?return=events%2F" + slug);
        _assertNone(panel, Button.class, s -> s.withText("Anmelden"));
        _assertNone(panel, Checkbox.class);
    }

    @Test
    void loggedInUserRegistersWithOneClick() {
        String anna = fixtures.person("Anna A").email();
        login(anna);
        RegistrationPanel panel = showPanel();

        Button register = _get(panel, Button.class, s -> s.withText("Anmelden"));
        assertThat(register.isDisableOnClick()).isTrue();
        _click(register);
        // The keyboard focus moves from the button that is gone to the new status line, which can take it.
        Span status = _get(panel, Span.class, s -> s.withClasses("kogge-registration-status"));
        assertThat(status.getElement().getAttribute("tabindex")).isEqualTo("-1");

        assertThat(text(panel, "kogge-registration-status")).isEqualTo("Sie sind angemeldet.");
        assertThat(text(panel, "kogge-registration-seats")).isEqualTo("1 von 2 Plätzen frei");
        NotificationsKt.expectNotifications("Sie sind angemeldet.");
        _assertNone(panel, Button.class, s -> s.withText("Anmelden"));
        assertThat(fixtures.as(anna, () -> registrations.mine(slug)).status()).isEqualTo(RegistrationStatus.REGISTERED);
        Checkbox publicName = _get(panel, Checkbox.class,
                s -> s.withLabel("Meinen Namen in der öffentlichen Teilnehmerliste zeigen"));
        assertThat(publicName.getValue()).isFalse();
    }

    @Test
    void whenFullTheNextUserLandsOnTheWaitlistAtPositionOne() {
        registered("Anna A");
        registered("Bernd B");
        login(fixtures.person("Carla C").email());
        RegistrationPanel panel = showPanel();
        assertThat(text(panel, "kogge-registration-seats")).startsWith("Ausgebucht: alle 2 Plätze sind vergeben.");

        _click(_get(panel, Button.class, s -> s.withText("Anmelden")));

        assertThat(text(panel, "kogge-registration-status")).isEqualTo("Sie stehen auf der Warteliste, Platz 1.");
        assertThat(text(panel, "kogge-registration-waitlist")).isEqualTo("Eine Person steht auf der Warteliste.");
    }

    @Test
    void cancellingGivesTheSeatToTheWaitlistWhoSeeTheNoticeOnce() {
        String anna = registered("Anna A");
        registered("Bernd B");
        String carla = registered("Carla C");
        login(anna);
        RegistrationPanel panel = showPanel();

        _click(_get(panel, Button.class, s -> s.withText("Anmeldung stornieren")));
        ConfirmDialog dialog = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getHeader(dialog)).isEqualTo("Anmeldung stornieren?");
        ConfirmDialogKt._fireConfirm(dialog);

        assertThat(text(panel, "kogge-registration-status")).isEqualTo("Sie haben Ihre Anmeldung storniert.");
        NotificationsKt.expectNotifications("Ihre Anmeldung ist storniert.");

        logout();
        login(carla);
        UI.getCurrent().remove(panel);
        RegistrationPanel carlasPanel = showPanel();
        assertThat(text(carlasPanel, "kogge-registration-promoted"))
                .isEqualTo("Sie sind von der Warteliste nachgerückt und haben jetzt einen festen Platz.");
        assertThat(text(carlasPanel, "kogge-registration-status")).isEqualTo("Sie sind angemeldet.");

        UI.getCurrent().remove(carlasPanel);
        RegistrationPanel later = showPanel();
        _assertNone(later, Span.class, s -> s.withClasses("kogge-registration-promoted"));
        assertThat(text(later, "kogge-registration-status")).isEqualTo("Sie sind angemeldet.");
    }

    @Test
    void keepingTheRegistrationInTheDialogChangesNothing() {
        String anna = registered("Anna A");
        login(anna);
        RegistrationPanel panel = showPanel();
        _click(_get(panel, Button.class, s -> s.withText("Anmeldung stornieren")));
        ConfirmDialogKt._fireCancel(_get(ConfirmDialog.class));
        assertThat(text(panel, "kogge-registration-status")).isEqualTo("Sie sind angemeldet.");
        assertThat(fixtures.as(anna, () -> registrations.mine(slug)).status()).isEqualTo(RegistrationStatus.REGISTERED);
    }

    @Test
    void participantChoosesToShowTheirNameInThePublicList() {
        String anna = registered("Anna A");
        login(anna);
        RegistrationPanel panel = showPanel();
        _assertNone(panel, ListItem.class);
        Checkbox publicName = _get(panel, Checkbox.class,
                s -> s.withLabel("Meinen Namen in der öffentlichen Teilnehmerliste zeigen"));

        Karibu._setValue(publicName, true);

        assertThat(_find(panel, ListItem.class)).extracting(ListItem::getText).containsExactly("Anna A");
        assertThat(registrations.publicParticipants(slug)).containsExactly("Anna A");
        Checkbox after = _get(panel, Checkbox.class,
                s -> s.withLabel("Meinen Namen in der öffentlichen Teilnehmerliste zeigen"));
        assertThat(after.getValue()).isTrue();

        Karibu._setValue(after, false);

        _assertNone(panel, ListItem.class);
        assertThat(registrations.publicParticipants(slug)).isEmpty();
    }

    @Test
    void registrationNotOpenYetSaysWhenItOpens() {
        EventDetails later = fixtures.as(organizer, () -> {
            EventForm f = events.formFor(slug);
            f.setRegistrationOpens(f.getStart().minusDays(7));
            return events.update(slug, f);
        });
        login(fixtures.person("Anna A").email());
        RegistrationPanel panel = showPanel();

        String opens = Formats.dateTime(later.registrationOpensAt(), later.zone(), Locale.GERMAN);
        assertThat(text(panel, "kogge-registration-window"))
                .isEqualTo("Die Anmeldung ist noch nicht geöffnet. Sie öffnet am " + opens + ".");
        _assertNone(panel, Button.class, s -> s.withText("Anmelden"));
    }

    @Test
    void cancelledEventExplainsThatNobodyCanRegister() {
        String cancelled = fixtures.event(organizer, "Abgesagtes Camp", EventKind.BARCAMP, 10, EventState.CANCELLED).slug();
        login(fixtures.person("Anna A").email());
        RegistrationPanel panel = new RegistrationPanel(cancelled, registrations);
        UI.getCurrent().add(panel);

        assertThat(text(panel, "kogge-registration-window"))
                .isEqualTo("Die Veranstaltung wurde abgesagt; eine Anmeldung ist nicht möglich.");
        _assertNone(panel, Button.class, s -> s.withText("Anmelden"));
    }

    @Test
    void registrationClosedMeanwhileShowsTheReasonInsteadOfFailingSilently() {
        login(fixtures.person("Anna A").email());
        RegistrationPanel panel = showPanel();
        Button register = _get(panel, Button.class, s -> s.withText("Anmelden"));
        fixtures.as(organizer, () -> {
            EventForm f = events.formFor(slug);
            f.setRegistrationOpens(LocalDateTime.now().minusDays(3));
            f.setRegistrationCloses(LocalDateTime.now().minusDays(1));
            events.update(slug, f);
        });

        _click(register);

        assertThat(NotificationsKt.getNotifications()).extracting(Notification::getElement)
                .extracting(e -> e.getProperty("text"))
                .containsExactly("Die Anmeldung ist für diese Veranstaltung gerade nicht geöffnet.");
        assertThat(text(panel, "kogge-registration-window")).startsWith("Die Anmeldung ist geschlossen");
        _assertNone(panel, Button.class, s -> s.withText("Anmelden"));
    }

    @Test
    void englishVisitorReadsEnglish() {
        english();
        RegistrationPanel panel = showPanel();
        assertThat(text(panel, "kogge-registration-seats")).isEqualTo("2 of 2 seats available");
        _get(panel, Anchor.class, s -> s.withText("Log in to register"));
    }

    @Test
    void aSingleSeatReadsAsGrammaticalGerman() {
        fixtures.as(organizer, () -> registrations.changeCapacity(slug, 1));
        RegistrationPanel panel = showPanel();
        assertThat(text(panel, "kogge-registration-seats")).isEqualTo("1 von 1 Platz frei");

        registered("Anna A");
        panel.refresh();
        assertThat(text(panel, "kogge-registration-seats"))
                .isEqualTo("Ausgebucht: der einzige Platz ist vergeben. Neue Anmeldungen kommen auf die Warteliste.");
        assertThat(text(panel, "kogge-registration-waitlist")).isEqualTo("Niemand steht auf der Warteliste.");
    }
}
