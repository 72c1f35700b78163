package org.kogge.schedule.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Optional;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kogge.account.Role;
import org.kogge.event.EventKind;
import org.kogge.event.EventState;
import org.kogge.proposal.TopicDto;
import org.kogge.common.live.LiveBroadcaster;
import org.kogge.schedule.PublicScheduleService;
import org.kogge.schedule.RoomDto;
import org.kogge.schedule.PlanningService;
import org.kogge.schedule.RoomSlotService;
import org.kogge.schedule.ScheduleUpdates;
import org.kogge.schedule.StarService;
import org.kogge.testing.KaribuTestBase;
import org.kogge.testing.ProgrammeFixtures.Programme;
import org.kogge.testing.ProgrammeFixtures;
import org.kogge.testing.ScheduleFixtures;
import org.kogge.testing.StoppedClock;
import org.kogge.ui.ErrorViews;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import jakarta.persistence.EntityManagerFactory;

@Import(StoppedClock.Config.class)
class PublicScheduleViewKT extends KaribuTestBase {

    @Autowired ProgrammeFixtures programmes;
    @Autowired PlanningService planning;
    @Autowired StarService stars;
    @Autowired EntityManagerFactory emf;
    @Autowired StoppedClock clock;
    @Autowired LiveBroadcaster live;
    @Autowired PublicScheduleService publicSchedules;

    Programme p;

    @BeforeEach
    void programme() {
        clock.run();
        p = programmes.programme();
    }

    @AfterEach
    void runClock() {
        clock.run();
    }

    private void open(String query) {
        UI.getCurrent().navigate("events/" + p.slug() + "/schedule",
                QueryParameters.fromString(query.startsWith("?") ? query.substring(1) : query));
    }

    /** The grid cell for a slot and a room (on the first day). */
    private static Optional<NativeTableCell> cell(long slotId, long roomId, int day) {
        String headers = "programme-slot-" + slotId + " programme-day" + day + "-room-" + roomId;
        return _find(NativeTableCell.class).stream()
                .filter(c -> headers.equals(c.getElement().getAttribute("headers"))).findFirst();
    }

    private static List<String> titlesIn(Component c) {
        return _find(c, PublicSessionCard.class).stream().map(x -> _get(x, Anchor.class).getText()).toList();
    }

    private static PublicSessionCard gridCard(String title) {
        PublicScheduleTable tables = _find(PublicScheduleTable.class).get(0);
        return _find(PublicScheduleTable.class).stream().flatMap(t -> _find(t, PublicSessionCard.class).stream())
                .filter(c -> _get(c, Anchor.class).getText().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no card " + title + " in " + titlesIn(tables)));
    }

    private static List<String> changeTexts() {
        return _find(Span.class, s -> s.withClasses("kogge-programme-change-text")).stream().map(Span::getText).toList();
    }

    private String path() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
    }

