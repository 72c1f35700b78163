package org.kogge.schedule.ui;

import org.kogge.testing.Karibu;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.kogge.testing.ScheduleFixtures.DAY1;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.component.select.Select;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kogge.account.Role;
import org.kogge.common.live.LiveBroadcaster;
import org.kogge.schedule.PlacementStatus;
import org.kogge.schedule.PublicScheduleService;
import org.kogge.schedule.RoomDto;
import org.kogge.schedule.RoomForm;
import org.kogge.schedule.PlanningService;
import org.kogge.schedule.RoomSlotService;
import org.kogge.schedule.ScheduleUpdates;
import org.kogge.schedule.ScheduledSession;
import org.kogge.schedule.SlotDto;
import org.kogge.schedule.SlotForm;
import org.kogge.schedule.SlotKind;
import org.kogge.testing.KaribuTestBase;
import org.kogge.testing.LiveTesting;
import org.kogge.testing.ScheduleFixtures;
import org.springframework.beans.factory.annotation.Autowired;

class PlannerViewKT extends KaribuTestBase {

    @Autowired RoomSlotService roomSlots;
    @Autowired PlanningService planning;
    @Autowired PublicScheduleService publicSchedule;
    @Autowired ScheduleFixtures sf;
    @Autowired org.kogge.event.EventService events;
    @Autowired LiveBroadcaster live;

    String organizer;
    String slug;
    RoomDto saal;
    RoomDto stube;
    SlotDto first;
    long sensors;
    long rain;

    /** Two rooms (the Stube has one seat), two slots; "Sensornetze" has two votes, "Starkregen" none. */
    @BeforeEach
    void barcamp() {
        organizer = fixtures.person("Olga Orga", Role.ORGANIZER).email();
        slug = sf.barcamp(organizer, "Barcamp Smart Water");
        String erika = sf.participant(slug, "Erika Expertin");
        String malte = sf.participant(slug, "Malte Voss");
        rain = sf.session(slug, organizer, malte, "Starkregen-Frühwarnung", 1);
        sensors = sf.session(slug, organizer, erika, "Sensornetze im Kanal", 1);
        sf.votes(slug, sensors, List.of(sf.participant(slug, "Vera Voter"), sf.participant(slug, "Willi Wähler")));
        fixtures.as(organizer, () -> {
            saal = roomSlots.addRoom(slug, new RoomForm("Bürgerschaftssaal", 100, null, true));
            stube = roomSlots.addRoom(slug, new RoomForm("Kriegsstube", 1, null, false));
            first = roomSlots.addSlot(slug, new SlotForm(DAY1, LocalTime.of(9, 0), LocalTime.of(9, 45), SlotKind.SESSION, null));
            roomSlots.addSlot(slug, new SlotForm(DAY1, LocalTime.of(10, 0), LocalTime.of(10, 45), SlotKind.SESSION, null));
        });
    }

    void open() {
        UI.getCurrent().navigate("organize/events/" + slug + "/schedule");
    }

    static Div side() {
        return _get(Div.class, s -> s.withClasses("kogge-planner-side"));
    }

    static Div cell(String room, SlotDto slot) {
        return _get(Div.class, s -> s.withClasses("kogge-planner-cell").withPredicate(d ->
                room.equals(d.getElement().getAttribute("data-room"))
                        && String.valueOf(slot.id()).equals(d.getElement().getAttribute("data-slot"))));
    }

    static List<String> cardTitles(Component within) {
        return _find(within, Span.class, s -> s.withClasses("kogge-planner-card-title")).stream()
                .map(Span::getText).toList();
    }

    static String texts(Component within, String cssClass) {
        return _find(within, Div.class, s -> s.withClasses(cssClass)).stream()
                .map(d -> d.getElement().getTextRecursively()).collect(Collectors.joining(" | "));
    }

    static List<String> notifications() {
        return NotificationsKt.getNotifications().stream().map(Notification::getElement)
                .map(e -> e.getProperty("text")).toList();
    }

    static Button button(String ariaLabel) {
        return _get(Button.class, s -> s.withAttribute("aria-label", ariaLabel));
    }

    @SuppressWarnings("unchecked")
    void placeWithDialog(String title, RoomDto room, SlotDto slot) {
        _click(button("„" + title + "“ einplanen"));
        Dialog dialog = _get(Dialog.class);
        Karibu._setValue(_get(dialog, Select.class, s -> s.withLabel("Raum")), room);
        Karibu._setValue(_get(dialog, Select.class, s -> s.withLabel("Zeitfenster")), slot);
        _click(_get(dialog, Button.class, s -> s.withText("Einplanen")));
    }

