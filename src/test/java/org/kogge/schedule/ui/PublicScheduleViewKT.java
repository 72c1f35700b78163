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
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import com.github.mvysny.kaributesting.v23.VirtualListsKt;
import org.kogge.schedule.ui.ProgrammeRows.Card;
import org.kogge.schedule.ui.ProgrammeRows.DayHead;
import org.kogge.schedule.ui.ProgrammeRows.RoomHead;
import org.kogge.schedule.ui.ProgrammeRows.Row;
import org.kogge.schedule.ui.ProgrammeRows.SlotLine;
import org.kogge.testing.LitRenderers;
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
import org.springframework.security.access.AccessDeniedException;
import jakarta.persistence.EntityManagerFactory;

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

    private static ProgrammeList programmeList() {
        return _get(ProgrammeList.class);
    }

    /** The lines of the programme, as the browser fetches them. */
    private static List<Row> rows() {
        return VirtualListsKt._findAll(programmeList());
    }

    private static Row slotRow(long slotId) {
        return rows().stream().filter(r -> r.key().equals("s" + slotId)).findFirst()
                .orElseThrow(() -> new AssertionError("no line for slot " + slotId));
    }

    /** The day head above a line. */
    private static DayHead dayOf(Row row) {
        List<Row> all = rows();
        for (int i = all.indexOf(row); i >= 0; i--) {
            if (all.get(i).day() != null) {
                return all.get(i).day();
            }
        }
        throw new AssertionError("no day above " + row);
    }

    /** The sessions in a room's column of a slot (the column as the day's room heads give it). */
    private static List<String> titlesIn(long slotId, String room) {
        Row row = slotRow(slotId);
        int column = dayOf(row).rooms().stream().map(RoomHead::name).toList().indexOf(room) + 1;
        assertThat(column).as("column of " + room).isPositive();
        return row.slot().sessions().stream().filter(c -> c.column() == column).map(Card::title).toList();
    }

    /** The titles of one day (from 0), in the order of the lines. */
    private static List<String> titlesOfDay(int day) {
        List<String> titles = new java.util.ArrayList<>();
        int d = -1;
        for (Row r : rows()) {
            if (r.day() != null) {
                d++;
            } else if (d == day) {
                r.slot().sessions().forEach(c -> titles.add(c.title()));
            }
        }
        return titles;
    }

    private static List<String> allTitles() {
        return cards().map(Card::title).toList();
    }

    private static java.util.stream.Stream<Card> cards() {
        return rows().stream().filter(r -> r.slot() != null).flatMap(r -> r.slot().sessions().stream());
    }

    private static Card card(String title) {
        return cards().filter(c -> c.title().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no card " + title + " in " + allTitles()));
    }

    private static Row rowOf(String title) {
        return rows().stream().filter(r -> r.slot() != null && r.slot().sessions().stream()
                .anyMatch(c -> c.title().equals(title))).findFirst().orElseThrow();
    }

    private static ProgrammeList.Texts texts(Row row) {
        return (ProgrammeList.Texts) LitRenderers.property(programmeList(), row, "texts");
    }

    /** The star toggles the browser draws for a line. */
    @SuppressWarnings("unchecked")
    private static List<ProgrammeList.Star> starsOf(Row row) {
        return (List<ProgrammeList.Star>) LitRenderers.property(programmeList(), row, "stars");
    }

    private static List<ProgrammeList.Star> allStars() {
        return rows().stream().flatMap(r -> starsOf(r).stream()).toList();
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

        List<DayHead> days = rows().stream().map(Row::day).filter(java.util.Objects::nonNull).toList();
        assertThat(days.stream().map(DayHead::heading)).containsExactly("Samstag, 30. Oktober 2027", "Sonntag, 31. Oktober 2027");
        assertThat(days.get(0).time()).isEqualTo("Zeit");
        assertThat(days.get(0).rooms()).containsExactly(new RoomHead("Saal Elbe", "80 Plätze, stufenlos erreichbar"),
                new RoomHead("Raum Trave", "20 Plätze, stufenlos erreichbar"));
        assertThat(rows().subList(1, rows().indexOf(rows().stream().filter(r -> r.key().equals("d1")).findFirst().orElseThrow()))
                .stream().map(r -> r.slot().time()))
                .containsExactly("10:00 – 11:00", "11:00 – 11:30", "11:30 – 12:30", "12:30 – 13:30");

        assertThat(titlesIn(p.slot10(), "Saal Elbe")).containsExactly("Sensornetze im Kanal");
        assertThat(titlesIn(p.slot10(), "Raum Trave")).containsExactly("Pegel offen teilen");
        assertThat(titlesIn(p.slot1130(), "Saal Elbe")).containsExactly("Energie aus Abwasser");
        assertThat(card("Energie aus Abwasser").longer()).isTrue();
        assertThat(card("Sensornetze im Kanal").longer()).isFalse();
        assertThat(titlesIn(p.slot1230(), "Saal Elbe")).isEmpty();
        assertThat(titlesIn(p.slot1230(), "Raum Trave")).isEmpty();
        assertThat(titlesIn(p.day2slot10(), "Saal Elbe")).containsExactly("Rückblick");

        SlotLine coffee = slotRow(p.coffee()).slot();
        assertThat(coffee.kind()).isEqualTo("break");
        assertThat(coffee.columns()).isEqualTo(2);
        assertThat(coffee.label()).isEqualTo("Kaffeepause");
        assertThat(slotRow(p.slot10()).slot().label()).isNull();

        Card sensors = card("Sensornetze im Kanal");
        assertThat(sensors.place()).isEqualTo("Saal Elbe, 10:00 – 11:00");
        assertThat(sensors.hosts()).isEqualTo("Erika Expertin (Lübeck)");
        assertThat(sensors.href()).isEqualTo("events/" + p.slug() + "/sessions/" + p.sensors());
        assertThat(titlesOfDay(0)).containsExactly("Sensornetze im Kanal", "Pegel offen teilen", "Energie aus Abwasser",
                "Hafen-Hackathon");
        // Each session is sent once: wide screens and phones share the lines.
        assertThat(cards().map(Card::id).toList()).doesNotHaveDuplicates().hasSize(5);

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

        assertThat(card("Hafen-Hackathon").cancelled()).isTrue();
        assertThat(card("Sensornetze im Kanal").cancelled()).isFalse();
        assertThat(texts(rowOf("Hafen-Hackathon")).cancelled()).isEqualTo("abgesagt");
        assertThat(titlesIn(p.slot1230(), "Raum Trave")).containsExactly("Pegel offen teilen");
        assertThat(titlesIn(p.slot10(), "Raum Trave")).isEmpty();

        assertThat(_get(H2.class, h -> h.withText("Änderungen seit der Veröffentlichung"))).isNotNull();
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
        _assertNone(H2.class, h -> h.withText("Änderungen seit der Veröffentlichung"));
    }

    @Test
    void topicFilterFromTheAddressShowsOnlyThatTopic() {
        programmes.publish(p);

        open("?topic=" + p.energy());

        assertThat(allTitles()).containsExactly("Energie aus Abwasser");
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
        DayHead day1 = rows().get(0).day();
        assertThat(day1.time()).isEqualTo("Zeit");
        assertThat(day1.rooms().stream().map(RoomHead::name)).containsExactly("Raum Trave");
        assertThat(titlesOfDay(0)).containsExactly("Pegel offen teilen", "Hafen-Hackathon");
        assertThat(card("Pegel offen teilen").column()).isEqualTo(1);
        assertThat(_get(Select.class, s -> s.withLabel("Raum")).getValue()).isEqualTo(trave);

        open("?room=" + p.trave() + "&topic=" + p.energy());
        assertThat(allTitles()).isEmpty();
        assertThat(_get(Paragraph.class, x -> x.withText("Keine Session passt zu diesem Filter."))).isNotNull();

        open("?room=nonsense");
        assertThat(titlesOfDay(0)).hasSize(4);
    }

    @Test
    void loggedInVisitorStarsAndUnstarsASession() {
        programmes.publish(p);
        login(p.kai());
        open("");

        Row row = rowOf("Sensornetze im Kanal");
        assertThat(starsOf(row)).hasSize(2);
        ProgrammeList.Star star = starsOf(row).stream().filter(x -> x.id() == p.sensors()).findFirst().orElseThrow();
        assertThat(star.on()).isFalse();
        assertThat(texts(row).off()).isEqualTo("Merken");
        assertThat(star.label()).contains("Merken: „Sensornetze im Kanal“ für meine Agenda");

        LitRenderers.call(programmeList(), row, "star", p.sensors());

        assertThat(stars.myStarsIn(p.slug())).containsExactly(p.sensors());
        // The session is drawn once, so there is one star for it, now pressed.
        List<ProgrammeList.Star> its = allStars().stream().filter(x -> x.id() == p.sensors()).toList();
        assertThat(its).hasSize(1).allSatisfy(x -> {
            assertThat(x.on()).isTrue();
            assertThat(x.label()).isEqualTo("Gemerkt: „Sensornetze im Kanal“ – nicht mehr merken");
        });
        assertThat(texts(row).on()).isEqualTo("Gemerkt");
        assertThat(allStars().stream().filter(ProgrammeList.Star::on)).hasSize(1);

        open("");
        Row again = rowOf("Sensornetze im Kanal");
        assertThat(starsOf(again).stream().filter(x -> x.id() == p.sensors()).findFirst().orElseThrow().on()).isTrue();
        LitRenderers.call(programmeList(), again, "star", p.sensors());
        assertThat(stars.myStarsIn(p.slug())).isEmpty();
        assertThat(allStars()).noneMatch(ProgrammeList.Star::on);
        // A session of another line cannot be toggled through this one.
        LitRenderers.call(programmeList(), again, "star", p.hackathon());
        assertThat(stars.myStarsIn(p.slug())).isEmpty();
        _assertNone(Span.class, s -> s.withText("Loggen Sie sich ein, um Sessions für Ihre Agenda zu merken."));
    }

    @Test
    void anonymousVisitorCannotStarButIsAskedToLogIn() {
        programmes.publish(p);
        open("");

        assertThat(allTitles()).hasSize(5);
        assertThat(allStars()).isEmpty();
        assertThat(_get(Span.class, s -> s.withText("Loggen Sie sich ein, um Sessions für Ihre Agenda zu merken."))).isNotNull();
        assertThat(_get(Anchor.class, a -> a.withText("Einloggen")).getHref()).as("back on the programme after logging in")
                .isEqualTo("login?return=events%2F" + p.slug() + "%2Fschedule");
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
        _assertNone(ProgrammeList.class);
        _assertNone(Anchor.class, a -> a.withText("Zum Kalender hinzufügen (.ics)"));

        UI.getCurrent().navigate("");
        login(p.organizer());
        open("");

        assertThat(_get(Paragraph.class, x -> x.withClasses("kogge-programme-preview")).getText()).startsWith("Vorschau:");
        assertThat(titlesOfDay(0)).hasSize(4);
        assertThat(allStars()).isEmpty();
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
        assertThat(card("Pegel offen teilen").cancelled()).isFalse();

        _click(_get(Button.class, b -> b.withText("Neu anzeigen")));

        assertThat(notice.isVisible()).isFalse();
        assertThat(card("Pegel offen teilen").cancelled()).isTrue();
        assertThat(allTitles())
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

        assertThat(_find(H2.class).stream().map(H2::getText)).contains("Changes since publication");
        assertThat(rows().get(0).day().heading()).isEqualTo("Saturday, 30 October 2027");
        assertThat(rows().get(0).day().time()).isEqualTo("Time");
        assertThat(card("Hafen-Hackathon").cancelled()).isTrue();
        assertThat(texts(rowOf("Hafen-Hackathon")).cancelled()).isEqualTo("cancelled");
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
        assertThat(titlesOfDay(0)).hasSize(expectedSessions);
        return count;
    }

}