    @Test
    void gridShowsEachSessionInItsRoomAndSlotAndTheListTheSame() {
        programmes.publish(p);

        open("");

        assertThat(_find(H3.class).stream().map(H3::getText))
                .contains("Samstag, 30. Oktober 2027", "Sonntag, 31. Oktober 2027");
        List<NativeTableHeaderCell> heads = _find(_find(PublicScheduleTable.class).get(0), NativeTableHeaderCell.class);
        assertThat(heads.stream().filter(h -> "col".equals(h.getElement().getAttribute("scope"))).map(NativeTableHeaderCell::getText))
                .containsExactly("Zeit", "Saal Elbe", "Raum Trave");
        assertThat(heads.stream().filter(h -> "row".equals(h.getElement().getAttribute("scope"))).map(NativeTableHeaderCell::getText))
                .containsExactly("10:00 – 11:00", "11:00 – 11:30", "11:30 – 12:30", "12:30 – 13:30");

        assertThat(titlesIn(cell(p.slot10(), p.elbe(), 0).orElseThrow())).containsExactly("Sensornetze im Kanal");
        assertThat(titlesIn(cell(p.slot10(), p.trave(), 0).orElseThrow())).containsExactly("Pegel offen teilen");
        NativeTableCell wastewater = cell(p.slot1130(), p.elbe(), 0).orElseThrow();
        assertThat(titlesIn(wastewater)).containsExactly("Energie aus Abwasser");
        assertThat(wastewater.getRowspan()).isEqualTo(2);
        assertThat(cell(p.slot1230(), p.elbe(), 0)).isEmpty();
        assertThat(titlesIn(cell(p.slot1230(), p.trave(), 0).orElseThrow())).isEmpty();
        assertThat(titlesIn(cell(p.day2slot10(), p.elbe(), 1).orElseThrow())).containsExactly("Rückblick");

        NativeTableCell coffee = _find(NativeTableCell.class, c -> c.withClasses("kogge-programme-spanning")).get(0);
        assertThat(coffee.getColspan()).isEqualTo(2);
        assertThat(coffee.getElement().getAttribute("headers")).isEqualTo("programme-slot-" + p.coffee());
        assertThat(_get(coffee, Span.class).getText()).isEqualTo("Kaffeepause");

        PublicScheduleList list = _find(PublicScheduleList.class).get(0);
        PublicSessionCard inList = _find(list, PublicSessionCard.class).stream()
                .filter(c -> _get(c, Anchor.class).getText().equals("Sensornetze im Kanal")).findFirst().orElseThrow();
        assertThat(_get(inList, Paragraph.class, x -> x.withClasses("kogge-programme-place")).getText())
                .isEqualTo("Saal Elbe, 10:00 – 11:00");
        assertThat(_get(inList, Paragraph.class, x -> x.withClasses("kogge-programme-hosts")).getText())
                .isEqualTo("Erika Expertin (Lübeck)");
        assertThat(_get(inList, Anchor.class).getHref()).isEqualTo("events/" + p.slug() + "/sessions/" + p.sensors());
        assertThat(titlesIn(list)).containsExactly("Sensornetze im Kanal", "Pegel offen teilen", "Energie aus Abwasser",
                "Hafen-Hackathon");

        assertThat(_get(Anchor.class, a -> a.withText("Zum Kalender hinzufügen (.ics)")).getHref())
                .isEqualTo("calendar/events/" + p.slug() + ".ics");
        assertThat(_get(Anchor.class, a -> a.withText("Meine Agenda")).getHref()).isEqualTo("me/agenda");
        assertThat(_get(Paragraph.class, x -> x.withClasses("kogge-programme-as-of")).getText()).startsWith("Stand: ");
    }

    @Test
    void cancelledSessionStaysVisibleMarkedInWordsAndTheChangesListTellsWhatHappened() {
        programmes.publish(p);
        java.time.Instant published = java.time.Instant.now();
        clock.stopAt(published.plusSeconds(60));
        fixtures.as(p.organizer(), () -> planning.place(p.slug(), p.levels(), p.trave(), p.slot1230()));
        clock.stopAt(published.plusSeconds(120));
        fixtures.as(p.organizer(), () -> planning.cancel(p.slug(), p.hackathon()));

        open("");

        PublicSessionCard hackathon = gridCard("Hafen-Hackathon");
        assertThat(hackathon.getClassNames()).contains("kogge-programme-cancelled");
        assertThat(_get(hackathon, Span.class, s -> s.withClasses("kogge-programme-cancelled-label")).getText())
                .isEqualTo("abgesagt");
        assertThat(titlesIn(cell(p.slot1230(), p.trave(), 0).orElseThrow())).containsExactly("Pegel offen teilen");
        assertThat(titlesIn(cell(p.slot10(), p.trave(), 0).orElseThrow())).isEmpty();

        assertThat(_get(H3.class, h -> h.withText("Änderungen seit der Veröffentlichung"))).isNotNull();
        assertThat(changeTexts()).containsExactly(
                "„Hafen-Hackathon“ ist abgesagt.",
                "„Pegel offen teilen“ ist verschoben: von Raum Trave, Sa. 10:00 nach Raum Trave, Sa. 12:30.");
        assertThat(_find(Span.class, s -> s.withClasses("kogge-programme-change-kind")).stream().map(Span::getText))
                .containsExactly("Abgesagt", "Verschoben");
    }