    @Test
    void organizerSeesTheGridAndTheSideListByVotes() {
        login(organizer);
        open();

        assertThat(_get(H1.class).getText()).isEqualTo("Programmplanung: Barcamp Smart Water");
        assertThat(cardTitles(side())).containsExactly("Sensornetze im Kanal", "Starkregen-Frühwarnung");
        assertThat(texts(side(), "kogge-planner-card")).contains("2 Stimmen").contains("keine Stimme");
        assertThat(_find(Div.class, s -> s.withClasses("kogge-planner-room")).stream()
                .map(d -> d.getElement().getTextRecursively()).toList())
                .containsExactly("Bürgerschaftssaal100 Plätze", "Kriegsstube1 Platznicht stufenlos");
        assertThat(_find(Div.class, s -> s.withClasses("kogge-planner-cell"))).hasSize(4);
        assertThat(_get(Span.class, s -> s.withClasses("kogge-planner-state")).getText())
                .startsWith("Noch nicht veröffentlicht");
    }

    @Test
    void organizerPlacesWithTheKeyboardDialogAndSeesConflicts() {
        login(organizer);
        open();

        placeWithDialog("Sensornetze im Kanal", stube, first);

        assertThat(notifications()).containsExactly(
                "„Sensornetze im Kanal“ ist eingeplant. Hinweis: Raum zu klein: 1 Platz, 2 Stimmen.");
        assertThat(cardTitles(cell("Kriegsstube", first))).containsExactly("Sensornetze im Kanal");
        assertThat(cardTitles(side())).containsExactly("Starkregen-Frühwarnung");
        assertThat(texts(cell("Kriegsstube", first), "kogge-planner-warning"))
                .isEqualTo("⚠Hinweis: Raum zu klein: 1 Platz, 2 Stimmen.");
        assertThat(texts(UI.getCurrent(), "kogge-planner-conflicts"))
                .contains("Sensornetze im Kanal: Hinweis: Raum zu klein: 1 Platz, 2 Stimmen.");
        assertThat(fixtures.as(organizer, () -> planning.planner(slug)).placed())
                .extracting(ScheduledSession::id).containsExactly(sensors);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aTakenRoomIsRefusedBesideTheField() {
        fixtures.as(organizer, () -> planning.place(slug, sensors, saal.id(), first.id()));
        login(organizer);
        open();

        placeWithDialog("Starkregen-Frühwarnung", saal, first);

        Dialog dialog = _get(Dialog.class);
        Select<SlotDto> slot = _get(dialog, Select.class, s -> s.withLabel("Zeitfenster"));
        assertThat(slot.isInvalid()).isTrue();
        assertThat(slot.getErrorMessage()).isEqualTo("Der Raum ist zu dieser Zeit schon belegt: „Sensornetze im Kanal“.");
        assertThat(fixtures.as(organizer, () -> planning.planner(slug)).unplaced())
                .extracting(ScheduledSession::id).containsExactly(rain);
    }

    @Test
    void organizerPublishesThenCancelsAndSendsBack() {
        fixtures.as(organizer, () -> planning.place(slug, sensors, saal.id(), first.id()));
        login(organizer);
        open();

        _click(_get(Button.class, s -> s.withText("Programm veröffentlichen")));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getText(confirm)).startsWith("Eine eingeplante Session wird öffentlich, eine bleibt in der Liste.");
        ConfirmDialogKt._fireConfirm(confirm);
        assertThat(notifications()).contains("Das Programm ist veröffentlicht.");
        assertThat(_get(Span.class, s -> s.withClasses("kogge-planner-state")).getText()).startsWith("Veröffentlicht seit");
        _assertNone(Button.class, s -> s.withText("Programm veröffentlichen"));

        _click(button("„Sensornetze im Kanal“ absagen"));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(texts(cell("Bürgerschaftssaal", first), "kogge-planner-card")).contains("Abgesagt");
        assertThat(fixtures.as(organizer, () -> planning.planner(slug)).placed().get(0).status())
                .isEqualTo(PlacementStatus.CANCELLED);

        _click(button("„Sensornetze im Kanal“ wieder ansetzen"));
        _click(button("„Sensornetze im Kanal“ zurück in die Liste"));
        assertThat(cardTitles(side())).containsExactly("Sensornetze im Kanal", "Starkregen-Frühwarnung");
        assertThat(publicSchedule.programme(slug, null, null).changes()).hasSize(3);
    }

