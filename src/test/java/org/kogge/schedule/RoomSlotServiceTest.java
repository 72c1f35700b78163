package org.kogge.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kogge.testing.ScheduleFixtures.DAY1;
import static org.kogge.testing.ScheduleFixtures.DAY2;

import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kogge.account.Role;
import org.kogge.common.InvalidInputException;
import org.kogge.common.NotFoundException;
import org.kogge.common.StaleEditException;
import org.kogge.event.EventKind;
import org.kogge.event.EventState;
import org.springframework.security.access.AccessDeniedException;

/** Rooms, time slots and generated days (see {@link RoomSlotService}). */
class RoomSlotServiceTest extends ScheduleTestBase {

    // ---- rooms ----------------------------------------------------------------------------------------------

    @Test
    void roomsAreAddedEditedReorderedAndRemoved() {
        RoomDto saal = room("Bürgerschaftssaal", 120);
        RoomDto stube = asOrga(() -> roomSlots.addRoom(slug, new RoomForm("  Kriegsstube ", 30, " 1. OG, Treppe ", false)));
        assertThat(stube.name()).isEqualTo("Kriegsstube");
        assertThat(stube.notes()).isEqualTo("1. OG, Treppe");
        assertThat(stube.accessible()).isFalse();
        assertThat(stube.position()).isEqualTo(1);

        asOrga(() -> roomSlots.updateRoom(slug, saal.id(), new RoomForm("Audienzsaal", 80, null, true)));
        asOrga(() -> roomSlots.moveRoom(slug, stube.id(), -1));
        assertThat(asOrga(() -> roomSlots.rooms(slug))).extracting(RoomDto::name).containsExactly("Kriegsstube", "Audienzsaal");
        asOrga(() -> roomSlots.moveRoom(slug, stube.id(), -5));
        assertThat(asOrga(() -> roomSlots.rooms(slug))).extracting(RoomDto::name).containsExactly("Kriegsstube", "Audienzsaal");

        asOrga(() -> roomSlots.removeRoom(slug, stube.id()));
        assertThat(asOrga(() -> roomSlots.rooms(slug))).extracting(RoomDto::name, RoomDto::capacity, RoomDto::position)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Audienzsaal", 80, 0));
        assertThat(heard.stream(ScheduleChanged.class)).isNotEmpty();
    }

    @Test
    void badRoomsAreRefusedWithFieldMessages() {
        room("Hörsaal", 100);
        InvalidInputException blank = catchInvalid(() -> roomSlots.addRoom(slug, new RoomForm("  ", 0, "x".repeat(301), true)));
        assertThat(blank.byField().keySet()).containsExactlyInAnyOrder("name", "capacity", "notes");
        assertThat(blank.byField().get("capacity").messageKey()).isEqualTo("schedule.room.capacity.range");
        InvalidInputException twice = catchInvalid(() -> roomSlots.addRoom(slug, new RoomForm("hörsaal", null, null, true)));
        assertThat(twice.byField().get("name").messageKey()).isEqualTo("schedule.room.name-taken");
        assertThat(asOrga(() -> roomSlots.rooms(slug))).hasSize(1);
    }

    // ---- lost updates -------------------------------------------------------------------------------------