    @Test
    void noChangesListRightAfterPublishing() {
        programmes.publish(p);
        open("");
        _assertNone(H3.class, h -> h.withText("Änderungen seit der Veröffentlichung"));
    }

    @Test
    void topicFilterFromTheAddressShowsOnlyThatTopic() {
        programmes.publish(p);

        open("?topic=" + p.energy());

        assertThat(_find(PublicScheduleTable.class).stream().flatMap(t -> titlesIn(t).stream()))
                .containsExactly("Energie aus Abwasser");
        @SuppressWarnings("unchecked")
        Select<TopicDto> topic = _get(Select.class, s -> s.withLabel("Thema"));
        assertThat(topic.getValue().name()).isEqualTo("Energie");
        assertThat(topic.getListDataView().getItems().map(TopicDto::name)).containsExactly("Energie", "Wasser");
    }

    @Test
    void choosingARoomPutsItIntoTheAddressAndShowsOnlyItsColumn() {
        programmes.publish(p);
        open("");

        @SuppressWarnings("unchecked")
        Select<RoomDto> room = _get(Select.class, s -> s.withLabel("Raum"));
        RoomDto trave = room.getListDataView().getItems().filter(r -> r.name().equals("Raum Trave")).findFirst().orElseThrow();
        org.kogge.testing.Karibu._setValue(room, trave);

        assertThat(path()).isEqualTo("events/" + p.slug() + "/schedule?room=" + p.trave());
        PublicScheduleTable day1 = _find(PublicScheduleTable.class).get(0);
        assertThat(_find(day1, NativeTableHeaderCell.class).stream()
                .filter(h -> "col".equals(h.getElement().getAttribute("scope"))).map(NativeTableHeaderCell::getText))
                .containsExactly("Zeit", "Raum Trave");
        assertThat(titlesIn(day1)).containsExactly("Pegel offen teilen", "Hafen-Hackathon");
        assertThat(_get(Select.class, s -> s.withLabel("Raum")).getValue()).isEqualTo(trave);

        open("?room=" + p.trave() + "&topic=" + p.energy());
        assertThat(_find(PublicScheduleTable.class).stream().flatMap(t -> titlesIn(t).stream())).isEmpty();
        assertThat(_get(Paragraph.class, x -> x.withText("Keine Session passt zu diesem Filter."))).isNotNull();

        open("?room=nonsense");
        assertThat(titlesIn(_find(PublicScheduleTable.class).get(0))).hasSize(4);
    }

    @Test
    void loggedInVisitorStarsAndUnstarsASession() {
        programmes.publish(p);
        login(p.kai());
        open("");

        SessionStarButton star = _get(gridCard("Sensornetze im Kanal"), SessionStarButton.class);
        assertThat(star.getText()).isEqualTo("Merken");
        assertThat(star.getElement().getAttribute("aria-pressed")).isEqualTo("false");
        assertThat(star.getAriaLabel()).contains("Merken: „Sensornetze im Kanal“ für meine Agenda");

        _click(star);

        assertThat(stars.myStarsIn(p.slug())).containsExactly(p.sensors());
        List<SessionStarButton> both = _find(SessionStarButton.class).stream()
                .filter(b -> b.getSessionId() == p.sensors()).toList();
        assertThat(both).hasSize(2).allSatisfy(b -> {
            assertThat(b.getText()).isEqualTo("Gemerkt");
            assertThat(b.getElement().getAttribute("aria-pressed")).isEqualTo("true");
        });

        open("");
        SessionStarButton again = _get(gridCard("Sensornetze im Kanal"), SessionStarButton.class);
        assertThat(again.isStarred()).isTrue();
        _click(again);
        assertThat(stars.myStarsIn(p.slug())).isEmpty();
        assertThat(again.getText()).isEqualTo("Merken");
        _assertNone(Span.class, s -> s.withText("Loggen Sie sich ein, um Sessions für Ihre Agenda zu merken."));
    }

