package org.kogge.schedule;

import static org.kogge.testing.ScheduleFixtures.DAY1;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.kogge.account.Role;
import org.kogge.common.InvalidInputException;
import org.kogge.testing.ScheduleFixtures;
import org.kogge.testing.ServiceTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** What the schedule's service tests share: a barcamp with its organizer and two participants, and shortcuts. */
@RecordApplicationEvents
abstract class ScheduleTestBase extends ServiceTestBase {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Autowired RoomSlotService roomSlots;
    @Autowired PlanningService planning;
    @Autowired ScheduleReader reader;
    @Autowired ScheduleFixtures sf;
    @Autowired org.kogge.proposal.ProposalService proposals;
    @Autowired org.kogge.proposal.ModerationService moderation;
    @Autowired ApplicationEvents heard;
    @Autowired jakarta.persistence.EntityManagerFactory emf;
    @Autowired ScheduleChangeRepository changeLog;

    String organizer;
    String slug;
    String erika;
    String malte;

    @BeforeEach
    void barcamp() {
        organizer = fixtures.person("Olga Orga", Role.ORGANIZER).email();
        slug = sf.barcamp(organizer, "Barcamp Smart Water");
        erika = sf.participant(slug, "Erika Expertin");
        malte = sf.participant(slug, "Malte Voss");
        heard.clear();
    }

    <T> T asOrga(java.util.function.Supplier<T> work) {
        return fixtures.as(organizer, work);
    }

    RoomDto room(String name, Integer capacity) {
        return asOrga(() -> roomSlots.addRoom(slug, new RoomForm(name, capacity, null, true)));
    }

    SlotDto slot(java.time.LocalDate day, String from, String to, SlotKind kind) {
        return asOrga(() -> roomSlots.addSlot(slug, new SlotForm(day, LocalTime.parse(from), LocalTime.parse(to), kind, null)));
    }

    /** Two rooms, two slots in a row on the first day and two sessions by different hosts, nothing placed yet. */
    record TwoOfEach(RoomDto saal, RoomDto stube, SlotDto first, SlotDto second, long s1, long s2) {
    }

    /** See {@link TwoOfEach}; the second session takes {@code slotsOfS2} slots. */
    TwoOfEach twoOfEach(int slotsOfS2) {
        return new TwoOfEach(room("Bürgerschaftssaal", 100), room("Kriegsstube", 30),
                slot(DAY1, "09:00", "09:45", SlotKind.SESSION), slot(DAY1, "10:00", "10:45", SlotKind.SESSION),
                sf.session(slug, organizer, erika, "Sensornetze im Kanal", 1),
                sf.session(slug, organizer, malte, "Starkregen-Frühwarnung", slotsOfS2));
    }

    /** The event's whole change log, newest first (what the public list shows the latest of). */
    List<ScheduleChange> changes() {
        long eventId = asOrga(() -> planning.planner(slug)).event().eventId();
        return changeLog.findByEventIdAndChangedAtAfterOrderByChangedAtDesc(eventId, Instant.EPOCH,
                org.springframework.data.domain.PageRequest.of(0, 100));
    }

    static Instant at(java.time.LocalDate day, String time) {
        return ZonedDateTime.of(day, LocalTime.parse(time), BERLIN).toInstant();
    }

    static List<String> keys(InvalidInputException e) {
        return e.problems().stream().map(InvalidInputException.Problem::messageKey).toList();
    }

    InvalidInputException catchInvalid(Runnable work) {
        try {
            fixtures.as(organizer, work);
        } catch (InvalidInputException e) {
            return e;
        }
        throw new AssertionError("no InvalidInputException");
    }
}
