package org.kogge.event.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.kogge.testing.Karibu._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kogge.account.Role;
import org.kogge.account.ui.LoginView;
import org.kogge.event.EventDetails;
import org.kogge.event.EventForm;
import org.kogge.event.EventKind;
import org.kogge.event.EventService;
import org.kogge.event.EventState;
import org.kogge.network.CityDto;
import org.kogge.testing.Fixtures;
import org.kogge.testing.KaribuTestBase;
import org.kogge.ui.ErrorViews;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

class EventEditViewKT extends KaribuTestBase {

    private static final String OLGA = "olga@test.example";
    private static final String OTTO = "otto@test.example";
    private static final String ANNA = "anna@test.example";

    @Autowired
    EventService events;

    @BeforeEach
    void people() {
        fixtures.person("Olga Organizer", Role.ORGANIZER);
        fixtures.person("Otto Organizer", Role.ORGANIZER);
        fixtures.person("Anna Attendee");
    }

    // ---- creating -------------------------------------------------------------------------------------------------

    @Test
    void datePickersSpeakThePagesLanguageAndShowTwentyFourHourTimes() {
        login(OLGA);
        UI.getCurrent().navigate("organize/events/new");
        DateTimePicker start = _get(DateTimePicker.class, s -> s.withLabel("Beginn"));
        assertThat(start.getDatePickerI18n().getToday()).isEqualTo("Heute");
        assertThat(start.getDatePickerI18n().getMonthNames()).startsWith("Januar", "Februar");
        assertThat(start.getDatePickerI18n().getFirstDayOfWeek()).isEqualTo(1);

        english();
        UI.getCurrent().navigate("organize/events/new");
        start = _get(DateTimePicker.class, s -> s.withLabel("Start"));
        assertThat(start.getDatePickerI18n().getCancel()).isEqualTo("Cancel");
        assertThat(start.getLocale()).isEqualTo(java.util.Locale.UK);
    }

    @Test
    void organizerCreatesAnEventThroughTheForm() {
        login(OLGA);
        UI.getCurrent().navigate("organize/events/new");

        fillValidForm("Festakt im Rathaus");
        _setValue(kind(), EventKind.CEREMONY);
        assertThat(field("Adresse (Kurzname)").getValue()).isEqualTo("festakt-im-rathaus");
        NotificationsKt.clearNotifications();
        _click(save());

        NotificationsKt.expectNotifications("„Festakt im Rathaus“ ist als Entwurf angelegt.");
        assertThat(path()).isEqualTo("organize/events/festakt-im-rathaus/settings");
        EventDetails created = fixtures.as(OLGA, () -> events.details("festakt-im-rathaus"));
        assertThat(created.title()).isEqualTo("Festakt im Rathaus");
        assertThat(created.kind()).isEqualTo(EventKind.CEREMONY);
        assertThat(created.state()).isEqualTo(EventState.DRAFT);
        assertThat(created.venueName()).isEqualTo("Rathaus, Audienzsaal");
        assertThat(created.capacity()).isEqualTo(60);
        assertThat(created.startsAt()).isEqualTo(Instant.parse("2031-07-15T09:00:00Z"));
        assertThat(created.organizers()).containsExactly("Olga Organizer");
        // The page now edits the new event.
        assertThat(_get(H1.class).getText()).isEqualTo("„Festakt im Rathaus“ bearbeiten");
        _get(Button.class, spec -> spec.withText("Veröffentlichen"));
        assertThat(save().isEnabled()).isTrue();
    }

    @Test
    void slugTypedByTheOrganizerIsNotOverwrittenByTheTitle() {
        login(OLGA);
        UI.getCurrent().navigate("organize/events/new");

        _setValue(field("Titel"), "Barcamp Wasser");
        _setValue(field("Adresse (Kurzname)"), "wasser-2031");
        _setValue(field("Titel"), "Barcamp Smart Water");

        assertThat(field("Adresse (Kurzname)").getValue()).isEqualTo("wasser-2031");
    }

