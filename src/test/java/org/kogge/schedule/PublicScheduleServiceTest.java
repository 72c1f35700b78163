package org.kogge.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kogge.testing.ProgrammeFixtures.at;
import static org.kogge.testing.ScheduleFixtures.DAY1;
import static org.kogge.testing.ScheduleFixtures.DAY2;

import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kogge.account.Role;
import org.kogge.common.NotFoundException;
import org.kogge.event.EventKind;
import org.kogge.event.EventState;
import org.kogge.schedule.PublicScheduleService.Change;
import org.kogge.schedule.PublicScheduleService.NowBoard;
import org.kogge.schedule.PublicScheduleService.Programme;
import org.kogge.schedule.PublicScheduleService.RoomNow;
import org.kogge.testing.ProgrammeFixtures;
import org.kogge.testing.ServiceTestBase;
import org.kogge.testing.StoppedClock;
import org.springframework.beans.factory.annotation.Autowired;

class PublicScheduleServiceTest extends ServiceTestBase {

    @Autowired PublicScheduleService service;
    @Autowired PlanningService planning;
    @Autowired StarService stars;
    @Autowired ProgrammeFixtures programmes;
    @Autowired StoppedClock clock;
    @Autowired EntityManagerFactory emf;

    ProgrammeFixtures.Programme p;

    @BeforeEach
    void programme() {
        clock.run();
        p = programmes.programme();
    }

    @AfterEach
    void runClock() {
        clock.run();
    }

    private static List<String> titles(Programme programme) {
        return programme.days().stream().flatMap(d -> d.sessions().stream()).map(s -> s.content().title()).toList();
    }

    @Test
    void beforePublishingThePublicSeesNoSessionsAndOrganizersAPreview() {
        Programme anonymous = service.programme(p.slug(), null, null);
        assertThat(anonymous.visibility()).isEqualTo(Visibility.NOT_PUBLISHED);
        assertThat(titles(anonymous)).isEmpty();
        assertThat(anonymous.topics()).isEmpty();
        assertThatThrownBy(() -> service.session(p.slug(), p.sensors())).isInstanceOf(NotFoundException.class);
        assertThat(service.links(p.slug())).isEmpty();

        login(p.kai());
        assertThat(service.programme(p.slug(), null, null).visibility()).isEqualTo(Visibility.NOT_PUBLISHED);

        login(p.organizer());
        Programme preview = service.programme(p.slug(), null, null);
        assertThat(preview.visibility()).isEqualTo(Visibility.PREVIEW);
        assertThat(titles(preview)).containsExactly("Sensornetze im Kanal", "Pegel offen teilen",
                "Energie aus Abwasser", "Hafen-Hackathon", "Rückblick");
        assertThat(service.links(p.slug()).orElseThrow().visibility()).isEqualTo(Visibility.PREVIEW);
    }

    @Test
    void programmeHasDaysWithSlotsAndSessionsAndTheFiltersInEffect() {
        programmes.publish(p);

        Programme all = service.programme(p.slug(), null, null);
        assertThat(all.visibility()).isEqualTo(Visibility.PUBLISHED);
        assertThat(all.days()).extracting(PublicScheduleService.Day::date).containsExactly(DAY1, DAY2);
        assertThat(all.days().get(0).slots()).hasSize(4);
        assertThat(all.days().get(0).slotsOf(all.days().get(0).sessions().get(2)))
                .extracting(SlotDto::id).containsExactly(p.slot1130(), p.slot1230());
        assertThat(all.topics()).extracting(t -> t.name()).containsExactly("Energie", "Wasser");
        assertThat(all.sessionCount()).isEqualTo(5);
        assertThat(all.loggedIn()).isFalse();

        Programme water = service.programme(p.slug(), p.water(), null);
        assertThat(titles(water)).containsExactly("Sensornetze im Kanal", "Pegel offen teilen");
        assertThat(water.topicId()).isEqualTo(p.water());
        assertThat(water.rooms()).hasSize(2);

        Programme trave = service.programme(p.slug(), null, p.trave());
        assertThat(titles(trave)).containsExactly("Pegel offen teilen", "Hafen-Hackathon");
        assertThat(trave.rooms()).extracting(RoomDto::name).containsExactly("Raum Trave");
        assertThat(trave.allRooms()).hasSize(2);

        Programme unknown = service.programme(p.slug(), 987_654L, 987_655L);
        assertThat(unknown.topicId()).isNull();
        assertThat(unknown.roomId()).isNull();
        assertThat(unknown.filtered()).isFalse();
        assertThat(titles(unknown)).hasSize(5);
    }

