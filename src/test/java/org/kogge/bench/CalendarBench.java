package org.kogge.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kogge.testing.ScheduleFixtures.DAY1;
import static org.kogge.testing.ScheduleFixtures.DAY2;

import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.kogge.account.Role;
import org.kogge.ical.CalendarDocument;
import org.kogge.calendar.CalendarService;
import org.kogge.ical.IcsWriter;
import org.kogge.schedule.PlanningService;
import org.kogge.schedule.RoomDto;
import org.kogge.schedule.RoomForm;
import org.kogge.schedule.RoomSlotService;
import org.kogge.schedule.SlotDto;
import org.kogge.schedule.SlotForm;
import org.kogge.schedule.SlotKind;
import org.kogge.testing.ScheduleFixtures;
import org.kogge.testing.ServiceTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * Calendar benchmark: the SQL statements behind an event's calendar with 50 and with 500 placed sessions (must be
 * the same), the time to build and render it with 500, and then, at 500, the rendered feeds ({@link FeedBench}):
 * today's path against the cached one, in the same run. Run with {@code ./mvnw -Pbench verify} (H2) or with
 * {@code -Dkogge.test.profiles=test,mariadb} and KOGGE_DB_* set (MariaDB). Prints its figures; asserts only
 * correctness (every session in the calendar) and constancy of the statement count.
 */
@Import(FeedBench.class)
class CalendarBench extends ServiceTestBase {

    static final int ROOMS = 10;

    @Autowired CalendarService calendars;
    @Autowired IcsWriter writer;
    @Autowired RoomSlotService roomSlots;
    @Autowired PlanningService planning;
    @Autowired ScheduleFixtures sf;
    @Autowired EntityManagerFactory emf;
    @Autowired FeedBench feeds;

    @Test
    void eventCalendarWithManySessions() {
        String organizer = fixtures.person("Olga Orga", Role.ORGANIZER).email();
        String slug = sf.barcamp(organizer, "Kalender-Barcamp");
        List<RoomDto> rooms = new ArrayList<>();
        List<String> hosts = new ArrayList<>();
        for (int r = 0; r < ROOMS; r++) {
            int n = r;
            rooms.add(fixtures.as(organizer, () -> roomSlots.addRoom(slug, new RoomForm("Raum " + n, 30, null, true))));
            hosts.add(sf.participant(slug, "Host" + n + " Beispiel"));
        }
        List<SlotDto> slots = new ArrayList<>();
        for (LocalDate day : List.of(DAY1, DAY2)) {
            for (LocalTime t = LocalTime.of(7, 0); t.isBefore(LocalTime.of(21, 30)); t = t.plusMinutes(30)) {
                LocalTime start = t;
                slots.add(fixtures.as(organizer, () -> roomSlots.addSlot(slug,
                        new SlotForm(day, start, start.plusMinutes(25), SlotKind.SESSION, null))));
            }
        }
        assertThat(rooms.size() * slots.size()).isGreaterThanOrEqualTo(500);

        long t0 = System.nanoTime();
        place(slug, organizer, rooms, hosts, slots, 0, 50);
        double setup50 = (System.nanoTime() - t0) / 1e9;
        fixtures.as(organizer, () -> planning.publish(slug));
        long statements50 = statements(slug);
        assertThat(calendars.eventCalendar(slug, Locale.GERMAN).events()).hasSize(51);

        t0 = System.nanoTime();
        place(slug, organizer, rooms, hosts, slots, 50, 500);
        double setup500 = (System.nanoTime() - t0) / 1e9;
        long statements500 = statements(slug);
        assertThat(statements500).isEqualTo(statements50);

        int runs = 10;
        long bytes = 0;
        CalendarDocument doc = null;
        calendars.eventCalendar(slug, Locale.GERMAN); // warm up
        t0 = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            doc = calendars.eventCalendar(slug, Locale.GERMAN);
        }
        double buildMillis = (System.nanoTime() - t0) / 1e6 / runs;
        t0 = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            bytes = writer.write(doc.name(), doc.events()).length;
        }
        double renderMillis = (System.nanoTime() - t0) / 1e6 / runs;
        assertThat(doc.events()).hasSize(501);

        System.out.printf(Locale.ROOT, "%n=== Kogge calendar benchmark (%s) ===%n", fixtures.databaseName());
        System.out.printf(Locale.ROOT, "event calendar SQL statements: %d with 50 sessions, %d with 500%n",
                statements50, statements500);
        System.out.printf(Locale.ROOT, "event calendar with 500 sessions: %.1f ms to load (ETag ready), "
                + "%.1f ms to render, %d KiB%n", buildMillis, renderMillis, bytes / 1024);
        System.out.printf(Locale.ROOT, "set-up through the services: 50 sessions in %.1f s, 450 more in %.1f s%n",
                setup50, setup500);
        feeds.compare(slug);
        System.out.println("===");
    }

    /** Proposes, accepts and places sessions {@code from} to {@code to}: session i in room i % 10 by its host. */
    private void place(String slug, String organizer, List<RoomDto> rooms, List<String> hosts, List<SlotDto> slots,
                       int from, int to) {
        for (int i = from; i < to; i++) {
            int room = i % ROOMS;
            SlotDto slot = slots.get(i / ROOMS);
            long id = sf.session(slug, organizer, hosts.get(room), "Session " + i + " über Wasser, Wind; Watt", 1);
            fixtures.as(organizer, () -> planning.place(slug, id, rooms.get(room).id(), slot.id()));
        }
    }

    private long statements(String slug) {
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        stats.clear();
        calendars.eventCalendar(slug, Locale.GERMAN);
        return stats.getPrepareStatementCount();
    }
}
