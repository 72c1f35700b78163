package org.kogge.testing;

import static org.kogge.testing.ScheduleFixtures.DAY1;
import static org.kogge.testing.ScheduleFixtures.DAY2;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.kogge.account.Role;
import org.kogge.schedule.PlanningService;
import org.kogge.schedule.RoomDto;
import org.kogge.schedule.RoomForm;
import org.kogge.schedule.RoomSlotService;
import org.kogge.schedule.SlotDto;
import org.kogge.schedule.SlotForm;
import org.kogge.schedule.SlotKind;
import org.springframework.stereotype.Component;

/**
 * Calendar test data through the real services: a published barcamp over the night clocks go back (see
 * {@link ScheduleFixtures}) with two rooms, slots on both days and placed sessions.
 */
@Component
public class CalendarFixtures {

    private final Fixtures fixtures;
    private final ScheduleFixtures sf;
    private final RoomSlotService roomSlots;
    private final PlanningService planning;

    public CalendarFixtures(Fixtures fixtures, ScheduleFixtures sf, RoomSlotService roomSlots, PlanningService planning) {
        this.fixtures = fixtures;
        this.sf = sf;
        this.roomSlots = roomSlots;
        this.planning = planning;
    }

    /** A barcamp and what the tests change in it. Slots: day 1 10:00, 11:00; day 2 (after the change) 10:00. */
    public record Camp(String organizer, String slug, String host, List<RoomDto> rooms, List<SlotDto> slots,
                       List<Long> sessions) {
    }

    /**
     * A published barcamp with the given session titles, placed one after another in the first room (first title
     * in the first slot, ...; the fourth and later go to the second room, hosted by Bea Berg), unpublished if
     * {@code publish} is false.
     */
    public Camp camp(String title, boolean publish, String... sessionTitles) {
        String organizer = fixtures.person("Olga Orga", Role.ORGANIZER).email();
        String slug = sf.barcamp(organizer, title);
        String host = sf.participant(slug, "Hanna Host");
        List<RoomDto> rooms = fixtures.as(organizer, () -> List.of(
                roomSlots.addRoom(slug, new RoomForm("Trave", 40, null, true)),
                roomSlots.addRoom(slug, new RoomForm("Wakenitz", 20, null, false))));
        List<SlotDto> slots = new ArrayList<>();
        slots.add(slot(organizer, slug, DAY1, "10:00", "10:45"));
        slots.add(slot(organizer, slug, DAY1, "11:00", "11:45"));
        slots.add(slot(organizer, slug, DAY2, "10:00", "10:45"));
        String second = sessionTitles.length > slots.size() ? sf.participant(slug, "Bea Berg") : host;
        List<Long> sessions = new ArrayList<>();
        for (int i = 0; i < sessionTitles.length; i++) {
            long id = sf.session(slug, organizer, i < slots.size() ? host : second, sessionTitles[i], 1);
            SlotDto s = slots.get(i % slots.size());
            RoomDto r = rooms.get(i / slots.size() % rooms.size());
            fixtures.as(organizer, () -> planning.place(slug, id, r.id(), s.id()));
            sessions.add(id);
        }
        if (publish) {
            fixtures.as(organizer, () -> planning.publish(slug));
        }
        return new Camp(organizer, slug, host, rooms, slots, sessions);
    }

    /** A new participant of the camp (with a seat) who hosts none of its sessions: whose agenda holds only stars. */
    public String attendee(Camp camp) {
        return sf.participant(camp.slug(), "Tim Teilnehmer");
    }

    public SlotDto slot(String organizer, String slug, LocalDate day, String from, String to) {
        return fixtures.as(organizer, () -> roomSlots.addSlot(slug,
                new SlotForm(day, LocalTime.parse(from), LocalTime.parse(to), SlotKind.SESSION, null)));
    }
}
