package org.kogge.schedule.ui;

import org.kogge.testing.Karibu;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.kogge.testing.ScheduleFixtures.DAY2;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kogge.account.Role;
import org.kogge.event.EventKind;
import org.kogge.event.EventState;
import org.kogge.schedule.PlanningService;
import org.kogge.schedule.RoomDto;
import org.kogge.schedule.RoomForm;
import org.kogge.schedule.RoomSlotService;
import org.kogge.schedule.SlotDto;
import org.kogge.schedule.SlotForm;
import org.kogge.schedule.SlotKind;
import org.kogge.testing.KaribuTestBase;
import org.kogge.testing.ScheduleFixtures;
import org.springframework.beans.factory.annotation.Autowired;

class RoomsViewKT extends KaribuTestBase {

    @Autowired RoomSlotService roomSlots;
    @Autowired PlanningService planning;
    @Autowired ScheduleFixtures sf;

    String organizer;
    String slug;

    @BeforeEach
    void barcamp() {
        organizer = fixtures.person("Olga Orga", Role.ORGANIZER).email();
        slug = sf.barcamp(organizer, "Barcamp Smart Water");
    }

    void open() {
        UI.getCurrent().navigate("organize/events/" + slug + "/rooms");
    }

    @SuppressWarnings("unchecked")
    static Grid<RoomDto> roomGrid() {
        return _get(Grid.class, s -> s.withPredicate(g -> g.getAriaLabel().orElse("").equals("Räume")));
    }

    @SuppressWarnings("unchecked")
    static Grid<SlotDto> slotGrid(String day) {
        return _get(Grid.class, s -> s.withPredicate(g -> g.getAriaLabel().orElse("").equals("Zeitfenster am " + day)));
    }

