package org.kogge.schedule.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.kogge.testing.ProgrammeFixtures.at;
import static org.kogge.testing.ScheduleFixtures.DAY1;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kogge.account.Role;
import org.kogge.event.EventKind;
import org.kogge.event.EventState;
import org.kogge.common.live.LiveBroadcaster;
import org.kogge.schedule.PublicScheduleService;
import org.kogge.schedule.ScheduleChanged;
import org.kogge.schedule.ScheduleUpdates;
import org.kogge.schedule.PlanningService;
import org.kogge.schedule.RoomSlotService;
import org.kogge.testing.KaribuTestBase;
import static org.kogge.testing.LiveTesting.awaitPush;
import org.kogge.testing.ProgrammeFixtures;
import org.kogge.testing.ProgrammeFixtures.Programme;
import org.kogge.testing.ProgrammeFixtures;
import org.kogge.testing.StoppedClock;
import org.kogge.ui.ErrorViews;
import org.kogge.ui.MainLayout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

class NowBoardViewKT extends KaribuTestBase {

    @Autowired ProgrammeFixtures programmes;
    @Autowired PlanningService planning;
    @Autowired StoppedClock clock;
    @Autowired LiveBroadcaster broadcaster;
    @Autowired ApplicationEventPublisher publisher;
    @Autowired PublicScheduleService publicSchedules;
    @Autowired org.kogge.common.BaseUrl baseUrl;

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

    private void open() {
        UI.getCurrent().navigate("events/" + p.slug() + "/now");
    }