    @Test
    void slugSuggestionAvoidsTakenSlugs() {
        fixtures.event(OTTO, "Barcamp Wasser", EventKind.BARCAMP, 5, EventState.DRAFT);
        login(OLGA);
        UI.getCurrent().navigate("organize/events/new");

        _setValue(field("Titel"), "Barcamp Wasser");

        assertThat(field("Adresse (Kurzname)").getValue()).isEqualTo("barcamp-wasser-2");
    }

    @Test
    void endBeforeStartIsShownBesideTheEndField() {
        login(OLGA);
        UI.getCurrent().navigate("organize/events/new");
        fillValidForm("Festakt im Rathaus");
        _setValue(picker("Ende"), LocalDateTime.of(2031, 7, 15, 9, 0));

        _click(save());

        DateTimePicker end = picker("Ende");
        assertThat(end.isInvalid()).isTrue();
        assertThat(end.getErrorMessage()).isEqualTo("Das Ende muss nach dem Beginn liegen.");
        assertThat(nothingSaved()).isTrue();
        assertThat(path()).isEqualTo("organize/events/new");
    }

    @Test
    void duplicateSlugIsShownBesideTheSlugField() {
        fixtures.event(OTTO, "Ottos Fest", EventKind.CEREMONY, 5, EventState.DRAFT);
        login(OLGA);
        UI.getCurrent().navigate("organize/events/new");
        fillValidForm("Festakt im Rathaus");
        _setValue(field("Adresse (Kurzname)"), "ottos-fest");

        _click(save());

        TextField slug = field("Adresse (Kurzname)");
        assertThat(slug.isInvalid()).isTrue();
        assertThat(slug.getErrorMessage()).isEqualTo("Diese Adresse ist schon vergeben. Bitte wählen Sie eine andere.");
        assertThat(nothingSaved()).isTrue();
    }

    @Test
    void emptyFormIsRefusedBeforeReachingTheService() {
        login(OLGA);
        UI.getCurrent().navigate("organize/events/new");

        _click(save());

        assertThat(field("Titel").isInvalid()).isTrue();
        assertThat(field("Titel").getErrorMessage()).isEqualTo("Bitte ausfüllen.");
        assertThat(field("Veranstaltungsort").isInvalid()).isTrue();
        NotificationsKt.expectNotifications("Bitte prüfen Sie die markierten Felder.");
        assertThat(nothingSaved()).isTrue();
        assertThat(save().isEnabled()).isTrue();
    }

    @Test
    void descriptionPreviewShowsSanitizedMarkdown() {
        login(OLGA);
        UI.getCurrent().navigate("organize/events/new");

        _setValue(_get(TextArea.class, spec -> spec.withLabel("Beschreibung")),
                "## Ablauf\n\n**Sessions** <script>alert(1)</script>");

        String preview = _get(Html.class, spec -> spec.withClasses("kogge-markdown")).getElement().getOuterHTML();
        assertThat(preview).contains("<h2>Ablauf</h2>").contains("<strong>Sessions</strong>").doesNotContain("<script");
    }

    // ---- editing and states -------------------------------------------------------------------------------------

    @Test
    void organizerChangesTheTitleOfTheirEvent() {
        EventDetails e = fixtures.event(OLGA, "Barcamp Wasser", EventKind.BARCAMP, 5, EventState.DRAFT);
        login(OLGA);
        UI.getCurrent().navigate("organize/events/" + e.slug() + "/settings");
        assertThat(field("Titel").getValue()).isEqualTo("Barcamp Wasser");
        assertThat(picker("Beginn").getValue()).isEqualTo(fixtures.as(OLGA, () -> events.formFor(e.slug())).getStart());

        _setValue(field("Titel"), "Barcamp Smart Water");
        NotificationsKt.clearNotifications();
        _click(save());

        NotificationsKt.expectNotifications("Änderungen an „Barcamp Smart Water“ gespeichert.");
        assertThat(field("Adresse (Kurzname)").getValue()).isEqualTo(e.slug());
        assertThat(fixtures.as(OLGA, () -> events.details(e.slug())).title()).isEqualTo("Barcamp Smart Water");
        assertThat(BasicUtilsKt.get_text(_get(RouterLink.class, spec -> spec.withText("Öffentliche Seite ansehen"))))
                .isEqualTo("Öffentliche Seite ansehen");
        assertThat(_get(RouterLink.class, spec -> spec.withText("Öffentliche Seite ansehen")).getHref())
                .isEqualTo("events/" + e.slug());
    }

