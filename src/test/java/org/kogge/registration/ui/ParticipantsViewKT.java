package org.kogge.registration.ui;

import org.kogge.testing.Karibu;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kogge.account.Role;
import org.kogge.event.EventKind;
import org.kogge.event.EventState;
import org.kogge.registration.Participant;
import org.kogge.registration.RegistrationService;
import org.kogge.registration.RegistrationStatus;
import org.kogge.testing.Fixtures;
import org.kogge.testing.KaribuTestBase;
import org.springframework.beans.factory.annotation.Autowired;

class ParticipantsViewKT extends KaribuTestBase {

    @Autowired
    RegistrationService registrations;

    String organizer;
    String slug;

    /** Two seats: Anna and Bernd have them, Carla and Dirk wait in that order. */
    @BeforeEach
    void barcampWithWaitlist() {
        organizer = fixtures.person("Olga Orga", Role.ORGANIZER).email();
        slug = fixtures.event(organizer, "Barcamp Smart Water", EventKind.BARCAMP, 30, EventState.PUBLISHED).slug();
        fixtures.as(organizer, () -> registrations.changeCapacity(slug, 2));
        for (String name : List.of("Anna A", "Bernd B", "Carla C", "Dirk D")) {
            String email = fixtures.person(name).email();
            fixtures.as(email, () -> registrations.register(slug));
        }
    }

    private void open() {
        UI.getCurrent().navigate("organize/events/" + slug + "/participants");
    }

    @SuppressWarnings("unchecked")
    private static Grid<Participant> grid() {
        return _get(Grid.class);
    }

    private static List<String> column(String key) {
        Grid<Participant> grid = grid();
        List<String> values = new ArrayList<>();
        for (int i = 0; i < GridKt._size(grid); i++) {
            values.add(GridKt._getFormatted(grid, i, key));
        }
        return values;
    }

    private static String counts() {
        return _get(Span.class, s -> s.withClasses("kogge-participants-counts")).getText();
    }

    private static Button rowAction(int row, String text) {
        Component cell = GridKt._getCellComponent(grid(), row, "actions");
        return _get(cell, Button.class, s -> s.withText(text));
    }

    @Test
    void organizerSeesParticipantsInQueueOrderWithCounts() {
        login(organizer);
        open();

        assertThat(_get(H1.class).getText()).isEqualTo("Teilnehmende: Barcamp Smart Water");
        assertThat(counts()).isEqualTo("2 angemeldet · 2 auf der Warteliste · 0 storniert · Kapazität: 2");
        assertThat(column("name")).containsExactly("Anna A", "Bernd B", "Carla C", "Dirk D");
        assertThat(column("email")).containsExactly("anna@test.example", "bernd@test.example",
                "carla@test.example", "dirk@test.example");
        assertThat(column("status")).containsExactly("Angemeldet", "Angemeldet", "Warteliste, Platz 1",
                "Warteliste, Platz 2");
        assertThat(column("organisation")).containsOnly("Stadt Lübeck");
        assertThat(column("city")).containsOnly("Lübeck");
        assertThat(column("joined")).allSatisfy(s -> assertThat(s).isNotBlank());
        assertThat(_get(IntegerField.class, s -> s.withLabel("Kapazität")).getValue()).isEqualTo(2);
    }

    @Test
    void filterShowsOnlyTheWaitlist() {
        login(organizer);
        open();

        @SuppressWarnings("unchecked")
        Select<RegistrationStatus> filter = _get(Select.class, s -> s.withLabel("Status"));
        Karibu._setValue(filter, RegistrationStatus.WAITLISTED);

        assertThat(column("name")).containsExactly("Carla C", "Dirk D");
        assertThat(column("status")).containsExactly("Warteliste, Platz 1", "Warteliste, Platz 2");
    }

    @Test
    void raisingTheCapacityLetsTheWaitlistMoveUpAtOnce() {
        login(organizer);
        open();

        Karibu._setValue(_get(IntegerField.class, s -> s.withLabel("Kapazität")), 3);
        _click(_get(Button.class, s -> s.withText("Übernehmen")));

        assertThat(counts()).isEqualTo("3 angemeldet · 1 auf der Warteliste · 0 storniert · Kapazität: 3");
        assertThat(column("status")).containsExactly("Angemeldet", "Angemeldet", "Angemeldet", "Warteliste, Platz 1");
        NotificationsKt.expectNotifications("Kapazität gespeichert. Eine Person ist von der Warteliste nachgerückt.");
    }

