package org.kogge.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kogge.testing.ScheduleFixtures.DAY1;
import static org.kogge.testing.ScheduleFixtures.DAY2;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kogge.account.Role;
import org.kogge.common.InvalidInputException;
import org.kogge.common.NotFoundException;
import org.kogge.event.EventKind;
import org.kogge.event.EventState;
import org.kogge.testing.ScheduleFixtures;
import org.kogge.testing.ServiceTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@RecordApplicationEvents
class ScheduleServiceTest extends ServiceTestBase {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Autowired ScheduleService schedule;
    @Autowired ScheduleReader reader;
    @Autowired ScheduleFixtures sf;
    @Autowired org.kogge.proposal.ProposalService proposals;
    @Autowired ApplicationEvents heard;
    @Autowired jakarta.persistence.EntityManagerFactory emf;

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
        return asOrga(() -> schedule.addRoom(slug, new RoomForm(name, capacity, null, true)));
    }

    SlotDto slot(java.time.LocalDate day, String from, String to, SlotKind kind) {
        return asOrga(() -> schedule.addSlot(slug, new SlotForm(day, LocalTime.parse(from), LocalTime.parse(to), kind, null)));
    }

    static Instant at(java.time.LocalDate day, String time) {
        return ZonedDateTime.of(day, LocalTime.parse(time), BERLIN).toInstant();
    }

    static List<String> keys(InvalidInputException e) {
        return e.problems().stream().map(InvalidInputException.Problem::messageKey).toList();
    }

    // ---- rooms ----------------------------------------------------------------------------------------------

    @Test
    void roomsAreAddedEditedReorderedAndRemoved() {
        RoomDto saal = room("Bürgerschaftssaal", 120);
        RoomDto stube = asOrga(() -> schedule.addRoom(slug, new RoomForm("  Kriegsstube ", 30, " 1. OG, Treppe ", false)));
        assertThat(stube.name()).isEqualTo("Kriegsstube");
        assertThat(stube.notes()).isEqualTo("1. OG, Treppe");
        assertThat(stube.accessible()).isFalse();
        assertThat(stube.position()).isEqualTo(1);

        asOrga(() -> schedule.updateRoom(slug, saal.id(), new RoomForm("Audienzsaal", 80, null, true)));
        asOrga(() -> schedule.moveRoom(slug, stube.id(), -1));
        assertThat(asOrga(() -> schedule.rooms(slug))).extracting(RoomDto::name).containsExactly("Kriegsstube", "Audienzsaal");
        asOrga(() -> schedule.moveRoom(slug, stube.id(), -5));
        assertThat(asOrga(() -> schedule.rooms(slug))).extracting(RoomDto::name).containsExactly("Kriegsstube", "Audienzsaal");

        asOrga(() -> schedule.removeRoom(slug, stube.id()));
        assertThat(asOrga(() -> schedule.rooms(slug))).extracting(RoomDto::name, RoomDto::capacity, RoomDto::position)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Audienzsaal", 80, 0));
        assertThat(heard.stream(ScheduleChanged.class)).isNotEmpty();
    }

    @Test
    void badRoomsAreRefusedWithFieldMessages() {
        room("Hörsaal", 100);
        InvalidInputException blank = catchInvalid(() -> schedule.addRoom(slug, new RoomForm("  ", 0, "x".repeat(301), true)));
        assertThat(blank.byField().keySet()).containsExactlyInAnyOrder("name", "capacity", "notes");
        assertThat(blank.byField().get("capacity").messageKey()).isEqualTo("schedule.room.capacity.range");
        InvalidInputException twice = catchInvalid(() -> schedule.addRoom(slug, new RoomForm("hörsaal", null, null, true)));
        assertThat(twice.byField().get("name").messageKey()).isEqualTo("schedule.room.name-taken");
        assertThat(asOrga(() -> schedule.rooms(slug))).hasSize(1);
    }

    InvalidInputException catchInvalid(Runnable work) {
        try {
            fixtures.as(organizer, work);
        } catch (InvalidInputException e) {
            return e;
        }
        throw new AssertionError("no InvalidInputException");
    }

    // ---- slots --------------------------------------------------------------------------------------------

    @Test
    void slotsAreStoredAsInstantsOfTheEventZoneAndMustNotOverlap() {
        SlotDto s = slot(DAY1, "09:00", "09:45", SlotKind.SESSION);
        assertThat(s.startsAt()).isEqualTo(Instant.parse("2027-10-30T07:00:00Z"));
        // The second day is the last Sunday of October: clocks went back at 03:00, Berlin is UTC+1 again.
        SlotDto sunday = slot(DAY2, "09:00", "09:45", SlotKind.SESSION);
        assertThat(sunday.startsAt()).isEqualTo(Instant.parse("2027-10-31T08:00:00Z"));
        // A slot over the changeover lasts an hour longer than its wall-clock times say.
        SlotDto night = slot(DAY2, "01:30", "03:30", SlotKind.BREAK);
        assertThat(java.time.Duration.between(night.startsAt(), night.endsAt())).hasHours(3);

        InvalidInputException overlap = catchInvalid(() -> schedule.addSlot(slug,
                new SlotForm(DAY1, LocalTime.of(9, 30), LocalTime.of(10, 15), SlotKind.SESSION, null)));
        assertThat(overlap.problems().get(0).messageKey()).isEqualTo("schedule.slot.overlap");
        assertThat(overlap.problems().get(0).args()).containsExactly("09:00", "09:45");

        InvalidInputException outside = catchInvalid(() -> schedule.addSlot(slug,
                new SlotForm(DAY2.plusDays(1), LocalTime.of(9, 0), LocalTime.of(10, 0), SlotKind.SESSION, null)));
        assertThat(outside.byField().get("day").messageKey()).isEqualTo("schedule.slot.day-outside");
        InvalidInputException backwards = catchInvalid(() -> schedule.addSlot(slug,
                new SlotForm(DAY1, LocalTime.of(11, 0), LocalTime.of(10, 0), SlotKind.SESSION, null)));
        assertThat(backwards.byField().get("end").messageKey()).isEqualTo("schedule.slot.end-before-start");
        InvalidInputException missing = catchInvalid(() -> schedule.addSlot(slug,
                new SlotForm(null, null, LocalTime.of(10, 0), null, "x".repeat(81))));
        assertThat(missing.byField().keySet()).containsExactlyInAnyOrder("day", "start", "kind", "label");

        SlotDto edited = asOrga(() -> schedule.updateSlot(slug, s.id(),
                new SlotForm(DAY1, LocalTime.of(9, 15), LocalTime.of(10, 0), SlotKind.PLENARY, " Eröffnung ")));
        assertThat(edited.label()).isEqualTo("Eröffnung");
        assertThat(asOrga(() -> schedule.slotForm(slug, s.id())).getStart()).isEqualTo(LocalTime.of(9, 15));
        assertThat(asOrga(() -> schedule.slots(slug))).hasSize(3);
        assertThat(asOrga(() -> schedule.days(slug))).containsExactly(DAY1, DAY2);
    }

    @Test
    void generatorBuildsADayWithLunchBreakAlsoOnTheDstDay() {
        List<SlotDto> day = asOrga(() -> schedule.generateDay(slug, new DayPlanForm(DAY2, LocalTime.of(9, 0),
                LocalTime.of(17, 0), 45, 15, LocalTime.of(12, 0), 60)));
        List<String> times = day.stream().map(s -> s.startsAt().atZone(BERLIN).toLocalTime() + "-"
                + s.endsAt().atZone(BERLIN).toLocalTime() + " " + s.kind()).toList();
        assertThat(times).containsExactly("09:00-09:45 SESSION", "10:00-10:45 SESSION", "11:00-11:45 SESSION",
                "12:00-13:00 BREAK", "13:00-13:45 SESSION", "14:00-14:45 SESSION", "15:00-15:45 SESSION",
                "16:00-16:45 SESSION");
        assertThat(day.get(0).startsAt()).isEqualTo(Instant.parse("2027-10-31T08:00:00Z"));

        InvalidInputException again = catchInvalid(() -> schedule.generateDay(slug, new DayPlanForm(DAY2,
                LocalTime.of(8, 0), LocalTime.of(10, 0), 45, 15, null, 0)));
        assertThat(again.problems().get(0).messageKey()).isEqualTo("schedule.plan.overlap");
        assertThat(asOrga(() -> schedule.slots(slug))).hasSize(8);

        InvalidInputException bad = catchInvalid(() -> schedule.generateDay(slug, new DayPlanForm(DAY1,
                LocalTime.of(9, 0), LocalTime.of(17, 0), 5, -1, null, 0)));
        assertThat(bad.byField().keySet()).containsExactlyInAnyOrder("sessionMinutes", "gapMinutes");
        InvalidInputException lunch = catchInvalid(() -> schedule.generateDay(slug, new DayPlanForm(DAY1,
                LocalTime.of(9, 0), LocalTime.of(17, 0), 45, 15, LocalTime.of(16, 30), 60)));
        assertThat(lunch.byField().get("lunchStart").messageKey()).isEqualTo("schedule.plan.lunch-outside");
        InvalidInputException tooShort = catchInvalid(() -> schedule.generateDay(slug, new DayPlanForm(DAY1,
                LocalTime.of(9, 0), LocalTime.of(9, 30), 45, 15, null, 0)));
        assertThat(tooShort.problems().get(0).messageKey()).isEqualTo("schedule.plan.no-slot");
    }

    // ---- placing --------------------------------------------------------------------------------------------

    @Test
    void sessionsArePlacedMovedAndSentBack() {
        RoomDto saal = room("Bürgerschaftssaal", 100);
        RoomDto stube = room("Kriegsstube", 30);
        SlotDto first = slot(DAY1, "09:00", "09:45", SlotKind.SESSION);
        SlotDto second = slot(DAY1, "10:00", "10:45", SlotKind.SESSION);
        long s1 = sf.session(slug, organizer, erika, "Sensornetze im Kanal", 1);
        long s2 = sf.session(slug, organizer, malte, "Starkregen-Frühwarnung", 1);

        PlaceResult r = asOrga(() -> schedule.place(slug, s1, saal.id(), first.id()));
        assertThat(r.warnings()).isEmpty();
        ScheduleSnapshot snap = asOrga(() -> schedule.planner(slug));
        assertThat(snap.placed()).extracting(ScheduledSession::id).containsExactly(s1);
        assertThat(snap.unplaced()).extracting(ScheduledSession::id).containsExactly(s2);
        assertThat(snap.placed().get(0).startsAt()).isEqualTo(first.startsAt());
        assertThat(snap.placed().get(0).roomName()).isEqualTo("Bürgerschaftssaal");
        // Dropping it onto the same place again changes nothing (no new sequence, no new changedAt).
        ScheduleSnapshot before = snap;
        asOrga(() -> schedule.place(slug, s1, saal.id(), first.id()));
        snap = asOrga(() -> schedule.planner(slug));
        assertThat(snap.placed().get(0).sequence()).isEqualTo(before.placed().get(0).sequence());
        assertThat(snap.changedAt()).isEqualTo(before.changedAt());

        asOrga(() -> schedule.place(slug, s1, stube.id(), second.id()));
        asOrga(() -> schedule.place(slug, s2, saal.id(), first.id()));
        snap = asOrga(() -> schedule.planner(slug));
        assertThat(snap.placed()).extracting(ScheduledSession::id, ScheduledSession::roomId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(s2, saal.id()),
                        org.assertj.core.groups.Tuple.tuple(s1, stube.id()));

        fixtures.as(organizer, () -> schedule.unplace(slug, s1));
        snap = asOrga(() -> schedule.planner(slug));
        assertThat(snap.unplaced()).extracting(ScheduledSession::id).containsExactly(s1);
        InvalidInputException notPlaced = catchInvalid(() -> schedule.unplace(slug, s1));
        assertThat(keys(notPlaced)).containsExactly("schedule.session.not-placed");
        // No change log before publishing.
        assertThat(fixtures.as(organizer, () -> schedule.changes(slug, 10))).isEmpty();
    }

    @Test
    void hardConflictsAreRefusedWithTheOtherSessionNamed() {
        RoomDto saal = room("Bürgerschaftssaal", 100);
        RoomDto stube = room("Kriegsstube", 30);
        SlotDto first = slot(DAY1, "09:00", "09:45", SlotKind.SESSION);
        long s1 = sf.session(slug, organizer, erika, "Sensornetze im Kanal", 1);
        long s2 = sf.session(slug, organizer, malte, "Starkregen-Frühwarnung", 1);
        long s3 = sf.session(slug, organizer, erika, "Pegeldaten als Open Data", 1);
        asOrga(() -> schedule.place(slug, s1, saal.id(), first.id()));

        InvalidInputException roomTaken = catchInvalid(() -> schedule.place(slug, s2, saal.id(), first.id()));
        assertThat(roomTaken.problems().get(0).messageKey()).isEqualTo("schedule.place.room-taken");
        assertThat(roomTaken.problems().get(0).args()).containsExactly("Sensornetze im Kanal");
        InvalidInputException hostBusy = catchInvalid(() -> schedule.place(slug, s3, stube.id(), first.id()));
        assertThat(hostBusy.problems().get(0).messageKey()).isEqualTo("schedule.place.host-busy");
        assertThat(asOrga(() -> schedule.planner(slug)).placed()).extracting(ScheduledSession::id).containsExactly(s1);

        // A session that is no longer accepted leaves the schedule, and its place is free again.
        fixtures.as(organizer, () -> proposals.reopen(slug, s1));
        asOrga(() -> schedule.place(slug, s2, saal.id(), first.id()));
        assertThat(asOrga(() -> schedule.planner(slug)).placed()).extracting(ScheduledSession::id).containsExactly(s2);

        InvalidInputException unknownRoom = catchInvalid(() -> schedule.place(slug, s2, 999_999L, first.id()));
        assertThat(keys(unknownRoom)).containsExactly("schedule.room.not-found");
        InvalidInputException unknownSlot = catchInvalid(() -> schedule.place(slug, s2, saal.id(), 999_999L));
        assertThat(keys(unknownSlot)).containsExactly("schedule.slot.not-found");
        InvalidInputException notAccepted = catchInvalid(() -> schedule.place(slug, 999_999L, saal.id(), first.id()));
        assertThat(keys(notAccepted)).containsExactly("schedule.session.not-accepted");
    }

    @Test
    void twoSlotSessionsTakeTheFollowingSlotInOneRoom() {
        RoomDto saal = room("Bürgerschaftssaal", 100);
        SlotDto first = slot(DAY1, "09:00", "09:45", SlotKind.SESSION);
        SlotDto second = slot(DAY1, "10:00", "10:45", SlotKind.SESSION);
        long workshop = sf.session(slug, organizer, erika, "LoRaWAN-Netz gemeinsam betreiben", 2);
        long talk = sf.session(slug, organizer, malte, "Pegeldaten als Open Data", 1);

        asOrga(() -> schedule.place(slug, workshop, saal.id(), first.id()));
        ScheduledSession w = asOrga(() -> schedule.planner(slug)).placed().get(0);
        assertThat(w.slotCount()).isEqualTo(2);
        assertThat(w.endsAt()).isEqualTo(second.endsAt());
        // Its second slot is taken in that room.
        InvalidInputException taken = catchInvalid(() -> schedule.place(slug, talk, saal.id(), second.id()));
        assertThat(keys(taken)).containsExactly("schedule.place.room-taken");

        // In the day's last slot it has no following slot: allowed, with a warning.
        PlaceResult last = asOrga(() -> schedule.place(slug, workshop, saal.id(), second.id()));
        assertThat(last.warnings()).extracting(Conflict::kind).containsExactly(ConflictKind.NO_FOLLOWING_SLOT);
        // A following slot appears: the session grows into it.
        SlotDto third = slot(DAY1, "11:00", "11:45", SlotKind.SESSION);
        ScheduleSnapshot snap = asOrga(() -> schedule.planner(slug));
        assertThat(snap.placed().get(0).endsAt()).isEqualTo(third.endsAt());
        assertThat(schedule.conflicts(snap)).isEmpty();
    }

    @Test
    void softConflictsAreAllowedAndEveryConflictIsFound() {
        RoomDto saal = room("Bürgerschaftssaal", 100);
        RoomDto stube = room("Kriegsstube", 1);
        SlotDto a = slot(DAY1, "09:00", "09:45", SlotKind.SESSION);
        SlotDto b = slot(DAY1, "10:00", "10:45", SlotKind.SESSION);
        SlotDto c = slot(DAY1, "11:00", "11:45", SlotKind.SESSION);
        SlotDto lunch = slot(DAY1, "12:00", "13:00", SlotKind.BREAK);
        String hanna = sf.participant(slug, "Hanna Host");
        long popular = sf.session(slug, organizer, hanna, "Sensornetze im Kanal", 1);
        long quiet = sf.session(slug, organizer, malte, "Pegeldaten als Open Data", 1);
        long workshop = sf.session(slug, organizer, erika, "LoRaWAN-Netz gemeinsam betreiben", 2);
        long leak = sf.session(slug, organizer, erika, "Leckageortung", 1);
        long talk = sf.session(slug, organizer, malte, "Trinkbrunnen", 1);
        sf.votes(slug, popular, List.of(sf.participant(slug, "Vera Voter"), sf.participant(slug, "Willi Wähler")));

        PlaceResult small = asOrga(() -> schedule.place(slug, popular, stube.id(), a.id()));
        assertThat(small.warnings()).singleElement().satisfies(x -> {
            assertThat(x.kind()).isEqualTo(ConflictKind.ROOM_TOO_SMALL);
            assertThat(x.isHard()).isFalse();
            assertThat(x.args()).containsExactly(1, 2L);
        });
        PlaceResult inBreak = asOrga(() -> schedule.place(slug, quiet, saal.id(), lunch.id()));
        assertThat(inBreak.warnings()).extracting(Conflict::kind).containsExactly(ConflictKind.BREAK_SLOT);
        assertThat(asOrga(() -> schedule.place(slug, workshop, saal.id(), a.id())).warnings()).isEmpty();
        asOrga(() -> schedule.place(slug, leak, stube.id(), c.id()));
        asOrga(() -> schedule.place(slug, talk, saal.id(), c.id()));

        // Hard conflicts can still arise from slot edits: without slot b the workshop runs on into slot c, where
        // its host Erika holds another session and the Saal is taken. They are shown until resolved.
        asOrga(() -> schedule.removeSlot(slug, b.id()));
        List<Conflict> all = schedule.conflicts(asOrga(() -> schedule.planner(slug)));
        assertThat(all).extracting(Conflict::kind, Conflict::sessionId, Conflict::otherSessionId)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(ConflictKind.ROOM_TOO_SMALL, popular, null),
                        org.assertj.core.groups.Tuple.tuple(ConflictKind.BREAK_SLOT, quiet, null),
                        org.assertj.core.groups.Tuple.tuple(ConflictKind.HOST_TWICE, workshop, leak),
                        org.assertj.core.groups.Tuple.tuple(ConflictKind.HOST_TWICE, leak, workshop),
                        org.assertj.core.groups.Tuple.tuple(ConflictKind.ROOM_TWICE, workshop, talk),
                        org.assertj.core.groups.Tuple.tuple(ConflictKind.ROOM_TWICE, talk, workshop));
        assertThat(all).filteredOn(x -> x.kind() == ConflictKind.HOST_TWICE && x.sessionId() == workshop)
                .singleElement().satisfies(x -> assertThat(x.args()).containsExactly("Leckageortung", "Kriegsstube"));
        // Publishing waits until hard conflicts are resolved.
        InvalidInputException publish = catchInvalid(() -> schedule.publish(slug));
        assertThat(keys(publish)).containsExactly("schedule.publish.conflicts");
        fixtures.as(organizer, () -> schedule.unplace(slug, talk));
        fixtures.as(organizer, () -> schedule.unplace(slug, leak));
        assertThat(schedule.conflicts(asOrga(() -> schedule.planner(slug)))).allMatch(x -> !x.isHard());
        fixtures.as(organizer, () -> schedule.publish(slug));
        assertThat(asOrga(() -> schedule.planner(slug)).published()).isTrue();
    }

    // ---- publishing and the change log ------------------------------------------------------------------

    @Test
    void afterPublishingEveryChangeIsLoggedAndBumpsTheSequence() {
        RoomDto saal = room("Bürgerschaftssaal", 100);
        RoomDto stube = room("Kriegsstube", 30);
        SlotDto first = slot(DAY1, "09:00", "09:45", SlotKind.SESSION);
        SlotDto second = slot(DAY1, "10:00", "10:45", SlotKind.SESSION);
        long s1 = sf.session(slug, organizer, erika, "Sensornetze im Kanal", 1);
        long s2 = sf.session(slug, organizer, malte, "Starkregen-Frühwarnung", 1);
        asOrga(() -> schedule.place(slug, s1, saal.id(), first.id()));

        assertThat(fixtures.as(erika, () -> reader.published(slug)).sessions()).isEmpty();
        fixtures.as(organizer, () -> schedule.publish(slug));
        PublishedSchedule published = fixtures.as(erika, () -> reader.published(slug));
        assertThat(published.published()).isTrue();
        assertThat(published.sessions()).extracting(ScheduledSession::id).containsExactly(s1);
        int seq0 = published.sessions().get(0).sequence();
        Instant changed0 = published.changedAt();
        assertThat(fixtures.as(erika, () -> schedule.changes(slug, 10))).isEmpty();

        asOrga(() -> schedule.place(slug, s1, stube.id(), second.id()));          // moved
        asOrga(() -> schedule.place(slug, s2, saal.id(), first.id()));            // added
        fixtures.as(organizer, () -> schedule.cancel(slug, s2));                  // cancelled
        fixtures.as(organizer, () -> schedule.cancel(slug, s2));                  // nothing new
        fixtures.as(organizer, () -> schedule.restore(slug, s2));                 // restored
        asOrga(() -> schedule.updateSlot(slug, second.id(), new SlotForm(DAY1, LocalTime.of(10, 15),
                LocalTime.of(11, 0), SlotKind.SESSION, null)));                   // s1's time changed
        asOrga(() -> schedule.updateRoom(slug, stube.id(), new RoomForm("Hörsaal", 30, null, true))); // s1's room renamed
        fixtures.as(organizer, () -> schedule.unplace(slug, s2));                 // removed

        List<ScheduleChangeDto> log = fixtures.as(erika, () -> schedule.changes(slug, 10));
        assertThat(log).extracting(ScheduleChangeDto::kind).containsExactly(ChangeKind.REMOVED, ChangeKind.MOVED,
                ChangeKind.MOVED, ChangeKind.RESTORED, ChangeKind.CANCELLED, ChangeKind.ADDED, ChangeKind.MOVED);
        ScheduleChangeDto moved = log.get(6);
        assertThat(moved.title()).isEqualTo("Sensornetze im Kanal");
        assertThat(moved.oldRoom()).isEqualTo("Bürgerschaftssaal");
        assertThat(moved.newRoom()).isEqualTo("Kriegsstube");
        assertThat(moved.oldStartsAt()).isEqualTo(first.startsAt());
        assertThat(moved.newStartsAt()).isEqualTo(second.startsAt());
        assertThat(log.get(2).newStartsAt()).isEqualTo(at(DAY1, "10:15"));
        assertThat(log.get(1).oldRoom()).isEqualTo("Kriegsstube");
        assertThat(log.get(1).newRoom()).isEqualTo("Hörsaal");
        assertThat(fixtures.as(erika, () -> schedule.changes(slug, 2))).hasSize(2);
        assertThat(fixtures.as(erika, () -> schedule.changesSince(slug, log.get(0).changedAt(), 10))).isEmpty();

        PublishedSchedule after = fixtures.as(erika, () -> reader.published(slug));
        ScheduledSession s1Now = after.sessions().stream().filter(x -> x.id() == s1).findFirst().orElseThrow();
        assertThat(s1Now.sequence()).isEqualTo(seq0 + 3);
        assertThat(s1Now.roomName()).isEqualTo("Hörsaal");
        assertThat(after.changedAt()).isAfterOrEqualTo(changed0);
        assertThat(after.sessions()).extracting(ScheduledSession::id).containsExactly(s1);
        assertThat(asOrga(() -> schedule.planner(slug)).unplaced()).extracting(ScheduledSession::id).containsExactly(s2);
    }

    @Test
    void aCancelledSessionStaysVisibleAndIsRestoredOnlyIntoAFreeRoom() {
        RoomDto saal = room("Bürgerschaftssaal", 100);
        SlotDto first = slot(DAY1, "09:00", "09:45", SlotKind.SESSION);
        long s1 = sf.session(slug, organizer, erika, "Sensornetze im Kanal", 1);
        long s2 = sf.session(slug, organizer, malte, "Starkregen-Frühwarnung", 1);
        asOrga(() -> schedule.place(slug, s1, saal.id(), first.id()));
        fixtures.as(organizer, () -> schedule.publish(slug));
        fixtures.as(organizer, () -> schedule.cancel(slug, s1));

        PublishedSchedule snap = fixtures.as(erika, () -> reader.published(slug));
        assertThat(snap.sessions()).singleElement().satisfies(s -> {
            assertThat(s.id()).isEqualTo(s1);
            assertThat(s.isCancelled()).isTrue();
        });
        // Its place may be given to another session; then it cannot come back there.
        asOrga(() -> schedule.place(slug, s2, saal.id(), first.id()));
        InvalidInputException back = catchInvalid(() -> schedule.restore(slug, s1));
        assertThat(keys(back)).containsExactly("schedule.place.room-taken");
        assertThat(schedule.conflicts(asOrga(() -> schedule.planner(slug)))).isEmpty();
    }

    @Test
    void removingARoomOrSlotSendsItsSessionsBackAndLogsIt() {
        RoomDto saal = room("Bürgerschaftssaal", 100);
        RoomDto stube = room("Kriegsstube", 30);
        SlotDto first = slot(DAY1, "09:00", "09:45", SlotKind.SESSION);
        SlotDto second = slot(DAY1, "10:00", "10:45", SlotKind.SESSION);
        long s1 = sf.session(slug, organizer, erika, "Sensornetze im Kanal", 1);
        long s2 = sf.session(slug, organizer, malte, "Starkregen-Frühwarnung", 2);
        asOrga(() -> schedule.place(slug, s1, saal.id(), first.id()));
        asOrga(() -> schedule.place(slug, s2, stube.id(), first.id()));
        fixtures.as(organizer, () -> schedule.publish(slug));

        assertThat(asOrga(() -> schedule.removeRoom(slug, saal.id()))).isEqualTo(1);
        // Removing the second slot of the two-slot session shortens it; removing its first sends it back.
        assertThat(asOrga(() -> schedule.removeSlot(slug, second.id()))).isZero();
        ScheduleSnapshot snap = asOrga(() -> schedule.planner(slug));
        assertThat(snap.placed()).singleElement().satisfies(s -> assertThat(s.endsAt()).isEqualTo(first.endsAt()));
        assertThat(asOrga(() -> schedule.removeSlot(slug, first.id()))).isEqualTo(1);
        snap = asOrga(() -> schedule.planner(slug));
        assertThat(snap.placed()).isEmpty();
        assertThat(snap.unplaced()).extracting(ScheduledSession::id).containsExactlyInAnyOrder(s1, s2);
        assertThat(fixtures.as(erika, () -> schedule.changes(slug, 10))).extracting(ScheduleChangeDto::kind,
                ScheduleChangeDto::title).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ChangeKind.REMOVED, "Starkregen-Frühwarnung"),
                org.assertj.core.groups.Tuple.tuple(ChangeKind.MOVED, "Starkregen-Frühwarnung"),
                org.assertj.core.groups.Tuple.tuple(ChangeKind.REMOVED, "Sensornetze im Kanal"));
    }

    @Test
    void publishingNeedsAPlacedSession() {
        InvalidInputException empty = catchInvalid(() -> schedule.publish(slug));
        assertThat(keys(empty)).containsExactly("schedule.publish.empty");
    }

    // ---- statement count --------------------------------------------------------------------------------

    @Test
    void thePlannerCostsTheSameNumberOfStatementsWhateverItsSize() {
        RoomDto saal = room("Bürgerschaftssaal", 100);
        SlotDto first = slot(DAY1, "09:00", "09:45", SlotKind.SESSION);
        long one = sf.session(slug, organizer, erika, "Eins", 1);
        asOrga(() -> schedule.place(slug, one, saal.id(), first.id()));
        long few = statementsForPlanner();
        for (int i = 0; i < 6; i++) {
            RoomDto r = room("Raum " + i, 20 + i);
            SlotDto s = slot(DAY2, String.format("%02d:00", 9 + i), String.format("%02d:45", 9 + i), SlotKind.SESSION);
            String host = sf.participant(slug, "Host" + i + " Person");
            long id = sf.session(slug, organizer, host, "Session " + i, 1 + i % 2);
            asOrga(() -> schedule.place(slug, id, r.id(), s.id()));
            sf.session(slug, organizer, host, "Wartet " + i, 1);
        }
        long many = statementsForPlanner();
        assertThat(many).isLessThanOrEqualTo(few);
    }

    private long statementsForPlanner() {
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        stats.clear();
        List<Conflict> found = asOrga(() -> schedule.conflicts(schedule.planner(slug)));
        assertThat(found).isNotNull();
        return stats.getPrepareStatementCount();
    }

    // ---- access -------------------------------------------------------------------------------------------

    @Test
    void onlyOrganizersOfTheEventMayChangeTheSchedule() {
        RoomDto saal = room("Bürgerschaftssaal", 100);
        String other = fixtures.person("Otto Orga", Role.ORGANIZER).email();
        for (String who : List.of(erika, other)) {
            assertThatThrownBy(() -> fixtures.as(who, () -> schedule.addRoom(slug, new RoomForm("Saal", 10, null, true))))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> fixtures.as(who, () -> schedule.removeRoom(slug, saal.id())))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> fixtures.as(who, () -> schedule.publish(slug)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> fixtures.as(who, () -> schedule.planner(slug)))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> schedule.rooms(slug)).isInstanceOf(AccessDeniedException.class);
        // Admins may.
        assertThat(fixtures.as(org.kogge.testing.Fixtures.ADMIN,
                () -> schedule.addRoom(slug, new RoomForm("Audienzsaal", 50, null, true))).name()).isEqualTo("Audienzsaal");
    }

    @Test
    void onlyBarcampsHaveASchedule() {
        String ceremony = fixtures.event(organizer, "Unterzeichnung", EventKind.CEREMONY, 30, EventState.PUBLISHED).slug();
        assertThatThrownBy(() -> fixtures.as(organizer, () -> schedule.planner(ceremony)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> fixtures.as(organizer, () -> schedule.addRoom(ceremony, new RoomForm("Saal", 10, null, true))))
                .isInstanceOf(NotFoundException.class);
    }
}