    @Test
    void publishButtonPublishesTheDraft() {
        EventDetails e = fixtures.event(OLGA, "Barcamp Wasser", EventKind.BARCAMP, 5, EventState.DRAFT);
        login(OLGA);
        UI.getCurrent().navigate("organize/events/" + e.slug() + "/settings");
        _assertNone(Button.class, spec -> spec.withText("Absagen"));
        NotificationsKt.clearNotifications();

        _click(_get(Button.class, spec -> spec.withText("Veröffentlichen")));

        NotificationsKt.expectNotifications("Neuer Status: Veröffentlicht");
        assertThat(fixtures.as(OLGA, () -> events.details(e.slug())).state()).isEqualTo(EventState.PUBLISHED);
        assertThat(BasicUtilsKt.get_textRecursively(_get(EventEditView.class))).contains("Status: Veröffentlicht");
        _assertNone(Button.class, spec -> spec.withText("Veröffentlichen"));
        _get(Button.class, spec -> spec.withText("Absagen"));
        _get(Button.class, spec -> spec.withText("Archivieren"));
    }

    @Test
    void cancellingAsksFirstAndCancelsOnlyWhenConfirmed() {
        EventDetails e = fixtures.event(OLGA, "Barcamp Wasser", EventKind.BARCAMP, 5, EventState.PUBLISHED);
        login(OLGA);
        UI.getCurrent().navigate("organize/events/" + e.slug() + "/settings");

        _click(_get(Button.class, spec -> spec.withText("Absagen")));
        ConfirmDialogKt._fireCancel(_get(ConfirmDialog.class));
        assertThat(fixtures.as(OLGA, () -> events.details(e.slug())).state()).isEqualTo(EventState.PUBLISHED);

        _click(_get(Button.class, spec -> spec.withText("Absagen")));
        ConfirmDialog dialog = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt._getText(dialog)).contains("„Barcamp Wasser“");
        ConfirmDialogKt._fireConfirm(dialog);