    @Test
    void emptyCapacityMeansUnlimitedAndSeatsEveryone() {
        login(organizer);
        open();

        Karibu._setValue(_get(IntegerField.class, s -> s.withLabel("Kapazität")), null);
        _click(_get(Button.class, s -> s.withText("Übernehmen")));

        assertThat(counts()).isEqualTo("4 angemeldet · 0 auf der Warteliste · 0 storniert · Kapazität: unbegrenzt");
        assertThat(registrations.counts(slug).capacity()).isNull();
    }

    @Test
    void capacityBelowOneIsRefusedBesideTheField() {
        login(organizer);
        open();
        IntegerField capacity = _get(IntegerField.class, s -> s.withLabel("Kapazität"));

        Karibu._setValue(capacity, 0);
        _click(_get(Button.class, s -> s.withText("Übernehmen")));

        assertThat(capacity.isInvalid()).isTrue();
        assertThat(capacity.getErrorMessage()).isEqualTo("Bitte eine Zahl zwischen 1 und 100.000 eingeben.");
        assertThat(registrations.counts(slug).capacity()).isEqualTo(2);
    }

    @Test
    void removingAParticipantAfterConfirmingGivesTheSeatToTheWaitlist() {
        login(organizer);
        open();

        _click(rowAction(0, "Entfernen"));
        ConfirmDialog dialog = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getHeader(dialog)).isEqualTo("Anna A entfernen?");
        ConfirmDialogKt._fireConfirm(dialog);

        assertThat(counts()).isEqualTo("2 angemeldet · 1 auf der Warteliste · 1 storniert · Kapazität: 2");
        assertThat(column("status")).containsExactly("Storniert", "Angemeldet", "Angemeldet", "Warteliste, Platz 1");
        NotificationsKt.expectNotifications("Anna A wurde entfernt.");
        assertThat(GridKt._getCellComponent(grid(), 0, "actions").getChildren()).isEmpty();
    }

    @Test
    void movingSomeoneToTheWaitlistSeatsTheFirstWaitingPerson() {
        login(organizer);
        open();

        _click(rowAction(1, "Auf die Warteliste"));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(column("name")).containsExactly("Anna A", "Carla C", "Dirk D", "Bernd B");
        assertThat(column("status")).containsExactly("Angemeldet", "Angemeldet", "Warteliste, Platz 1",
                "Warteliste, Platz 2");
    }

    @Test
    void promotingWhileFullExplainsToRaiseTheCapacityFirst() {
        login(organizer);
        open();

        Button promote = rowAction(2, "Nachrücken lassen");
        assertThat(promote.getAriaLabel()).contains("Nachrücken lassen: Carla C");
        _click(promote);

        NotificationsKt.expectNotifications("Alle Plätze sind vergeben. Erhöhen Sie zuerst die Kapazität.");
        assertThat(counts()).isEqualTo("2 angemeldet · 2 auf der Warteliste · 0 storniert · Kapazität: 2");
    }

    @Test
    void csvExportContainsTheParticipants() {
        login(organizer);
        open();

        Anchor csv = _get(Anchor.class, s -> s.withClasses("kogge-participants-csv"));
        assertThat(csv.isDownload()).isTrue();
        byte[] bytes = DownloadKt._download(csv);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        List<String> lines = text.lines().toList();
        assertThat(lines).hasSize(5);
        assertThat(lines.get(0)).isEqualTo("Name;E-Mail;Organisation;Stadt;Status;Wartelistenplatz;Angemeldet am");
        assertThat(lines.get(3)).startsWith("Carla C;carla@test.example;Stadt Lübeck;Lübeck;Warteliste;1;");
    }

    @Test
    void attendeeIsRefused() {
        login(fixtures.person("Anton Attendee").email());
        open();

        assertThat(_get(H1.class).getText()).isEqualTo("Kein Zugriff");
        _assertNone(ParticipantsView.class);
    }

    @Test
    void organizerOfAnotherEventIsRefused() {
        String otto = fixtures.person("Otto Other", Role.ORGANIZER).email();
        fixtures.event(otto, "Ottos Festakt", EventKind.CEREMONY, 10, EventState.PUBLISHED);
        login(otto);
        open();

        assertThat(_get(H1.class).getText()).isEqualTo("Kein Zugriff");
        _assertNone(Grid.class);
    }

    @Test
    void adminMayOpenAnyEventsList() {
        login(Fixtures.ADMIN);
        open();

        assertThat(column("name")).hasSize(4);
    }

    @Test
    void anonymousVisitorIsSentToLogin() {
        open();

        _get(LoginForm.class);
        _assertNone(ParticipantsView.class);
    }
}