    @Test
    void aSessionThatNeedsAStepFreeRoomSaysSoOnItsCardAndIsWarnedAboutARoomWithSteps() {
        long app = sf.sessionNeedingStepFree(slug, organizer, sf.participant(slug, "Hanna Host"), "Pegel-App für alle");
        fixtures.as(organizer, () -> planning.place(slug, app, stube.id(), first.id()));
        login(organizer);
        open();

        assertThat(texts(cell("Kriegsstube", first), "kogge-planner-card"))
                .contains("keine Stimme · braucht einen stufenlosen Raum")
                .contains("Braucht einen stufenlosen Raum; Kriegsstube ist nicht stufenlos erreichbar.");
    }

    @Test
    void anotherOrganizersChangeShowsUpWithoutReload() throws InterruptedException {
        String otto = fixtures.person("Otto Orga", Role.ORGANIZER).email();
        fixtures.as(organizer, () -> events.addOrganizerByEmail(slug, otto));
        login(organizer);
        open();
        assertThat(cardTitles(cell("Bürgerschaftssaal", first))).isEmpty();

        fixtures.as(otto, () -> planning.place(slug, rain, saal.id(), first.id()));

        for (int i = 0; i < 50 && cardTitles(cell("Bürgerschaftssaal", first)).isEmpty(); i++) {
            Thread.sleep(100);
            com.github.mvysny.kaributesting.v10.MockVaadin.clientRoundtrip(false);
        }
        assertThat(cardTitles(cell("Bürgerschaftssaal", first))).containsExactly("Starkregen-Frühwarnung");
    }

    /** The planner stays open when the organizer switches events: its registration moves with the event. */
    @Test
    void thePlannerListensToTheEventItShowsAndStopsWhenLeft() {
        String other = sf.barcamp(organizer, "Leeres Barcamp");
        long eventId = publicSchedule.eventIdOf(slug);
        long otherId = publicSchedule.eventIdOf(other);
        login(organizer);
        LiveTesting.assertFollowsTheEventShown(live, ScheduleUpdates.TOPIC, "organize/events/" + slug + "/schedule", eventId,
                "organize/events/" + other + "/schedule", otherId, "organize/events/" + other);
    }

    @Test
    void withoutRoomsAndSlotsThePlannerSaysWhatToDo() {
        String other = sf.barcamp(organizer, "Leeres Barcamp");
        login(organizer);
        UI.getCurrent().navigate("organize/events/" + other + "/schedule");
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, s -> s.withClasses("kogge-planner-empty")).getText())
                .startsWith("Lege zuerst Räume und Zeitfenster an");
    }

    @Test
    void theEventSettingsAndThePlannerLinkToRoomsAndPlannerInTheOrganizerNavigation() {
        login(organizer);
        UI.getCurrent().navigate("organize/events/" + slug + "/settings");
        assertThat(_get(RouterLink.class, s -> s.withText("Programmplanung")).getHref())
                .isEqualTo("organize/events/" + slug + "/schedule");
        assertThat(_get(RouterLink.class, s -> s.withText("Räume und Zeitfenster")).getHref())
                .isEqualTo("organize/events/" + slug + "/rooms");
        UI.getCurrent().navigate("organize/events/" + slug + "/schedule");
        RouterLink current = _get(RouterLink.class, s -> s.withText("Programmplanung"));
        assertThat(current.getElement().getAttribute("aria-current")).isEqualTo("page");
        assertThat(_get(RouterLink.class, s -> s.withText("Räume und Zeitfenster")).getElement().hasAttribute("aria-current"))
                .isFalse();
    }

    @Test
    void visitorsOfTheEventPageSeeNoPlannerLinks() {
        login(fixtures.person("Anton Attendee").email());
        UI.getCurrent().navigate("events/" + slug);
        _assertNone(com.vaadin.flow.component.html.Anchor.class, s -> s.withText("Programmplanung"));
    }

    @Test
    void englishOrganizerReadsEnglish() {
        english();
        login(organizer);
        open();
        assertThat(_get(H1.class).getText()).isEqualTo("Schedule planner: Barcamp Smart Water");
        _get(Button.class, s -> s.withText("Publish schedule"));
    }

    @Test
    void attendeeIsRefused() {
        login(fixtures.person("Anton Attendee").email());
        open();
        assertThat(_get(H1.class).getText()).isEqualTo("Kein Zugriff");
        _assertNone(PlannerView.class);
    }

    @Test
    void organizerOfAnotherEventIsRefused() {
        login(fixtures.person("Otto Other", Role.ORGANIZER).email());
        open();
        assertThat(_get(H1.class).getText()).isEqualTo("Kein Zugriff");
        _assertNone(PlannerView.class);
    }

    @Test
    void anonymousVisitorIsSentToLogin() {
        open();
        _get(LoginForm.class);
        _assertNone(PlannerView.class);
    }
}