    @Test
    void aRoomSavedFromAnOlderVersionIsRefusedAndNothingIsSaved() {
        RoomDto saal = room("Bürgerschaftssaal", 120);
        RoomForm mine = asOrga(() -> roomSlots.roomForm(slug, saal.id()));
        RoomForm theirs = asOrga(() -> roomSlots.roomForm(slug, saal.id()));
        theirs.setCapacity(80);
        asOrga(() -> roomSlots.updateRoom(slug, saal.id(), theirs));
        heard.clear();

        mine.setName("Audienzsaal");
        assertThatThrownBy(() -> asOrga(() -> roomSlots.updateRoom(slug, saal.id(), mine)))
                .isInstanceOf(StaleEditException.class);
        assertThat(asOrga(() -> roomSlots.rooms(slug))).extracting(RoomDto::name, RoomDto::capacity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Bürgerschaftssaal", 80));
        assertThat(heard.stream(ScheduleChanged.class)).isEmpty();

        // Taking the current version, the next save deliberately overwrites.
        mine.setVersion(asOrga(() -> roomSlots.roomForm(slug, saal.id())).getVersion());
        asOrga(() -> roomSlots.updateRoom(slug, saal.id(), mine));
        assertThat(asOrga(() -> roomSlots.rooms(slug))).extracting(RoomDto::name, RoomDto::capacity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Audienzsaal", 120));
    }

    @Test
    void reorderingRoomsDoesNotMakeTheirFormsStale() {
        RoomDto saal = room("Bürgerschaftssaal", 120);
        RoomDto stube = room("Kriegsstube", 30);
        RoomForm form = asOrga(() -> roomSlots.roomForm(slug, saal.id()));
        asOrga(() -> roomSlots.moveRoom(slug, stube.id(), -1));
        form.setCapacity(100);
        assertThat(asOrga(() -> roomSlots.updateRoom(slug, saal.id(), form)).capacity()).isEqualTo(100);
    }

    @Test
    void aSlotSavedFromAnOlderVersionIsRefusedAndNothingIsSaved() {
        SlotDto s = slot(DAY1, "09:00", "09:45", SlotKind.SESSION);
        SlotForm mine = asOrga(() -> roomSlots.slotForm(slug, s.id()));
        SlotForm theirs = asOrga(() -> roomSlots.slotForm(slug, s.id()));
        theirs.setLabel("Eröffnung");
        asOrga(() -> roomSlots.updateSlot(slug, s.id(), theirs));
        heard.clear();

        mine.setEnd(LocalTime.of(10, 0));
        assertThatThrownBy(() -> asOrga(() -> roomSlots.updateSlot(slug, s.id(), mine)))
                .isInstanceOf(StaleEditException.class);
        assertThat(asOrga(() -> roomSlots.slots(slug))).singleElement().satisfies(x -> {
            assertThat(x.endsAt()).isEqualTo(at(DAY1, "09:45"));
            assertThat(x.label()).isEqualTo("Eröffnung");
        });
        assertThat(heard.stream(ScheduleChanged.class)).isEmpty();

        mine.setVersion(asOrga(() -> roomSlots.slotForm(slug, s.id())).getVersion());
        asOrga(() -> roomSlots.updateSlot(slug, s.id(), mine));
        assertThat(asOrga(() -> roomSlots.slots(slug))).singleElement().satisfies(x -> {
            assertThat(x.endsAt()).isEqualTo(at(DAY1, "10:00"));
            assertThat(x.label()).isNull();
        });
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

        InvalidInputException overlap = catchInvalid(() -> roomSlots.addSlot(slug,
                new SlotForm(DAY1, LocalTime.of(9, 30), LocalTime.of(10, 15), SlotKind.SESSION, null)));
        assertThat(overlap.problems().get(0).messageKey()).isEqualTo("schedule.slot.overlap");
        assertThat(overlap.problems().get(0).args()).containsExactly("09:00", "09:45");

        InvalidInputException outside = catchInvalid(() -> roomSlots.addSlot(slug,
                new SlotForm(DAY2.plusDays(1), LocalTime.of(9, 0), LocalTime.of(10, 0), SlotKind.SESSION, null)));
        assertThat(outside.byField().get("day").messageKey()).isEqualTo("schedule.slot.day-outside");
        InvalidInputException backwards = catchInvalid(() -> roomSlots.addSlot(slug,
                new SlotForm(DAY1, LocalTime.of(11, 0), LocalTime.of(10, 0), SlotKind.SESSION, null)));
        assertThat(backwards.byField().get("end").messageKey()).isEqualTo("schedule.slot.end-before-start");
        InvalidInputException missing = catchInvalid(() -> roomSlots.addSlot(slug,
                new SlotForm(null, null, LocalTime.of(10, 0), null, "x".repeat(81))));
        assertThat(missing.byField().keySet()).containsExactlyInAnyOrder("day", "start", "kind", "label");

        SlotDto edited = asOrga(() -> roomSlots.updateSlot(slug, s.id(),
                new SlotForm(DAY1, LocalTime.of(9, 15), LocalTime.of(10, 0), SlotKind.PLENARY, " Eröffnung ")));
        assertThat(edited.label()).isEqualTo("Eröffnung");
        assertThat(asOrga(() -> roomSlots.slotForm(slug, s.id())).getStart()).isEqualTo(LocalTime.of(9, 15));
        assertThat(asOrga(() -> roomSlots.slots(slug))).hasSize(3);
        assertThat(asOrga(() -> roomSlots.days(slug))).containsExactly(DAY1, DAY2);
    }

    @Test
    void generatorBuildsADayWithLunchBreakAlsoOnTheDstDay() {
        List<SlotDto> day = asOrga(() -> roomSlots.generateDay(slug, new DayPlanForm(DAY2, LocalTime.of(9, 0),
                LocalTime.of(17, 0), 45, 15, LocalTime.of(12, 0), 60)));
        List<String> times = day.stream().map(s -> s.startsAt().atZone(BERLIN).toLocalTime() + "-"
                + s.endsAt().atZone(BERLIN).toLocalTime() + " " + s.kind()).toList();
        assertThat(times).containsExactly("09:00-09:45 SESSION", "10:00-10:45 SESSION", "11:00-11:45 SESSION",
                "12:00-13:00 BREAK", "13:00-13:45 SESSION", "14:00-14:45 SESSION", "15:00-15:45 SESSION",
                "16:00-16:45 SESSION");
        assertThat(day.get(0).startsAt()).isEqualTo(Instant.parse("2027-10-31T08:00:00Z"));

        InvalidInputException again = catchInvalid(() -> roomSlots.generateDay(slug, new DayPlanForm(DAY2,
                LocalTime.of(8, 0), LocalTime.of(10, 0), 45, 15, null, 0)));
        assertThat(again.problems().get(0).messageKey()).isEqualTo("schedule.plan.overlap");
        assertThat(asOrga(() -> roomSlots.slots(slug))).hasSize(8);

        InvalidInputException bad = catchInvalid(() -> roomSlots.generateDay(slug, new DayPlanForm(DAY1,
                LocalTime.of(9, 0), LocalTime.of(17, 0), 5, -1, null, 0)));
        assertThat(bad.byField().keySet()).containsExactlyInAnyOrder("sessionMinutes", "gapMinutes");
        InvalidInputException lunch = catchInvalid(() -> roomSlots.generateDay(slug, new DayPlanForm(DAY1,
                LocalTime.of(9, 0), LocalTime.of(17, 0), 45, 15, LocalTime.of(16, 30), 60)));
        assertThat(lunch.byField().get("lunchStart").messageKey()).isEqualTo("schedule.plan.lunch-outside");
        InvalidInputException tooShort = catchInvalid(() -> roomSlots.generateDay(slug, new DayPlanForm(DAY1,
                LocalTime.of(9, 0), LocalTime.of(9, 30), 45, 15, null, 0)));
        assertThat(tooShort.problems().get(0).messageKey()).isEqualTo("schedule.plan.no-slot");
    }

    @Test
    void removingARoomOrSlotSendsItsSessionsBackAndLogsIt() {
        TwoOfEach g = twoOfEach(2);
        asOrga(() -> planning.place(slug, g.s1(), g.saal().id(), g.first().id()));
        asOrga(() -> planning.place(slug, g.s2(), g.stube().id(), g.first().id()));
        fixtures.as(organizer, () -> planning.publish(slug));

        assertThat(asOrga(() -> roomSlots.removeRoom(slug, g.saal().id()))).isEqualTo(1);
        // Removing the second slot of the two-slot session shortens it; removing its first sends it back.
        assertThat(asOrga(() -> roomSlots.removeSlot(slug, g.second().id()))).isZero();
        ScheduleSnapshot snap = asOrga(() -> planning.planner(slug));
        assertThat(snap.placed()).singleElement().satisfies(s -> assertThat(s.endsAt()).isEqualTo(g.first().endsAt()));
        assertThat(asOrga(() -> roomSlots.removeSlot(slug, g.first().id()))).isEqualTo(1);
        snap = asOrga(() -> planning.planner(slug));
        assertThat(snap.placed()).isEmpty();
        assertThat(snap.unplaced()).extracting(ScheduledSession::id).containsExactlyInAnyOrder(g.s1(), g.s2());
        assertThat(changes()).extracting(ScheduleChange::getKind, ScheduleChange::getTitle).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ChangeKind.REMOVED, "Starkregen-Frühwarnung"),
                org.assertj.core.groups.Tuple.tuple(ChangeKind.MOVED, "Starkregen-Frühwarnung"),
                org.assertj.core.groups.Tuple.tuple(ChangeKind.REMOVED, "Sensornetze im Kanal"));
    }