    @Test
    void anonymousVisitorCannotStarButIsAskedToLogIn() {
        programmes.publish(p);
        open("");

        _assertNone(SessionStarButton.class);
        assertThat(_get(Span.class, s -> s.withText("Loggen Sie sich ein, um Sessions für Ihre Agenda zu merken."))).isNotNull();
        assertThat(_get(Anchor.class, a -> a.withText("Einloggen")).getHref()).isEqualTo("login");
        assertThatThrownBy(() -> stars.toggle(p.slug(), p.sensors())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void draftEventIsNotFound() {
        String organizer = fixtures.person("Dora Draft", Role.ORGANIZER).email();
        String draft = fixtures.event(organizer, "Barcamp Entwurf", EventKind.BARCAMP, 20, EventState.DRAFT).slug();

        UI.getCurrent().navigate("events/" + draft + "/schedule");

        _get(ErrorViews.ThingNotFound.class);
        _assertNone(PublicScheduleView.class);
    }

    @Test
    void otherEventKindsHaveNoProgrammePage() {
        String organizer = fixtures.person("Tom Termin", Role.ORGANIZER).email();
        String meeting = fixtures.event(organizer, "Festakt", EventKind.CEREMONY, 20, EventState.PUBLISHED).slug();

        UI.getCurrent().navigate("events/" + meeting + "/schedule");

        _get(ErrorViews.ThingNotFound.class);
    }

    @Test
    void unpublishedScheduleSaysSoToThePublicAndIsAPreviewForTheOrganizer() {
        open("");

        assertThat(_get(Paragraph.class, x -> x.withClasses("kogge-programme-not-published")).getText())
                .isEqualTo("Das Programm ist noch nicht veröffentlicht. Schauen Sie bald wieder vorbei.");
        _assertNone(PublicSessionCard.class);
        _assertNone(Anchor.class, a -> a.withText("Zum Kalender hinzufügen (.ics)"));

        UI.getCurrent().navigate("");
        login(p.organizer());
        open("");

        assertThat(_get(Paragraph.class, x -> x.withClasses("kogge-programme-preview")).getText()).startsWith("Vorschau:");
        assertThat(titlesIn(_find(PublicScheduleTable.class).get(0))).hasSize(4);
        _assertNone(SessionStarButton.class);
    }

    @Test
    void saysWhenTheScheduleChangedWhileOpenAndShowsTheNewStateOnRequest() throws InterruptedException {
        programmes.publish(p);
        open("?topic=" + p.water());
        _assertNone(Div.class, d -> d.withClasses("kogge-programme-changed"));

        fixtures.as(p.organizer(), () -> planning.cancel(p.slug(), p.levels()));
        org.kogge.testing.LiveTesting.awaitPush(() -> !_find(Div.class, d -> d.withClasses("kogge-programme-changed")).isEmpty());

        Div notice = _get(Div.class, d -> d.withClasses("kogge-programme-changed"));
        assertThat(_get(notice, Span.class).getText()).isEqualTo("Das Programm wurde gerade geändert.");
        assertThat(gridCard("Pegel offen teilen").getClassNames()).doesNotContain("kogge-programme-cancelled");

        _click(_get(Button.class, b -> b.withText("Neu anzeigen")));

        assertThat(notice.isVisible()).isFalse();
        assertThat(gridCard("Pegel offen teilen").getClassNames()).contains("kogge-programme-cancelled");
        assertThat(_find(PublicScheduleTable.class).stream().flatMap(t -> titlesIn(t).stream()))
                .containsExactly("Sensornetze im Kanal", "Pegel offen teilen");
        assertThat(changeTexts()).containsExactly("„Pegel offen teilen“ ist abgesagt.");
    }

    @Test
    void theOpenProgrammeListensOnceAlsoAcrossFilterChangesAndStopsWhenLeft() {
        programmes.publish(p);
        long eventId = publicSchedules.eventIdOf(p.slug());
        open("");
        assertThat(live.listenerCount(ScheduleUpdates.TOPIC, eventId)).isEqualTo(1);

        open("?topic=" + p.water());
        assertThat(live.listenerCount(ScheduleUpdates.TOPIC, eventId)).isEqualTo(1);

        UI.getCurrent().navigate("events/" + p.slug());
        assertThat(live.listenerCount(ScheduleUpdates.TOPIC, eventId)).isZero();
    }

    @Test
    void englishVisitorsReadEnglish() {
        programmes.publish(p);
        fixtures.as(p.organizer(), () -> planning.cancel(p.slug(), p.hackathon()));
        english();
        open("");

        assertThat(_find(H3.class).stream().map(H3::getText)).contains("Saturday, 30 October 2027", "Changes since publication");
        assertThat(_get(gridCard("Hafen-Hackathon"), Span.class, s -> s.withClasses("kogge-programme-cancelled-label"))
                .getText()).isEqualTo("cancelled");
        assertThat(changeTexts()).containsExactly("\"Hafen-Hackathon\" is cancelled.");
    }

    @Test
    void eventPageLinksToTheProgrammeOnceItIsPublishedAndToTheNowBoardDuringTheEvent() {
        UI.getCurrent().navigate("events/" + p.slug());
        _assertNone(Anchor.class, a -> a.withText("Zum Programm"));

        login(p.organizer());
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("events/" + p.slug());
        assertThat(_get(Anchor.class, a -> a.withText("Zum Programm")).getHref()).isEqualTo("events/" + p.slug() + "/schedule");
        assertThat(_get(Paragraph.class, x -> x.withText("Vorschau für die Organisation: Das Programm ist noch nicht veröffentlicht.")))
                .isNotNull();
        logout();

        programmes.publish(p);
        clock.stopAt(ProgrammeFixtures.at(ScheduleFixtures.DAY1, 6, 0));
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("events/" + p.slug());
        assertThat(_get(Anchor.class, a -> a.withText("Zum Programm")).getHref()).isEqualTo("events/" + p.slug() + "/schedule");
        _assertNone(Anchor.class, a -> a.withText("Jetzt und gleich (Tafel für den Beamer)"));

        clock.stopAt(ProgrammeFixtures.at(ScheduleFixtures.DAY1, 10, 0));
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("events/" + p.slug());
        assertThat(_get(Anchor.class, a -> a.withText("Jetzt und gleich (Tafel für den Beamer)")).getHref())
                .isEqualTo("events/" + p.slug() + "/now");
    }

    /** The page costs the same number of SQL statements for 5 sessions as for 40, anonymous or logged in. */
    @Test
    void pageCostsAFixedNumberOfStatementsWhateverTheNumberOfSessions() {
        String few = programmes.programmeOf(5, 5);
        String many = programmes.programmeOf(40, 5);
        String visitor = fixtures.person("Vera Viewer").email();

        long anonymousFew = statementsToOpen(few, 5);
        long anonymousMany = statementsToOpen(many, 40);
        login(visitor);
        long loggedInFew = statementsToOpen(few, 5);
        long loggedInMany = statementsToOpen(many, 40);

        assertThat(anonymousMany).isEqualTo(anonymousFew);
        assertThat(loggedInMany).isEqualTo(loggedInFew);
        assertThat(loggedInFew).isLessThanOrEqualTo(15);
    }

    private long statementsToOpen(String slug, int expectedSessions) {
        UI.getCurrent().navigate("");
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        stats.clear();
        UI.getCurrent().navigate("events/" + slug + "/schedule");
        long count = stats.getPrepareStatementCount();
        assertThat(titlesIn(_find(PublicScheduleTable.class).get(0))).hasSize(expectedSessions);
        return count;
    }

}