        assertThat(fixtures.as(OLGA, () -> events.details(e.slug())).state()).isEqualTo(EventState.CANCELLED);
        assertThat(BasicUtilsKt.get_textRecursively(_get(EventEditView.class))).contains("Status: Abgesagt");
        _assertNone(Button.class, spec -> spec.withText("Absagen"));
        _assertNone(Button.class, spec -> spec.withText("Archivieren"));
    }

    // ---- two organizers at once ----------------------------------------------------------------------------------

    @Test
    void saveOverAnotherOrganizersChangeIsRefusedKeepsTheInputAndMarksWhatChanged() {
        EventDetails e = olgaEditsAnEventSharedWithOtto();
        _assertNone(Paragraph.class, spec -> spec.withClasses("kogge-stale-notice"));
        _setValue(field("Titel"), "Barcamp Smart Water");
        _setValue(field("Veranstaltungsort"), "Olgas Saal");
        fixtures.as(OTTO, () -> {
            EventForm ottos = events.formFor(e.slug());
            ottos.setTitle("Barcamp Blaues Wasser");
            ottos.setCapacity(80);
            ottos.setStart(ottos.getStart().plusHours(1));
            return events.update(e.slug(), ottos);
        });
        LocalDateTime ottosStart = fixtures.as(OTTO, () -> events.formFor(e.slug())).getStart();
        NotificationsKt.clearNotifications();

        _click(save());

        assertThat(_get(Paragraph.class, spec -> spec.withClasses("kogge-stale-notice")).getText())
                .startsWith("Jemand anderes hat diese Daten inzwischen geändert.");
        assertThat(field("Titel").getValue()).isEqualTo("Barcamp Smart Water");
        assertThat(field("Titel").getHelperText()).isEqualTo("Jetzt: Barcamp Blaues Wasser");
        assertThat(field("Titel").hasClassName("kogge-stale-field")).isTrue();
        assertThat(capacity().getValue()).isEqualTo(50);
        assertThat(capacity().getHelperText()).isEqualTo("Jetzt: 80");
        assertThat(picker("Beginn").getHelperText())
                .isEqualTo("Jetzt: " + ottosStart.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy, HH:mm")));
        assertThat(field("Veranstaltungsort").getValue()).isEqualTo("Olgas Saal");
        assertThat(field("Veranstaltungsort").getHelperText()).isNull();
        assertThat(field("Adresse (Kurzname)").getHelperText()).isEqualTo("Teil der Adresse der öffentlichen Seite (/events/kurzname); wird aus dem Titel vorgeschlagen.");
        EventDetails stored = fixtures.as(OTTO, () -> events.details(e.slug()));
        assertThat(stored.title()).isEqualTo("Barcamp Blaues Wasser");
        assertThat(stored.venueName()).isNotEqualTo("Olgas Saal");
        assertThat(save().isEnabled()).isTrue();
        NotificationsKt.expectNotifications(
                "Jemand anderes hat diese Daten inzwischen geändert. Ihre Eingaben sind noch da; was sich geändert hat, "
                        + "ist markiert. Bitte prüfen Sie und speichern Sie erneut.");
        NotificationsKt.clearNotifications();

        _click(save());

        NotificationsKt.expectNotifications("Änderungen an „Barcamp Smart Water“ gespeichert.");
        stored = fixtures.as(OTTO, () -> events.details(e.slug()));
        assertThat(stored.title()).isEqualTo("Barcamp Smart Water");
        assertThat(stored.venueName()).isEqualTo("Olgas Saal");
        assertThat(stored.capacity()).isEqualTo(50);
        _assertNone(Paragraph.class, spec -> spec.withClasses("kogge-stale-notice"));
        assertThat(field("Titel").getHelperText()).isNull();
        assertThat(field("Titel").hasClassName("kogge-stale-field")).isFalse();
    }

    @Test
    void changesOfOtherPartsOfTheEventDoNotStopTheSave() {
        EventDetails e = olgaEditsAnEventSharedWithOtto();
        _setValue(field("Titel"), "Barcamp Smart Water");
        fixtures.as(OTTO, () -> events.changeState(e.slug(), EventState.PUBLISHED));
        NotificationsKt.clearNotifications();

        _click(save());

        NotificationsKt.expectNotifications("Änderungen an „Barcamp Smart Water“ gespeichert.");
        _assertNone(Paragraph.class, spec -> spec.withClasses("kogge-stale-notice"));
        EventDetails stored = fixtures.as(OTTO, () -> events.details(e.slug()));
        assertThat(stored.title()).isEqualTo("Barcamp Smart Water");
        assertThat(stored.state()).isEqualTo(EventState.PUBLISHED);
        assertThat(BasicUtilsKt.get_textRecursively(_get(EventEditView.class))).contains("Status: Veröffentlicht");
    }

    /** Olga opens an event that Otto organizes with her. */
    private EventDetails olgaEditsAnEventSharedWithOtto() {
        EventDetails e = fixtures.event(OLGA, "Barcamp Wasser", EventKind.BARCAMP, 5, EventState.DRAFT);
        fixtures.as(OLGA, () -> events.addOrganizerByEmail(e.slug(), OTTO));
        login(OLGA);
        UI.getCurrent().navigate("organize/events/" + e.slug() + "/settings");
        return e;
    }

    // ---- co-organizers --------------------------------------------------------------------------------------------

    @Test
    void organizerAddsACoOrganizerByEmail() {
        EventDetails e = fixtures.event(OLGA, "Barcamp Wasser", EventKind.BARCAMP, 5, EventState.DRAFT);
        login(OLGA);
        UI.getCurrent().navigate("organize/events/" + e.slug() + "/settings");

        _setValue(email(), " Otto@Test.Example ");
        _click(_get(Button.class, spec -> spec.withText("Hinzufügen")));

        _get(ListItem.class, spec -> spec.withText("Otto Organizer"));
        assertThat(fixtures.as(OTTO, () -> events.myEvents(PageRequest.of(0, 10)))).hasSize(1);
    }

    @Test
    void unknownCoOrganizerEmailIsShownBesideTheField() {
        EventDetails e = fixtures.event(OLGA, "Barcamp Wasser", EventKind.BARCAMP, 5, EventState.DRAFT);
        login(OLGA);
        UI.getCurrent().navigate("organize/events/" + e.slug() + "/settings");

        _setValue(email(), "niemand@test.example");
        _click(_get(Button.class, spec -> spec.withText("Hinzufügen")));

        assertThat(email().isInvalid()).isTrue();
        assertThat(email().getErrorMessage()).isEqualTo("Unter dieser E-Mail-Adresse gibt es kein Konto.");
        assertThat(fixtures.as(OLGA, () -> events.details(e.slug())).organizers()).containsExactly("Olga Organizer");
    }

    // ---- who may -------------------------------------------------------------------------------------------------

    @Test
    void anonymousIsSentToLogin() {
        UI.getCurrent().navigate("organize/events/new");

        _get(LoginView.class);
        _assertNone(EventEditView.class);
    }

    @Test
    void attendeeIsRefused() {
        login(ANNA);

        UI.getCurrent().navigate("organize/events/new");

        _assertNone(EventEditView.class);
        assertThat(_get(H1.class).getText()).isIn("Kein Zugriff", "Nicht gefunden");
    }

    @Test
    void organizerOpeningAnotherOrganizersEventGetsTheNotAllowedPage() {
        EventDetails e = fixtures.event(OTTO, "Ottos Barcamp", EventKind.BARCAMP, 5, EventState.PUBLISHED);
        login(OLGA);

        UI.getCurrent().navigate("organize/events/" + e.slug() + "/settings");

        _get(ErrorViews.ServiceNotAllowed.class);
        _get(H1.class, spec -> spec.withText("Kein Zugriff"));
        _assertNone(EventEditView.class);
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Fehler: Kein Zugriff · Kogge");
    }

    @Test
    void adminMayEditAnyEvent() {
        EventDetails e = fixtures.event(OTTO, "Ottos Barcamp", EventKind.BARCAMP, 5, EventState.PUBLISHED);
        login(Fixtures.ADMIN);

        UI.getCurrent().navigate("organize/events/" + e.slug() + "/settings");

        assertThat(field("Titel").getValue()).isEqualTo("Ottos Barcamp");
    }

    @Test
    void unknownEventGetsTheNotFoundPage() {
        login(OLGA);

        UI.getCurrent().navigate("organize/events/gibt-es-nicht/settings");

        _get(ErrorViews.ThingNotFound.class);
        _assertNone(EventEditView.class);
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    private void fillValidForm(String title) {
        _setValue(field("Titel"), title);
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Beschreibung")), "Unterzeichnung im **Audienzsaal**.");
        @SuppressWarnings("unchecked")
        ComboBox<CityDto> city = _get(ComboBox.class, spec -> spec.withLabel("Gastgeberstadt"));
        _setValue(city, city.getListDataView().getItems().filter(c -> c.name().equals(Fixtures.CITY)).findFirst().orElseThrow());
        _setValue(field("Veranstaltungsort"), "Rathaus, Audienzsaal");
        _setValue(field("Adresse des Veranstaltungsorts"), "Breite Straße 62, 23552 Lübeck");
        _setValue(picker("Beginn"), LocalDateTime.of(2031, 7, 15, 11, 0));
        _setValue(picker("Ende"), LocalDateTime.of(2031, 7, 15, 14, 0));
        _setValue(_get(IntegerField.class, spec -> spec.withLabel("Plätze")), 60);
    }

    /** Olga (who fills the form) organizes nothing yet. */
    private boolean nothingSaved() {
        return fixtures.as(OLGA, () -> events.countMyEvents()) == 0;
    }

    private static TextField field(String label) {
        return _get(TextField.class, spec -> spec.withLabel(label));
    }

    private static DateTimePicker picker(String label) {
        return _get(DateTimePicker.class, spec -> spec.withLabel(label));
    }

    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<EventKind> kind() {
        return _get(RadioButtonGroup.class, spec -> spec.withLabel("Art"));
    }

    private static IntegerField capacity() {
        return _get(IntegerField.class, spec -> spec.withLabel("Plätze"));
    }

    private static EmailField email() {
        return _get(EmailField.class, spec -> spec.withLabel("E-Mail-Adresse der Person"));
    }

    private static Button save() {
        return _get(Button.class, spec -> spec.withText("Speichern"));
    }

    private static String path() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }
}