    // ---- access -------------------------------------------------------------------------------------------

    @Test
    void onlyOrganizersOfTheEventMayChangeTheSchedule() {
        RoomDto saal = room("Bürgerschaftssaal", 100);
        String other = fixtures.person("Otto Orga", Role.ORGANIZER).email();
        for (String who : List.of(erika, other)) {
            assertThatThrownBy(() -> fixtures.as(who, () -> roomSlots.addRoom(slug, new RoomForm("Saal", 10, null, true))))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> fixtures.as(who, () -> roomSlots.removeRoom(slug, saal.id())))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> fixtures.as(who, () -> planning.publish(slug)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> fixtures.as(who, () -> planning.planner(slug)))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> roomSlots.rooms(slug)).isInstanceOf(AccessDeniedException.class);
        // Admins may.
        assertThat(fixtures.as(org.kogge.testing.Fixtures.ADMIN,
                () -> roomSlots.addRoom(slug, new RoomForm("Audienzsaal", 50, null, true))).name()).isEqualTo("Audienzsaal");
    }

    @Test
    void onlyBarcampsHaveASchedule() {
        String ceremony = fixtures.event(organizer, "Unterzeichnung", EventKind.CEREMONY, 30, EventState.PUBLISHED).slug();
        assertThatThrownBy(() -> fixtures.as(organizer, () -> planning.planner(ceremony)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> fixtures.as(organizer, () -> roomSlots.addRoom(ceremony, new RoomForm("Saal", 10, null, true))))
                .isInstanceOf(NotFoundException.class);
    }
}
