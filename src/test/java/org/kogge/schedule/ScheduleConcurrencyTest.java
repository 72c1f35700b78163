package org.kogge.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kogge.testing.ScheduleFixtures.DAY1;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.kogge.account.Role;
import org.kogge.common.InvalidInputException;
import org.kogge.event.EventService;
import org.kogge.testing.Races;
import org.kogge.testing.ScheduleFixtures;
import org.kogge.testing.ServiceTestBase;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Organizers placing sessions at the same moment: one room and slot is never given twice, one host never gets two
 * sessions at once. Meaningful on MariaDB (run with -Dkogge.test.profiles=test,mariadb), where the event row lock
 * and READ COMMITTED after it are what keeps the checks and writes together.
 */
class ScheduleConcurrencyTest extends ServiceTestBase {

    @Autowired RoomSlotService roomSlots;
    @Autowired PlanningService planning;
    @Autowired ScheduleFixtures sf;
    @Autowired EventService events;

    @Test
    void racingOrganizersNeverPlaceTwoSessionsIntoOneRoomAndSlot() throws Exception {
        String olga = fixtures.person("Olga Orga", Role.ORGANIZER).email();
        String otto = fixtures.person("Otto Orga", Role.ORGANIZER).email();
        String slug = sf.barcamp(olga, "Gedränge");
        fixtures.as(olga, () -> events.addOrganizerByEmail(slug, otto));
        RoomDto saal = fixtures.as(olga, () -> roomSlots.addRoom(slug, new RoomForm("Bürgerschaftssaal", 100, null, true)));
        SlotDto slot = fixtures.as(olga, () -> roomSlots.addSlot(slug,
                new SlotForm(DAY1, LocalTime.of(9, 0), LocalTime.of(9, 45), SlotKind.SESSION, null)));
        List<Long> sessions = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String host = sf.participant(slug, "Host" + i + " Person");
            sessions.add(sf.session(slug, olga, host, "Session " + i, 1));
        }
        List<Callable<Boolean>> tasks = new ArrayList<>();
        for (int i = 0; i < sessions.size(); i++) {
            long id = sessions.get(i);
            String who = i % 2 == 0 ? olga : otto;
            tasks.add(() -> attempt(who, () -> planning.place(slug, id, saal.id(), slot.id())));
        }
        List<Boolean> results = Races.race(tasks);

        assertThat(results).filteredOn(ok -> ok).hasSize(1);
        ScheduleSnapshot snap = fixtures.as(olga, () -> planning.planner(slug));
        assertThat(snap.placed()).hasSize(1);
        assertThat(planning.conflicts(snap)).isEmpty();
    }

    @Test
    void racingPlacementsNeverGiveOneHostTwoRoomsAtOnce() throws Exception {
        String olga = fixtures.person("Olga Orga", Role.ORGANIZER).email();
        String slug = sf.barcamp(olga, "Doppelrolle");
        SlotDto slot = fixtures.as(olga, () -> roomSlots.addSlot(slug,
                new SlotForm(DAY1, LocalTime.of(9, 0), LocalTime.of(9, 45), SlotKind.SESSION, null)));
        String erika = sf.participant(slug, "Erika Expertin");
        List<Callable<Boolean>> tasks = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            RoomDto room = fixtures.as(olga, () -> roomSlots.addRoom(slug, new RoomForm("Raum " + tasks.size(), 50, null, true)));
            long id = sf.session(slug, olga, erika, "Erikas Session " + i, 1);
            tasks.add(() -> attempt(olga, () -> planning.place(slug, id, room.id(), slot.id())));
        }
        List<Boolean> results = Races.race(tasks);

        assertThat(results).filteredOn(ok -> ok).hasSize(1);
        assertThat(fixtures.as(olga, () -> planning.planner(slug)).placed()).hasSize(1);
    }

    private boolean attempt(String who, Runnable work) {
        try {
            fixtures.as(who, work);
            return true;
        } catch (InvalidInputException e) {
            assertThat(e.problems().get(0).messageKey()).isIn("schedule.place.room-taken", "schedule.place.host-busy");
            return false;
        }
    }
}