    @Test
    void changesSincePublicationNewestFirstAtMostEight() {
        programmes.publish(p);
        Instant published = Instant.now();
        for (int i = 1; i <= 10; i++) {
            clock.stopAt(published.plusSeconds(60L * i));
            long room = i % 2 == 1 ? p.elbe() : p.trave();
            fixtures.as(p.organizer(), () -> planning.place(p.slug(), p.review(), room, p.day2slot10()));
        }
        clock.stopAt(published.plusSeconds(3600));
        fixtures.as(p.organizer(), () -> planning.cancel(p.slug(), p.hackathon()));

        List<Change> changes = service.programme(p.slug(), null, null).changes();

        assertThat(changes).hasSize(PublicScheduleService.CHANGES_SHOWN);
        assertThat(changes.get(0).kind()).isEqualTo(ChangeKind.CANCELLED);
        assertThat(changes.get(0).title()).isEqualTo("Hafen-Hackathon");
        assertThat(changes.get(1).kind()).isEqualTo(ChangeKind.MOVED);
        assertThat(changes.get(1).oldRoom()).isEqualTo("Saal Elbe");
        assertThat(changes.get(1).newRoom()).isEqualTo("Raum Trave");
        assertThat(changes).extracting(Change::changedAt).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void sessionPageHasTheSanitizedAbstractAndTheCallersStar() {
        programmes.publish(p);
        login(p.lena());
        stars.toggle(p.slug(), p.sensors());

        PublicScheduleService.SessionPage page = service.session(p.slug(), p.sensors());

        assertThat(page.session().roomName()).isEqualTo("Saal Elbe");
        assertThat(page.abstractHtml()).startsWith("<div class=\"kogge-markdown\">")
                .contains("<p>Worum es in <strong>Sensornetze im Kanal</strong> geht</p>");
        assertThat(page.starred()).isTrue();
        assertThat(service.session(p.slug(), p.levels()).starred()).isFalse();
        assertThat(service.programme(p.slug(), null, null).starred()).containsExactly(p.sensors());
        assertThatThrownBy(() -> service.session(p.slug(), 999_999L)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void nowBoardKnowsWhatRunsWhatComesAndWhenToLookAgain() {
        programmes.publish(p);

        clock.stopAt(at(DAY1, 10, 15));
        NowBoard board = service.now(p.slug());
        RoomNow elbe = board.rooms().get(0);
        assertThat(elbe.room().name()).isEqualTo("Saal Elbe");
        assertThat(elbe.now().id()).isEqualTo(p.sensors());
        assertThat(elbe.next().id()).isEqualTo(p.wastewater());
        assertThat(board.specialSlot()).isNull();
        assertThat(board.refreshAt()).isEqualTo(at(DAY1, 11, 0));

        clock.stopAt(at(DAY1, 11, 0));
        board = service.now(p.slug());
        assertThat(board.rooms().get(0).now()).isNull();
        assertThat(board.specialSlot().label()).isEqualTo("Kaffeepause");
        assertThat(board.refreshAt()).isEqualTo(at(DAY1, 11, 30));

        clock.stopAt(at(DAY1, 13, 30));
        board = service.now(p.slug());
        assertThat(board.rooms().get(0).now()).isNull();
        assertThat(board.rooms().get(0).next().id()).isEqualTo(p.review());
        assertThat(board.rooms().get(1).next()).isNull();
        assertThat(board.refreshAt()).isEqualTo(at(DAY2, 10, 0));

        clock.stopAt(at(DAY2, 11, 0));
        assertThat(service.now(p.slug()).refreshAt()).isNull();
    }

    @Test
    void eventPageLinksToTheNowBoardOnlyAroundTheEvent() {
        programmes.publish(p);

        clock.stopAt(at(DAY1, 6, 0));
        assertThat(service.links(p.slug()).orElseThrow().live()).isFalse();
        clock.stopAt(at(DAY1, 7, 30));
        assertThat(service.links(p.slug()).orElseThrow().live()).isTrue();
        clock.stopAt(at(DAY2, 16, 59));
        assertThat(service.links(p.slug()).orElseThrow().live()).isTrue();
        clock.stopAt(at(DAY2, 17, 0));
        assertThat(service.links(p.slug()).orElseThrow().live()).isFalse();
    }

    @Test
    void draftsAndOtherKindsOfEventsAreNotFound() {
        String organizer = fixtures.person("Dora Draft", Role.ORGANIZER).email();
        String draft = fixtures.event(organizer, "Barcamp Entwurf", EventKind.BARCAMP, 20, EventState.DRAFT).slug();
        String ceremony = fixtures.event(organizer, "Festakt", EventKind.CEREMONY, 20, EventState.PUBLISHED).slug();

        assertThatThrownBy(() -> service.programme(draft, null, null)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.now(draft)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.programme(ceremony, null, null)).isInstanceOf(NotFoundException.class);
        assertThat(service.links(ceremony)).isEmpty();
        login(organizer);
        assertThat(service.programme(draft, null, null).visibility()).isEqualTo(Visibility.PREVIEW);
    }

    @Test
    void programmeCostsAFixedNumberOfStatementsWhateverTheNumberOfSessions() {
        String few = programmes.programmeOf(5, 5);
        String many = programmes.programmeOf(40, 5);
        login(fixtures.person("Vera Viewer").email());

        long withFive = statements(few, 5);
        long withForty = statements(many, 40);

        assertThat(withForty).isEqualTo(withFive);
    }

    private long statements(String slug, int sessions) {
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        stats.clear();
        Programme programme = service.programme(slug, null, null);
        long count = stats.getPrepareStatementCount();
        assertThat(programme.sessionCount()).isEqualTo(sessions);
        return count;
    }
}
