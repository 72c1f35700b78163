package org.kogge.ceremony.ui;

import org.kogge.testing.Karibu;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kogge.account.Role;
import org.kogge.ceremony.AgreementForm;
import org.kogge.ceremony.CeremonyContent;
import org.kogge.ceremony.CeremonyService;
import org.kogge.ceremony.CeremonySettingsForm;
import org.kogge.ceremony.SignatoryForm;
import org.kogge.event.EventKind;
import org.kogge.event.EventState;
import org.kogge.testing.CeremonyFixtures;
import org.kogge.testing.Fixtures;
import org.kogge.testing.KaribuTestBase;
import org.springframework.beans.factory.annotation.Autowired;

class CeremonyEditViewKT extends KaribuTestBase {

    @Autowired
    CeremonyService ceremonies;
    @Autowired
    CeremonyFixtures ceremonyFixtures;

    String organizer;
    String slug;
    LocalDateTime start;

    @BeforeEach
    void ceremony() {
        organizer = fixtures.person("Olga Orga", Role.ORGANIZER).email();
        slug = ceremonyFixtures.ceremony(organizer, "Unterzeichnung");
        start = fixtures.as(organizer, () -> ceremonies.forOrganizer(slug)).startsAt()
                .atZone(ZoneId.of("Europe/Berlin")).toLocalDateTime();
    }

    private void open() {
        UI.getCurrent().navigate("organize/events/" + slug + "/ceremony");
    }

    private CeremonyContent stored() {
        return fixtures.as(organizer, () -> ceremonies.forOrganizer(slug));
    }

    private static Grid<?> grid(String ariaLabel) {
        return _get(Grid.class, s -> s.withPredicate(g -> ariaLabel.equals(g.getAriaLabel().orElse(null))));
    }

