package org.kogge.schedule.autoplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The solver on small constructed barcamps whose best plan is known. */
class AutoPlannerTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final Instant DAY = Instant.parse("2027-05-10T07:00:00Z");

    private final AutoPlanner planner = new AutoPlanner(Duration.ofSeconds(3));

    @Test
    void sessionsWithTheSameVotersNeverShareASlot() {
        List<PlanRoom> rooms = List.of(room(1, 30, true), room(2, 30, true));
        List<PlanSlot> slots = slots(true, true);
        List<PlanSession> sessions = List.of(
                session(1, people(1, 10)), session(2, people(1, 10)),
                session(3, people(11, 20)), session(4, people(11, 20)));

        PlanSolution plan = planner.solve(problem(rooms, slots, sessions));

        assertThat(plan.getScore().isFeasible()).isTrue();
        assertThat(AutoPlanner.figures(plan)).isEqualTo(new PlanFigures(0, 0, 0));
        assertThat(slotOf(plan, 1)).isNotEqualTo(slotOf(plan, 2));
        assertThat(slotOf(plan, 3)).isNotEqualTo(slotOf(plan, 4));
    }

    @Test
    void theMostVotedSessionGetsTheBiggestRoom() {
        List<PlanRoom> rooms = List.of(room(1, 10, true), room(2, 50, true));
        List<PlanSession> sessions = List.of(session(1, people(1, 5)), session(2, people(6, 45)));

        PlanSolution plan = planner.solve(problem(rooms, slots(true), sessions));

        assertThat(roomOf(plan, 2)).isEqualTo(2);
        assertThat(roomOf(plan, 1)).isEqualTo(1);
        assertThat(AutoPlanner.figures(plan).tooSmall()).isZero();
    }

    @Test
    void aPinnedSessionStaysWhereItIs() {
        List<PlanRoom> rooms = List.of(room(1, 10, true), room(2, 50, true));
        List<PlanSlot> slots = slots(true, true);
        // Popular, yet pinned into the small room's last slot: the solver must leave it there.
        PlanSession pinned = new PlanSession(1, "S1", 1, Set.of(101L), Set.of(), people(1, 40), 40, false,
                new Spot(rooms.get(0), slots.get(1)), true);
        List<PlanSession> sessions = List.of(pinned, session(2, people(1, 5)));

        PlanSolution plan = planner.solve(problem(rooms, slots, sessions));

        assertThat(roomOf(plan, 1)).isEqualTo(1);
        assertThat(slotOf(plan, 1)).isEqualTo(slots.get(1).id());
        assertThat(slotOf(plan, 2)).isEqualTo(slots.get(0).id()); // shares five people with the pinned one
    }

    @Test
    void aTwoSlotSessionTakesTwoDirectlyFollowingSlotsOfOneRoom() {
        List<PlanRoom> rooms = List.of(room(1, 30, true));
        List<PlanSlot> slots = slots(true, false, true, true); // a break in the second slot
        PlanSession workshop = new PlanSession(1, "Workshop", 2, Set.of(101L), Set.of(), people(1, 5), 5, false,
                null, false);
        List<PlanSession> sessions = List.of(workshop, session(2, people(6, 8)));

        PlanSolution plan = planner.solve(problem(rooms, slots, sessions));

        assertThat(plan.getScore().isFeasible()).isTrue();
        assertThat(AutoPlanner.figures(plan).unplaced()).isZero();
        assertThat(slotOf(plan, 1)).isEqualTo(slots.get(2).id());
        assertThat(slotOf(plan, 2)).isEqualTo(slots.get(0).id());
    }

    @Test
    void aSessionThatNeedsStepFreeAccessGetsAStepFreeRoom() {
        List<PlanRoom> rooms = List.of(room(1, 100, false), room(2, 10, true));
        PlanSession needs = new PlanSession(1, "S1", 1, Set.of(101L), Set.of(), people(1, 40), 40, true, null, false);
        List<PlanSession> sessions = List.of(needs, session(2, people(41, 45)));

        PlanSolution plan = planner.solve(problem(rooms, slots(true), sessions));

        assertThat(plan.getScore().isFeasible()).isTrue();
        assertThat(roomOf(plan, 1)).isEqualTo(2);
    }

    @Test
    void aHostIsNeverInTwoSessionsAtOnce() {
        List<PlanRoom> rooms = List.of(room(1, 30, true), room(2, 30, true));
        PlanSession a = new PlanSession(1, "A", 1, Set.of(7L), Set.of(), people(1, 3), 3, false, null, false);
        PlanSession b = new PlanSession(2, "B", 1, Set.of(7L), Set.of(), people(4, 6), 3, false, null, false);

        PlanSolution plan = planner.solve(problem(rooms, slots(true, true), List.of(a, b)));

        assertThat(plan.getScore().isFeasible()).isTrue();
        assertThat(slotOf(plan, 1)).isNotEqualTo(slotOf(plan, 2));
    }

    @Test
    void theReasonsNameThePeopleWhoMustChoose() {
        List<PlanRoom> rooms = List.of(room(1, 30, true), room(2, 30, true));
        List<PlanSession> sessions = List.of(session(1, people(1, 12)), session(2, people(1, 12)));

        PlanSolution plan = planner.solve(problem(rooms, slots(true), sessions)); // one slot: they must meet

        assertThat(planner.reasons(plan)).contains(
                new Reason(AutoPlanConstraints.SHARED_AUDIENCE, List.of("S1", "S2"), 12));
        assertThat(AutoPlanner.figures(plan).mustChoose()).isEqualTo(12);
    }

    // ---- building problems ----------------------------------------------------------------------------------

    private static PlanRoom room(long id, int capacity, boolean stepFree) {
        return new PlanRoom(id, "R" + id, capacity, stepFree);
    }

    /** Hour-long slots from 9:00 on, one day; {@code false} marks a break. */
    private static List<PlanSlot> slots(boolean... forSessions) {
        List<PlanSlot> slots = new ArrayList<>();
        for (int i = 0; i < forSessions.length; i++) {
            Instant start = DAY.plus(Duration.ofHours(i));
            slots.add(new PlanSlot(10 + i, start, start.plus(Duration.ofHours(1)), forSessions[i]));
        }
        PlanSlot.link(slots, ZONE);
        return slots;
    }

    /** A one-slot session with its own host, expected audience as large as its audience. */
    private static PlanSession session(long id, Set<Long> audience) {
        return new PlanSession(id, "S" + id, 1, Set.of(100 + id), Set.of(), audience, audience.size(), false, null,
                false);
    }

    private static Set<Long> people(long from, long to) {
        return LongStream.rangeClosed(from, to).boxed().collect(Collectors.toSet());
    }

    private static PlanSolution problem(List<PlanRoom> rooms, List<PlanSlot> slots, List<PlanSession> sessions) {
        List<Spot> spots = rooms.stream().flatMap(r -> slots.stream().filter(PlanSlot::forSessions)
                .map(s -> new Spot(r, s))).toList();
        // A pinned session keeps the very spot object it came with, so the value range must hold that one.
        List<Spot> all = new ArrayList<>(spots);
        sessions.stream().filter(PlanSession::isFixed).map(PlanSession::getSpot).filter(x -> !all.contains(x))
                .forEach(all::add);
        return new PlanSolution(all, sessions, AutoPlanWeights.DEFAULTS);
    }

    private static PlanSession byId(PlanSolution plan, long id) {
        return plan.getSessions().stream().filter(s -> s.getId() == id).findFirst().orElseThrow();
    }

    private static long slotOf(PlanSolution plan, long id) {
        return byId(plan, id).getSpot().slot().id();
    }

    private static long roomOf(PlanSolution plan, long id) {
        return byId(plan, id).getSpot().room().id();
    }
}