    private static Section room(String name) {
        return _find(Section.class, s -> s.withClasses("kogge-nowboard-room")).stream()
                .filter(s -> _get(s, H2.class).getText().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no room " + name));
    }

    /** The texts of the room's "now" (or "next") part, label first. */
    private static List<String> part(String room, String className) {
        Div part = _get(room(room), Div.class, d -> d.withClasses(className));
        return _find(part, com.vaadin.flow.component.Component.class).stream()
                .filter(c -> c instanceof Span || c instanceof Paragraph)
                .map(c -> c.getElement().getText()).filter(t -> !t.isBlank()).toList();
    }

    private static void poll() {
        ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));
    }

    @Test
    void showsNowAndNextPerRoomAtTheTimeOfTheEventWithoutTheAppShell() {
        programmes.publish(p);
        clock.stopAt(at(DAY1, 10, 15));

        open();

        _assertNone(MainLayout.class);
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(NowBoardView.POLL_MILLIS);
        assertThat(_get(Span.class, s -> s.withClasses("kogge-nowboard-clock")).getText()).isEqualTo("10:15");
        assertThat(_get(Span.class, s -> s.withClasses("kogge-nowboard-date")).getText()).isEqualTo("Samstag, 30. Oktober 2027");
        assertThat(_find(Section.class, s -> s.withClasses("kogge-nowboard-room")).stream().map(s -> _get(s, H2.class).getText()))
                .containsExactly("Saal Elbe", "Raum Trave");
        assertThat(part("Saal Elbe", "kogge-nowboard-now"))
                .containsExactly("Jetzt", "Sensornetze im Kanal", "Erika Expertin (Lübeck)", "bis 11:00");
        assertThat(part("Saal Elbe", "kogge-nowboard-next"))
                .containsExactly("Danach", "11:30", "Energie aus Abwasser", "Lena Lotsin (Lübeck)");
        assertThat(part("Raum Trave", "kogge-nowboard-now"))
                .containsExactly("Jetzt", "Pegel offen teilen", "Kai Kollege (Lübeck)", "bis 11:00");
        assertThat(part("Raum Trave", "kogge-nowboard-next"))
                .containsExactly("Danach", "11:30", "Hafen-Hackathon", "Kai Kollege (Lübeck)");
        _assertNone(Paragraph.class, x -> x.withClasses("kogge-nowboard-banner"));
        assertThat(_get(Paragraph.class, x -> x.withClasses("kogge-nowboard-online")).getText())
                .isEqualTo("Das ganze Programm: " + baseUrl.shown() + "/events/" + p.slug() + "/schedule");
    }

    @Test
    void changesOfTheScheduleArriveByPush() throws InterruptedException {
        programmes.publish(p);
        clock.stopAt(at(DAY1, 10, 15));
        open();
        assertThat(broadcaster.listenerCount(ScheduleUpdates.TOPIC, eventId())).isEqualTo(1);

        fixtures.as(p.organizer(), () -> planning.cancel(p.slug(), p.hackathon()));
        awaitPush(() -> part("Raum Trave", "kogge-nowboard-next").contains("abgesagt"));

        assertThat(part("Raum Trave", "kogge-nowboard-next"))
                .containsExactly("Danach", "11:30", "abgesagt", "Hafen-Hackathon", "Kai Kollege (Lübeck)");

        fixtures.as(p.organizer(), () -> planning.place(p.slug(), p.levels(), p.trave(), p.slot1230()));
        awaitPush(() -> part("Raum Trave", "kogge-nowboard-now").contains("Gerade keine Session"));
        assertThat(part("Raum Trave", "kogge-nowboard-now")).containsExactly("Jetzt", "Gerade keine Session");

        // A ScheduleChanged (here: without any transaction) makes the board read the schedule again, at the time now.
        clock.stopAt(at(DAY1, 11, 5));
        publisher.publishEvent(new ScheduleChanged(eventId()));
        awaitPush(() -> !_find(Paragraph.class, x -> x.withClasses("kogge-nowboard-banner")).isEmpty());
        assertThat(_get(Paragraph.class, x -> x.withClasses("kogge-nowboard-banner")).getText())
                .isEqualTo("Kaffeepause bis 11:30");
    }

    @Test
    void whenASlotEndsTheBoardMovesOnByItself() {
        programmes.publish(p);
        clock.stopAt(at(DAY1, 10, 15));
        open();

        clock.stopAt(at(DAY1, 10, 40));
        poll();
        assertThat(_get(Span.class, s -> s.withClasses("kogge-nowboard-clock")).getText()).isEqualTo("10:40");
        assertThat(part("Saal Elbe", "kogge-nowboard-now")).contains("Sensornetze im Kanal");

        clock.stopAt(at(DAY1, 11, 5));
        poll();
        assertThat(_get(Paragraph.class, x -> x.withClasses("kogge-nowboard-banner")).getText())
                .isEqualTo("Kaffeepause bis 11:30");
        assertThat(part("Saal Elbe", "kogge-nowboard-now")).containsExactly("Jetzt", "Gerade keine Session");
        assertThat(part("Saal Elbe", "kogge-nowboard-next")).contains("11:30", "Energie aus Abwasser");

        clock.stopAt(at(DAY1, 12, 45));
        poll();
        _assertNone(Paragraph.class, x -> x.withClasses("kogge-nowboard-banner"));
        assertThat(part("Saal Elbe", "kogge-nowboard-now")).contains("Energie aus Abwasser", "bis 13:30");
        assertThat(part("Saal Elbe", "kogge-nowboard-next")).contains("So., 31.10.2027, 10:00", "Rückblick");
        assertThat(part("Raum Trave", "kogge-nowboard-now")).containsExactly("Jetzt", "Gerade keine Session");
        assertThat(part("Raum Trave", "kogge-nowboard-next")).containsExactly("Danach", "Keine weitere Session");
    }

    @Test
    void aCancelledSessionRunningNowIsMarked() {
        programmes.publish(p);
        fixtures.as(p.organizer(), () -> planning.cancel(p.slug(), p.levels()));
        clock.stopAt(at(DAY1, 10, 15));

        open();

        assertThat(part("Raum Trave", "kogge-nowboard-now")).containsExactly("Jetzt", "abgesagt", "Pegel offen teilen",
                "Kai Kollege (Lübeck)");
    }

    @Test
    void leavingTheBoardStopsListeningAndPolling() {
        programmes.publish(p);
        open();
        assertThat(broadcaster.listenerCount(ScheduleUpdates.TOPIC, eventId())).isEqualTo(1);

        UI.getCurrent().navigate("events/" + p.slug());

        assertThat(broadcaster.listenerCount(ScheduleUpdates.TOPIC, eventId())).isZero();
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
    }

    @Test
    void unpublishedScheduleIsNotShownToThePublic() {
        clock.stopAt(at(DAY1, 10, 15));
        open();

        assertThat(_get(Paragraph.class, x -> x.withClasses("kogge-nowboard-message")).getText())
                .isEqualTo("Das Programm ist noch nicht veröffentlicht. Schauen Sie bald wieder vorbei.");
        _assertNone(Section.class, s -> s.withClasses("kogge-nowboard-room"));
    }

    @Test
    void draftEventIsNotFound() {
        String organizer = fixtures.person("Dora Draft", Role.ORGANIZER).email();
        String draft = fixtures.event(organizer, "Barcamp Entwurf", EventKind.BARCAMP, 20, EventState.DRAFT).slug();

        UI.getCurrent().navigate("events/" + draft + "/now");

        _get(ErrorViews.ThingNotFound.class);
    }

    private long eventId() {
        return publicSchedules.eventIdOf(p.slug());
    }
}