    private static List<String> column(Grid<?> grid, String key) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < GridKt._size(grid); i++) {
            values.add(GridKt._getFormatted(grid, i, key));
        }
        return values;
    }

    private void addAgendaItem(LocalDateTime at, int minutes, String title) {
        _click(_get(Button.class, s -> s.withText("Programmpunkt hinzufügen")));
        Dialog dialog = _get(Dialog.class);
        Karibu._setValue(_get(dialog, DateTimePicker.class, s -> s.withLabel("Beginn")), at);
        Karibu._setValue(_get(dialog, IntegerField.class, s -> s.withLabel("Dauer (Minuten)")), minutes);
        Karibu._setValue(_get(dialog, TextField.class, s -> s.withLabel("Titel")), title);
        Karibu._setValue(_get(dialog, TextField.class, s -> s.withLabel("Redner/in")), "Jan Lindenau");
        _click(_get(dialog, Button.class, s -> s.withText("Speichern")));
    }

    @Test
    void organizerSavesTheAgreement() {
        login(organizer);
        open();
        assertThat(_get(H1.class).getText()).isEqualTo("Festakt bearbeiten: Unterzeichnung");

        Karibu._setValue(_get(TextField.class, s -> s.withLabel("Titel der Vereinbarung")), "Kooperationsvereinbarung");
        TextField url = _get(TextField.class, s -> s.withLabel("Link zum Dokument"));
        Karibu._setValue(url, "javascript:alert(1)");
        _click(_get(Button.class, s -> s.withText("Vereinbarung speichern")));
        assertThat(url.isInvalid()).isTrue();
        assertThat(url.getErrorMessage()).isEqualTo("Bitte eine vollständige Adresse mit http:// oder https:// angeben.");
        assertThat(stored().agreementTitle()).isNull();

        Karibu._setValue(url, "https://www.luebeck.de/vereinbarung.pdf");
        _click(_get(Button.class, s -> s.withText("Vereinbarung speichern")));
        assertThat(NotificationsKt.getNotifications()).extracting(n -> n.getElement().getProperty("text"))
                .contains("Die Vereinbarung ist gespeichert.");
        assertThat(stored().agreementUrl()).isEqualTo("https://www.luebeck.de/vereinbarung.pdf");
    }

    @Test
    void agendaItemsAreAddedAndOverlapsExplained() {
        login(organizer);
        open();
        addAgendaItem(start, 30, "Begrüßung");
        _assertNone(Dialog.class);
        addAgendaItem(start.plusMinutes(30), 15, "Statement Kiel");
        Grid<?> agenda = grid("Ablauf");
        assertThat(column(agenda, "title")).containsExactly("Begrüßung", "Statement Kiel");
        assertThat(column(agenda, "time").get(0)).isEqualTo("10:00 – 10:30");

        addAgendaItem(start.plusMinutes(20), 20, "Zu früh");
        Dialog dialog = _get(Dialog.class);
        DateTimePicker startField = _get(dialog, DateTimePicker.class, s -> s.withLabel("Beginn"));
        assertThat(startField.isInvalid()).isTrue();
        assertThat(startField.getErrorMessage()).isEqualTo("Überschneidet sich mit „Begrüßung“ (10:00–10:30).");
        assertThat(stored().agenda()).hasSize(2);
        _click(_get(dialog, Button.class, s -> s.withText("Abbrechen")));

        addAgendaItem(start.plusHours(5).plusMinutes(50), 30, "Zu lang");
        IntegerField minutes = _get(_get(Dialog.class), IntegerField.class, s -> s.withLabel("Dauer (Minuten)"));
        assertThat(minutes.getErrorMessage()).startsWith("Der Programmpunkt endet nach dem Ende des Festakts (16:00).");
    }

    @Test
    void signatoriesMoveWithTheKeyboardButtons() {
        fixtures.as(organizer, () -> {
            ceremonies.saveSignatory(slug, null, new SignatoryForm("Jan Lindenau", "Bürgermeister", "Lübeck", null));
            return ceremonies.saveSignatory(slug, null, new SignatoryForm("Silvio Witt", "Oberbürgermeister", "Neubrandenburg", null));
        });
        login(organizer);
        open();
        Grid<?> grid = grid("Unterzeichnende");
        assertThat(grid.isRowsDraggable()).isTrue();
        assertThat(column(grid, "name")).containsExactly("Jan Lindenau", "Silvio Witt");

        Component actions = GridKt._getCellComponent(grid, 1, "actions");
        Button up = _get(actions, Button.class, s -> s.withPredicate(b -> "Silvio Witt nach oben verschieben".equals(b.getAriaLabel().orElse(null))));
        _click(up);
        assertThat(column(grid("Unterzeichnende"), "name")).containsExactly("Silvio Witt", "Jan Lindenau");
        assertThat(column(grid("Unterzeichnende"), "order")).containsExactly("1", "2");
        assertThat(stored().signatories().get(0).name()).isEqualTo("Silvio Witt");

        _click(_get(Button.class, s -> s.withText("Unterzeichnende hinzufügen")));
        Dialog dialog = _get(Dialog.class);
        Karibu._setValue(_get(dialog, TextField.class, s -> s.withLabel("Name")), "Ulf Kämpfer");
        _click(_get(dialog, Button.class, s -> s.withText("Speichern")));
        assertThat(_get(dialog, TextField.class, s -> s.withLabel("Stadt oder Organisation")).isInvalid()).isTrue();
        Karibu._setValue(_get(dialog, TextField.class, s -> s.withLabel("Stadt oder Organisation")), "Kiel");
        Karibu._setValue(_get(dialog, TextField.class, s -> s.withLabel("Vertreten durch")), "Renate Treutel");
        _click(_get(dialog, Button.class, s -> s.withText("Speichern")));
        assertThat(column(grid("Unterzeichnende"), "presence")).containsExactly("persönlich", "persönlich",
                "vertreten durch Renate Treutel");
    }

    @Test
    @SuppressWarnings("unchecked")
    void signatoriesAreReorderedByDragAndDrop() {
        fixtures.as(organizer, () -> {
            ceremonies.saveSignatory(slug, null, new SignatoryForm("Jan Lindenau", null, "Lübeck", null));
            ceremonies.saveSignatory(slug, null, new SignatoryForm("Silvio Witt", null, "Neubrandenburg", null));
            return ceremonies.saveSignatory(slug, null, new SignatoryForm("Ulf Kämpfer", null, "Kiel", null));
        });
        login(organizer);
        open();
        Grid<org.kogge.ceremony.SignatoryEntry> grid = (Grid<org.kogge.ceremony.SignatoryEntry>) grid("Unterzeichnende");
        var first = GridKt._get(grid, 0);
        var last = GridKt._get(grid, 2);
        // What the browser sends when the first row is dragged below the last one.
        var json = tools.jackson.databind.node.JsonNodeFactory.instance;
        var dragged = json.objectNode().put("key", grid.getDataCommunicator().getKeyMapper().key(first));
        var details = json.objectNode();
        details.set("draggedItems", json.arrayNode().add(dragged));
        details.put("draggedItemsCount", 1);
        com.vaadin.flow.component.ComponentUtil.fireEvent(grid,
                new com.vaadin.flow.component.grid.dnd.GridDragStartEvent<>(grid, true, details));
        var target = json.objectNode().put("key", grid.getDataCommunicator().getKeyMapper().key(last));
        com.vaadin.flow.component.ComponentUtil.fireEvent(grid,
                new com.vaadin.flow.component.grid.dnd.GridDropEvent<>(grid, true, target, "below", json.arrayNode()));

        assertThat(column(grid("Unterzeichnende"), "name")).containsExactly("Silvio Witt", "Ulf Kämpfer", "Jan Lindenau");
        assertThat(stored().signatories().get(2).name()).isEqualTo("Jan Lindenau");
    }

    @Test
    void settingsOpenTheCeremonyToThePublic() {
        login(organizer);
        open();
        DateTimePicker deadline = _get(DateTimePicker.class, s -> s.withLabel("Antwortfrist"));
        Karibu._setValue(deadline, start.plusHours(1));
        _click(_get(Button.class, s -> s.withText("Einstellungen speichern")));
        assertThat(deadline.isInvalid()).isTrue();

        Karibu._setValue(deadline, start.minusDays(1));
        Karibu._setValue(_get(IntegerField.class, s -> s.withLabel("Begleitpersonen je Gast")), 2);
        Karibu._setValue(_get(Checkbox.class, s -> s.withLabel("Öffentlich (offene Anmeldung statt Einladungen)")), true);
        _click(_get(Button.class, s -> s.withText("Einstellungen speichern")));
        CeremonyContent c = stored();
        assertThat(c.maxCompanions()).isEqualTo(2);
        assertThat(c.openToPublic()).isTrue();
    }

    // ---- another organizer saves between loading and saving ------------------------------------------------------

    private <T> T other(java.util.function.Supplier<T> save) {
        return fixtures.as(Fixtures.ADMIN, save);
    }

    private static Paragraph notice(Component within) {
        return _get(within, Paragraph.class, s -> s.withClasses("kogge-stale-notice"));
    }

    /** Logs in, opens the page and the edit dialog of the first row of a grid. */
    private Dialog openToEdit(String gridLabel, String name) {
        login(organizer);
        open();
        Component actions = GridKt._getCellComponent(grid(gridLabel), 0, "actions");
        _click(_get(actions, Button.class, s -> s.withPredicate(b -> ("„" + name + "“ bearbeiten").equals(b.getAriaLabel().orElse(null)))));
        return _get(Dialog.class);
    }

    private static Component page() {
        return _get(CeremonyEditView.class);
    }

    @Test
    void agreementSavedMeanwhileIsNotOverwrittenUnseen() {
        login(organizer);
        open();
        TextField title = _get(TextField.class, s -> s.withLabel("Titel der Vereinbarung"));
        Karibu._setValue(title, "Kooperationsvereinbarung");
        other(() -> {
            AgreementForm f = AgreementForm.of(ceremonies.forOrganizer(slug));
            f.setTitle("Absichtserklärung");
            return ceremonies.saveAgreement(slug, f);
        });

        _click(_get(Button.class, s -> s.withText("Vereinbarung speichern")));

        assertThat(notice(page()).getText()).startsWith("Jemand anderes hat diese Daten inzwischen geändert.");
        assertThat(title.getValue()).isEqualTo("Kooperationsvereinbarung");
        assertThat(title.getHelperText()).isEqualTo("Jetzt: Absichtserklärung");
        assertThat(_get(TextField.class, s -> s.withLabel("Link zum Dokument")).getHelperText())
                .isEqualTo("Optional; eine Adresse mit http:// oder https://");
        assertThat(stored().agreementTitle()).isEqualTo("Absichtserklärung");

        _click(_get(Button.class, s -> s.withText("Vereinbarung speichern")));

        assertThat(stored().agreementTitle()).isEqualTo("Kooperationsvereinbarung");
        _assertNone(page(), Paragraph.class, s -> s.withClasses("kogge-stale-notice"));
        assertThat(title.getHelperText()).isNull();
    }

    @Test
    void ownChangesElsewhereOnThePageDoNotStopTheAgreement() {
        login(organizer);
        open();
        Karibu._setValue(_get(TextField.class, s -> s.withLabel("Titel der Vereinbarung")), "Kooperationsvereinbarung");
        addAgendaItem(start, 30, "Begrüßung");

        _click(_get(Button.class, s -> s.withText("Vereinbarung speichern")));

        assertThat(stored().agreementTitle()).isEqualTo("Kooperationsvereinbarung");
        _assertNone(page(), Paragraph.class, s -> s.withClasses("kogge-stale-notice"));
    }

    @Test
    void settingsSavedMeanwhileAreMarked() {
        login(organizer);
        open();
        IntegerField companions = _get(IntegerField.class, s -> s.withLabel("Begleitpersonen je Gast"));
        Checkbox open = _get(Checkbox.class, s -> s.withLabel("Öffentlich (offene Anmeldung statt Einladungen)"));
        Karibu._setValue(companions, 2);
        other(() -> ceremonies.saveSettings(slug, new CeremonySettingsForm(null, 3, true)));

        _click(_get(Button.class, s -> s.withText("Einstellungen speichern")));

        assertThat(notice(page()).isVisible()).isTrue();
        assertThat(companions.getValue()).isEqualTo(2);
        assertThat(companions.getHelperText()).isEqualTo("Jetzt: 3");
        assertThat(open.getValue()).isFalse();
        assertThat(open.getHelperText()).isEqualTo("Jetzt: ja");
        assertThat(stored().maxCompanions()).isEqualTo(3);

        _click(_get(Button.class, s -> s.withText("Einstellungen speichern")));

        assertThat(stored().maxCompanions()).isEqualTo(2);
        assertThat(stored().openToPublic()).isFalse();
    }

    @Test
    void agendaItemChangedMeanwhileKeepsTheDialogOpenWithTheInput() {
        long id = fixtures.as(organizer, () -> ceremonies.saveAgendaItem(slug, null,
                new org.kogge.ceremony.AgendaItemForm(start, 30, "Begrüßung", null, null, null))).agenda().get(0).id();
        Dialog dialog = openToEdit("Ablauf", "Begrüßung");
        IntegerField minutes = _get(dialog, IntegerField.class, s -> s.withLabel("Dauer (Minuten)"));
        Karibu._setValue(minutes, 20);
        other(() -> {
            var f = ceremonies.agendaForm(slug, id);
            f.setTitle("Begrüßung durch die Gastgeberin");
            return ceremonies.saveAgendaItem(slug, id, f);
        });

        _click(_get(dialog, Button.class, s -> s.withText("Speichern")));

        assertThat(dialog.isOpened()).isTrue();
        assertThat(notice(dialog).isVisible()).isTrue();
        assertThat(minutes.getValue()).isEqualTo(20);
        TextField title = _get(dialog, TextField.class, s -> s.withLabel("Titel"));
        assertThat(title.getValue()).isEqualTo("Begrüßung");
        assertThat(title.getHelperText()).isEqualTo("Jetzt: Begrüßung durch die Gastgeberin");
        assertThat(column(grid("Ablauf"), "title")).containsExactly("Begrüßung durch die Gastgeberin");
        assertThat(stored().agenda().get(0).minutes()).isEqualTo(30);

        Karibu._setValue(title, "Begrüßung durch die Gastgeberin");
        _click(_get(dialog, Button.class, s -> s.withText("Speichern")));

        _assertNone(Dialog.class);
        assertThat(stored().agenda().get(0).minutes()).isEqualTo(20);
        assertThat(stored().agenda().get(0).title()).isEqualTo("Begrüßung durch die Gastgeberin");
    }

    @Test
    void signatoryChangedMeanwhileIsMarkedAndASecondSaveOverwrites() {
        long id = fixtures.as(organizer, () -> ceremonies.saveSignatory(slug, null,
                new SignatoryForm("Jan Lindenau", "Bürgermeister", "Lübeck", null))).signatories().get(0).id();
        Dialog dialog = openToEdit("Unterzeichnende", "Jan Lindenau");
        TextField office = _get(dialog, TextField.class, s -> s.withLabel("Amt"));
        Karibu._setValue(office, "Oberbürgermeister");
        other(() -> {
            SignatoryForm f = ceremonies.signatoryForm(slug, id);
            f.setRepresentedBy("Renate Treutel");
            return ceremonies.saveSignatory(slug, id, f);
        });

        _click(_get(dialog, Button.class, s -> s.withText("Speichern")));

        assertThat(dialog.isOpened()).isTrue();
        assertThat(office.getValue()).isEqualTo("Oberbürgermeister");
        assertThat(_get(dialog, TextField.class, s -> s.withLabel("Vertreten durch")).getHelperText())
                .isEqualTo("Jetzt: Renate Treutel");
        assertThat(stored().signatories().get(0).office()).isEqualTo("Bürgermeister");

        _click(_get(dialog, Button.class, s -> s.withText("Speichern")));

        _assertNone(Dialog.class);
        assertThat(stored().signatories().get(0).office()).isEqualTo("Oberbürgermeister");
        assertThat(stored().signatories().get(0).representedBy()).isNull();
    }

    @Test
    void attendeeAndExpertAreRefused() {
        for (String who : List.of(fixtures.person("Anton Attendee").email(), fixtures.person("Erika Expertin", Role.EXPERT).email())) {
            login(who);
            open();
            assertThat(_get(H1.class).getText()).isEqualTo("Kein Zugriff");
            _assertNone(CeremonyEditView.class);
            logout();
        }
    }

    @Test
    void organizerOfAnotherEventIsRefusedAndBarcampsHaveNoCeremonyPage() {
        String otto = fixtures.person("Otto Other", Role.ORGANIZER).email();
        login(otto);
        open();
        assertThat(_get(H1.class).getText()).isEqualTo("Kein Zugriff");

        String barcamp = fixtures.event(otto, "Barcamp", EventKind.BARCAMP, 10, EventState.PUBLISHED).slug();
        UI.getCurrent().navigate("organize/events/" + barcamp + "/ceremony");
        _assertNone(CeremonyEditView.class);
    }

    @Test
    void anonymousVisitorIsSentToLogin() {
        open();
        _get(LoginForm.class);
        _assertNone(CeremonyEditView.class);
    }
}