    static List<String> column(Grid<?> grid, String key) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < GridKt._size(grid); i++) {
            values.add(GridKt._getFormatted(grid, i, key));
        }
        return values;
    }

    static Button rowButton(Grid<?> grid, int row, String aria) {
        return _get(GridKt._getCellComponent(grid, row, "actions"), Button.class, s -> s.withAttribute("aria-label", aria));
    }

    static List<String> notifications() {
        return NotificationsKt.getNotifications().stream().map(Notification::getElement)
                .map(e -> e.getProperty("text")).toList();
    }

    @Test
    void organizerAddsARoomThroughTheDialog() {
        login(organizer);
        open();
        assertThat(_get(H1.class).getText()).isEqualTo("Räume und Zeitfenster: Barcamp Smart Water");

        _click(_get(Button.class, s -> s.withText("Raum hinzufügen")));
        Dialog dialog = _get(Dialog.class);
        Karibu._setValue(_get(dialog, TextField.class, s -> s.withLabel("Name")), "Bürgerschaftssaal");
        Karibu._setValue(_get(dialog, IntegerField.class, s -> s.withLabel("Plätze")), 120);
        _click(_get(dialog, Button.class, s -> s.withText("Speichern")));

        NotificationsKt.expectNotifications("Raum „Bürgerschaftssaal“ gespeichert.");
        assertThat(column(roomGrid(), "name")).containsExactly("Bürgerschaftssaal");
        assertThat(column(roomGrid(), "capacity")).containsExactly("120");
        assertThat(column(roomGrid(), "access")).containsExactly("stufenlos");
    }

    @Test
    void badRoomInputIsShownBesideTheFieldAndNothingIsSaved() {
        fixtures.as(organizer, () -> roomSlots.addRoom(slug, new RoomForm("Hörsaal", 100, null, true)));
        login(organizer);
        open();

        _click(_get(Button.class, s -> s.withText("Raum hinzufügen")));
        Dialog dialog = _get(Dialog.class);
        TextField name = _get(dialog, TextField.class, s -> s.withLabel("Name"));
        _click(_get(dialog, Button.class, s -> s.withText("Speichern")));
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Bitte ausfüllen.");

        Karibu._setValue(name, "hörsaal");
        _click(_get(dialog, Button.class, s -> s.withText("Speichern")));
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Diesen Raum gibt es schon.");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(fixtures.as(organizer, () -> roomSlots.rooms(slug))).hasSize(1);
    }

    @Test
    void roomsAreReorderedWithButtons() {
        fixtures.as(organizer, () -> {
            roomSlots.addRoom(slug, new RoomForm("Bürgerschaftssaal", 120, null, true));
            roomSlots.addRoom(slug, new RoomForm("Kriegsstube", 30, "1. OG", false));
        });
        login(organizer);
        open();

        _click(rowButton(roomGrid(), 1, "Raum Kriegsstube eine Spalte nach links"));
        assertThat(column(roomGrid(), "name")).containsExactly("Kriegsstube", "Bürgerschaftssaal");
        assertThat(column(roomGrid(), "access")).containsExactly("nicht stufenlos", "stufenlos");
        assertThat(rowButton(roomGrid(), 0, "Raum Kriegsstube eine Spalte nach links").isEnabled()).isFalse();
        assertThat(rowButton(roomGrid(), 1, "Raum Bürgerschaftssaal eine Spalte nach rechts").isEnabled()).isFalse();
    }

    @Test
    void aRoomChangedMeanwhileIsNotOverwrittenUnnoticed() {
        RoomDto saal = fixtures.as(organizer, () -> roomSlots.addRoom(slug, new RoomForm("Bürgerschaftssaal", 120, null, true)));
        login(organizer);
        open();
        _click(rowButton(roomGrid(), 0, "Raum Bürgerschaftssaal bearbeiten"));
        Dialog dialog = _get(Dialog.class);
        TextField name = _get(dialog, TextField.class, s -> s.withLabel("Name"));
        IntegerField capacity = _get(dialog, IntegerField.class, s -> s.withLabel("Plätze"));
        // Another organizer saves fewer seats while the dialog is open.
        fixtures.as(organizer, () -> {
            RoomForm theirs = roomSlots.roomForm(slug, saal.id());
            theirs.setCapacity(80);
            return roomSlots.updateRoom(slug, saal.id(), theirs);
        });

        Karibu._setValue(name, "Audienzsaal");
        _click(_get(dialog, Button.class, s -> s.withText("Speichern")));
        assertThat(dialog.isOpened()).isTrue();
        assertThat(_get(dialog, Paragraph.class, s -> s.withClasses("kogge-stale-notice")).getText())
                .startsWith("Jemand anderes hat diese Daten inzwischen geändert.");
        assertThat(name.getValue()).isEqualTo("Audienzsaal");
        assertThat(capacity.getValue()).isEqualTo(120);
        assertThat(capacity.getHelperText()).isEqualTo("Jetzt: 80");
        assertThat(name.getHelperText()).isNullOrEmpty();
        assertThat(fixtures.as(organizer, () -> roomSlots.rooms(slug))).extracting(RoomDto::name, RoomDto::capacity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Bürgerschaftssaal", 80));

        // Saving again, knowingly, overwrites.
        _click(_get(dialog, Button.class, s -> s.withText("Speichern")));
        assertThat(dialog.isOpened()).isFalse();
        assertThat(column(roomGrid(), "name")).containsExactly("Audienzsaal");
        assertThat(column(roomGrid(), "capacity")).containsExactly("120");
    }

    @Test
    void aSlotChangedMeanwhileIsNotOverwrittenUnnoticed() {
        SlotDto slot = fixtures.as(organizer, () -> roomSlots.addSlot(slug,
                new SlotForm(DAY2, LocalTime.of(9, 0), LocalTime.of(9, 45), SlotKind.SESSION, null)));
        login(organizer);
        open();
        _click(rowButton(slotGrid("Sonntag, 31. Oktober 2027"), 0, "Zeitfenster Sonntag, 31. Oktober 2027 09:00 bearbeiten"));
        Dialog dialog = _get(Dialog.class);
        TimePicker end = _get(dialog, TimePicker.class, s -> s.withLabel("Ende"));
        fixtures.as(organizer, () -> {
            SlotForm theirs = roomSlots.slotForm(slug, slot.id());
            theirs.setLabel("Eröffnung");
            theirs.setKind(SlotKind.PLENARY);
            return roomSlots.updateSlot(slug, slot.id(), theirs);
        });

        Karibu._setValue(end, LocalTime.of(10, 0));
        _click(_get(dialog, Button.class, s -> s.withText("Speichern")));
        assertThat(dialog.isOpened()).isTrue();
        assertThat(_get(dialog, TextField.class, s -> s.withLabel("Bezeichnung")).getHelperText())
                .isEqualTo("Jetzt: Eröffnung");
        assertThat(_get(dialog, com.vaadin.flow.component.select.Select.class, s -> s.withLabel("Art")).getHelperText())
                .isEqualTo("Jetzt: Plenum");
        assertThat(end.getHelperText()).isNullOrEmpty();
        assertThat(end.getValue()).isEqualTo(LocalTime.of(10, 0));
        assertThat(fixtures.as(organizer, () -> roomSlots.slots(slug))).extracting(SlotDto::label).containsExactly("Eröffnung");

        _click(_get(dialog, Button.class, s -> s.withText("Speichern")));
        assertThat(dialog.isOpened()).isFalse();
        assertThat(fixtures.as(organizer, () -> roomSlots.slots(slug))).singleElement().satisfies(x -> {
            assertThat(x.label()).isNull();
            assertThat(x.kind()).isEqualTo(SlotKind.SESSION);
        });
    }

    @Test
    void aDayOfSlotsIsGeneratedAndOverlapsAreRefused() {
        login(organizer);
        open();

        _click(_get(Button.class, s -> s.withText("Tag erzeugen …")));
        Dialog dialog = _get(Dialog.class);
        _click(_get(dialog, Button.class, s -> s.withText("Zeitfenster erzeugen")));
        NotificationsKt.expectNotifications("8 Zeitfenster für Samstag, 30. Oktober 2027 angelegt.");
        Grid<SlotDto> day1 = slotGrid("Samstag, 30. Oktober 2027");
        assertThat(column(day1, "time")).startsWith("09:00 – 09:45", "10:00 – 10:45", "11:00 – 11:45", "12:00 – 13:00");
        assertThat(column(day1, "kind")).element(3).isEqualTo("Pause");

        _click(_get(Button.class, s -> s.withText("Zeitfenster hinzufügen")));
        Dialog add = _get(Dialog.class);
        Karibu._setValue(_get(add, TimePicker.class, s -> s.withLabel("Beginn")), LocalTime.of(9, 30));
        Karibu._setValue(_get(add, TimePicker.class, s -> s.withLabel("Ende")), LocalTime.of(10, 0));
        _click(_get(add, Button.class, s -> s.withText("Speichern")));
        TimePicker start = _get(add, TimePicker.class, s -> s.withLabel("Beginn"));
        assertThat(start.isInvalid()).isTrue();
        assertThat(start.getErrorMessage()).isEqualTo("Überschneidet sich mit dem Zeitfenster 09:00–09:45.");
        assertThat(fixtures.as(organizer, () -> roomSlots.slots(slug))).hasSize(8);
    }

    @Test
    void removingARoomWithSessionsSaysSoAndSendsThemBack() {
        String erika = sf.participant(slug, "Erika Expertin");
        long session = sf.session(slug, organizer, erika, "Sensornetze im Kanal", 1);
        RoomDto saal = fixtures.as(organizer, () -> roomSlots.addRoom(slug, new RoomForm("Bürgerschaftssaal", 120, null, true)));
        SlotDto slot = fixtures.as(organizer, () -> roomSlots.addSlot(slug,
                new SlotForm(DAY2, LocalTime.of(9, 0), LocalTime.of(9, 45), SlotKind.SESSION, null)));
        fixtures.as(organizer, () -> planning.place(slug, session, saal.id(), slot.id()));
        login(organizer);
        open();

        _click(rowButton(roomGrid(), 0, "Raum Bürgerschaftssaal entfernen"));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getHeader(confirm)).isEqualTo("Raum „Bürgerschaftssaal“ entfernen?");
        assertThat(ConfirmDialogKt.getText(confirm)).startsWith("Die eingeplante Session kommt zurück in die Liste");
        ConfirmDialogKt._fireConfirm(confirm);

        assertThat(notifications()).contains("Raum „Bürgerschaftssaal“ entfernt; eine Session zurück in der Liste.");
        assertThat(GridKt._size(roomGrid())).isZero();
        assertThat(fixtures.as(organizer, () -> planning.planner(slug)).unplaced()).hasSize(1);
    }

    @Test
    void attendeeIsRefused() {
        login(fixtures.person("Anton Attendee").email());
        open();
        assertThat(_get(H1.class).getText()).isEqualTo("Kein Zugriff");
        _assertNone(RoomsView.class);
    }

    @Test
    void organizerOfAnotherEventIsRefused() {
        login(fixtures.person("Otto Other", Role.ORGANIZER).email());
        open();
        assertThat(_get(H1.class).getText()).isEqualTo("Kein Zugriff");
        _assertNone(RoomsView.class);
    }

    @Test
    void nonBarcampsHaveNoRoomsPage() {
        String ceremony = fixtures.event(organizer, "Unterzeichnung", EventKind.CEREMONY, 30, EventState.PUBLISHED).slug();
        login(organizer);
        UI.getCurrent().navigate("organize/events/" + ceremony + "/rooms");
        _assertNone(RoomsView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Nicht gefunden");
    }

    @Test
    void anonymousVisitorIsSentToLogin() {
        open();
        _get(LoginForm.class);
        _assertNone(RoomsView.class);
    }
}
