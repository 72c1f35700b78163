package org.kogge.schedule;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.kogge.common.InvalidInputException;
import org.kogge.event.EventRef;
import org.kogge.proposal.BoardService;
import org.kogge.proposal.PlanningDemand;
import org.kogge.proposal.SessionContent;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organizer's planning of a barcamp's schedule: placing accepted sessions into rooms and slots, sending them
 * back, cancelling and restoring them, and publishing the schedule.
 * <p>
 * Placing refuses hard conflicts (a room or a host twice at the same time, see {@link Conflicts}); soft ones (room
 * too small, a break) are allowed and returned as warnings. Writes lock the event and, once the schedule is
 * published, log every change of a session's time, room or status (see {@link ScheduleWriter}).
 */
@Service
@Transactional(readOnly = true)
public class PlanningService {

    private final ScheduleWriter writer;
    private final ScheduleReader reader;
    private final RoomRepository rooms;
    private final TimeSlotRepository slots;
    private final PlacementRepository placements;
    private final BoardService boards;
    private final SessionStarRepository stars;

    PlanningService(ScheduleWriter writer, ScheduleReader reader, RoomRepository rooms, TimeSlotRepository slots,
                    PlacementRepository placements, BoardService boards, SessionStarRepository stars) {
        this.writer = writer;
        this.reader = reader;
        this.rooms = rooms;
        this.slots = slots;
        this.placements = placements;
        this.boards = boards;
        this.stars = stars;
    }

    // ---- reading (organizers) -------------------------------------------------------------------------------

    /** The whole schedule of a barcamp the caller organizes, published or not: what the planner shows. */
    public ScheduleSnapshot planner(String slug) {
        return reader.snapshot(writer.organized(slug));
    }

    /** A barcamp's schedule at a glance, for its organizers: published or not, last change, rooms, slots, sessions. */
    public ScheduleFigures figures(String slug) {
        return reader.figures(writer.organized(slug));
    }

    /** All conflicts of a schedule (see {@link ConflictKind}), in the order of its placed sessions. */
    public List<Conflict> conflicts(ScheduleSnapshot snapshot) {
        return Conflicts.of(snapshot);
    }

    /** What the auto-scheduler plans from (see {@link PlanningInput}); a fixed number of queries. */
    public PlanningInput planningInput(String slug) {
        EventRef t = writer.organized(slug);
        PlanningDemand demand = boards.planningDemand(t);
        Map<Long, Set<Long>> audience = new HashMap<>();
        demand.voters().forEach((id, people) -> audience.computeIfAbsent(id, k -> new HashSet<>()).addAll(people));
        for (Object[] row : stars.starsByProposal(t.eventId())) {
            audience.computeIfAbsent((Long) row[0], k -> new HashSet<>()).add((Long) row[1]);
        }
        Set<Long> pinned = placements.findByEventId(t.eventId()).stream().filter(Placement::isPinned)
                .map(Placement::getProposalId).collect(Collectors.toSet());
        return new PlanningInput(reader.snapshot(t), audience, demand.needsStepFree(), pinned);
    }

    /** The ids of the sessions an organizer pinned (see {@link #pin}). */
    public Set<Long> pinned(String slug) {
        return placements.findByEventId(writer.organized(slug).eventId()).stream().filter(Placement::isPinned)
                .map(Placement::getProposalId).collect(Collectors.toSet());
    }

    // ---- placing sessions -------------------------------------------------------------------------------------

    /**
     * Places an accepted session into a room from a slot on (two-slot sessions also take the day's following slot).
     * Refuses a room or a host that is busy at that time; returns the soft conflicts the session now has.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public PlaceResult place(String slug, long sessionId, long roomId, long slotId) {
        ScheduleWriter.Work w = writer.begin(slug);
        SessionContent c = acceptedOf(w, sessionId);
        Room room = rooms.findById(roomId).filter(r -> r.getEventId() == w.t.eventId())
                .orElseThrow(() -> new InvalidInputException("room", "schedule.room.not-found"));
        List<TimeSlot> all = slots.findByEventIdOrderByStartsAtAscIdAsc(w.t.eventId());
        ScheduledSession target = candidateAt(c, roomId, slotId, all, w.t.zone());
        List<Placement> list = placements.findByEventId(w.t.eventId());
        Placement p = list.stream().filter(x -> x.getProposalId() == sessionId).findFirst().orElse(null);
        if (p == null || p.getStatus() != PlacementStatus.CANCELLED) {
            refuseHardConflict(target, scheduled(w, list));
        }
        boolean created = p == null;
        if (created) {
            p = placements.save(new Placement(sessionId, w.t.eventId(), w.now));
        }
        boolean moved = moveTo(w, p, c, room, slotId, target.startsAt(), target.endsAt());
        placements.flush();
        if (created || moved) {
            w.changed();
        }
        List<Conflict> warnings = Conflicts.of(reader.snapshot(w.t)).stream()
                .filter(x -> x.sessionId() == sessionId).toList();
        return new PlaceResult(sessionId, warnings);
    }

    /**
     * Places many sessions as one change (an accepted auto-planned proposal): each where {@code spots} says, under
     * the rules of {@link #place}, checked against the schedule as it will be once all of them moved (so sessions
     * may swap places). Pinned sessions may not be moved. Logged once published, like single moves; listeners hear
     * of one change. Returns how many sessions changed place.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public int placeAll(String slug, List<SessionSpot> spots) {
        ScheduleWriter.Work w = writer.begin(slug);
        List<TimeSlot> all = slots.findByEventIdOrderByStartsAtAscIdAsc(w.t.eventId());
        Map<Long, Room> roomById = rooms.findByEventIdOrderByPositionAscIdAsc(w.t.eventId()).stream()
                .collect(Collectors.toMap(Room::getId, r -> r));
        Map<Long, Placement> byId = placements.findByEventId(w.t.eventId()).stream()
                .collect(Collectors.toMap(Placement::getProposalId, x -> x));
        List<ScheduledSession> planned = new ArrayList<>();
        for (SessionSpot spot : spots) {
            SessionContent c = acceptedOf(w, spot.sessionId());
            Placement p = byId.get(spot.sessionId());
            if (p != null && p.isPinned() && p.isPlaced()
                    && (p.getRoomId() != spot.roomId() || p.getSlotId() != spot.slotId())) {
                throw new InvalidInputException(null, "schedule.autoplan.pinned-moved", c.title());
            }
            if (!roomById.containsKey(spot.roomId())) {
                throw new InvalidInputException("room", "schedule.room.not-found");
            }
            planned.add(candidateAt(c, spot.roomId(), spot.slotId(), all, w.t.zone()));
        }
        Set<Long> moving = planned.stream().map(ScheduledSession::id).collect(Collectors.toSet());
        List<ScheduledSession> after = new ArrayList<>(planned);
        after.addAll(scheduled(w, byId.values().stream().filter(o -> !moving.contains(o.getProposalId())).toList()));
        for (ScheduledSession candidate : planned) {
            refuseHardConflict(candidate, after);
        }
        int moved = 0;
        for (ScheduledSession s : planned) {
            Placement p = byId.get(s.id());
            if (p == null) {
                p = placements.save(new Placement(s.id(), w.t.eventId(), w.now));
            }
            if (moveTo(w, p, s.content(), roomById.get(s.roomId()), s.slotId(), s.startsAt(), s.endsAt())) {
                moved++;
            }
        }
        w.changed();
        return moved;
    }

    /** Pins a placed session to its room and slot (or lets it go): auto-planned proposals keep pinned sessions. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public void pin(String slug, long sessionId, boolean pinned) {
        ScheduleWriter.Work w = writer.begin(slug);
        placedOf(w, sessionId).pin(pinned);
        w.changed();
    }

    /** Sends a session back to the side list (logged as removed once published). */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public void unplace(String slug, long sessionId) {
        ScheduleWriter.Work w = writer.begin(slug);
        Placement p = placedOf(w, sessionId);
        w.sendBack(p, writer.roomNames(w.t.eventId()).get(p.getRoomId()));
        w.changed();
    }

    /** Cancels a placed session: it stays in the schedule, shown as cancelled. Cancelling twice changes nothing. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public void cancel(String slug, long sessionId) {
        ScheduleWriter.Work w = writer.begin(slug);
        Placement p = placedOf(w, sessionId);
        if (p.getStatus() == PlacementStatus.SCHEDULED) {
            p.changeStatus(PlacementStatus.CANCELLED, w.now);
            logStatus(w, p, ChangeKind.CANCELLED, w.contents().get(sessionId));
        }
    }

    // ---- following moderation (ProposalDecisions calls these after a moderation committed) ---------------------

    /**
     * The proposal behind a session is no longer accepted (declined, reopened, merged). A placed session leaves a
     * published schedule the way an organizer's cancel does (change log, SEQUENCE, listeners), as
     * {@link PlacementStatus#WITHDRAWN}: calendars announce it cancelled, the programme no longer shows it. An
     * unpublished schedule just sends it off the grid. No access check: the moderation that caused it had one.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    void withdraw(long eventId, long sessionId) {
        ScheduleWriter.Work w = writer.followUp(eventId);
        Placement p = placedOrNull(eventId, sessionId);
        if (p == null || p.getStatus() == PlacementStatus.WITHDRAWN) {
            return;
        }
        boolean announced = p.getStatus() == PlacementStatus.CANCELLED;
        if (!w.state().isPublished()) {
            p.unplace(w.now);
        } else {
            p.changeStatus(PlacementStatus.WITHDRAWN, w.now);
            if (!announced) { // a cancelled one was announced as cancelled already: nothing new to log
                w.logInPlace(p, ChangeKind.CANCELLED, w.contentOf(sessionId));
            }
        }
        w.changed();
    }

    /**
     * A proposal was accepted (again). If its session still holds a place from before (withdrawn with it), it goes
     * back to the sessions to place: its old room and slot may have another session by now, and the public saw it
     * cancelled. Not logged: the programme did not show it.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    void returnToPlace(long eventId, long sessionId) {
        ScheduleWriter.Work w = writer.followUp(eventId);
        Placement p = placedOrNull(eventId, sessionId);
        if (p != null) {
            p.unplace(w.now);
            w.changed();
        }
    }

    /** Lets a cancelled session take place after all; refused if its room or a host is busy by now. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public void restore(String slug, long sessionId) {
        ScheduleWriter.Work w = writer.begin(slug);
        Placement p = placedOf(w, sessionId);
        if (p.getStatus() != PlacementStatus.CANCELLED) {
            return;
        }
        SessionContent c = acceptedOf(w, sessionId);
        refuseHardConflict(candidate(c, p.getRoomId(), p.getSlotId(), p.getStartsAt(), p.getEndsAt()),
                scheduled(w, placements.findByEventId(w.t.eventId())));
        p.changeStatus(PlacementStatus.SCHEDULED, w.now);
        logStatus(w, p, ChangeKind.RESTORED, c);
    }

    /**
     * Makes the schedule public. Refused while no session is placed, or while hard conflicts (left by slot edits)
     * remain. From now on every change is logged. Publishing again changes nothing.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public void publish(String slug) {
        ScheduleWriter.Work w = writer.begin(slug);
        if (w.state().isPublished()) {
            return;
        }
        ScheduleSnapshot s = reader.snapshot(w.t);
        if (s.placed().isEmpty()) {
            throw new InvalidInputException(null, "schedule.publish.empty");
        }
        long hard = Conflicts.of(s).stream().filter(Conflict::isHard).count();
        if (hard > 0) {
            throw new InvalidInputException(null, "schedule.publish.conflicts", hard);
        }
        w.published();
    }

    // ---- the rules ------------------------------------------------------------------------------------------------

    /**
     * Refuses a place where the session would meet another one in its room or share a host with it (see
     * {@link Conflicts}).
     */
    private static void refuseHardConflict(ScheduledSession candidate, List<ScheduledSession> others) {
        Conflicts.firstHard(candidate, others).ifPresent(x -> {
            String key = x.kind() == ConflictKind.ROOM_TWICE ? "schedule.place.room-taken" : "schedule.place.host-busy";
            throw new InvalidInputException("slot", key, x.args().get(0));
        });
    }

    /**
     * The session as it would stand in {@code roomId} from slot {@code slotId} on, over as many of {@code all} as it
     * takes that day; an unknown slot is refused.
     */
    private static ScheduledSession candidateAt(SessionContent c, long roomId, long slotId, List<TimeSlot> all,
                                                ZoneId zone) {
        TimeSlot first = all.stream().filter(s -> s.getId() == slotId).findFirst()
                .orElseThrow(() -> new InvalidInputException("slot", "schedule.slot.not-found"));
        List<TimeSlot> span = ScheduleWriter.span(all, first, c.slots(), zone);
        return candidate(c, roomId, slotId, first.getStartsAt(), span.get(span.size() - 1).getEndsAt());
    }

    /** A session at a place it does not hold yet (a candidate for {@link Conflicts#firstHard}). */
    private static ScheduledSession candidate(SessionContent c, Long roomId, Long slotId, Instant start, Instant end) {
        return new ScheduledSession(c, roomId, null, slotId, c.slots(), start, end, PlacementStatus.SCHEDULED, 0, null,
                false);
    }

    /** The sessions of {@code list} as the schedule holds them now, for checking a candidate against. */
    private static List<ScheduledSession> scheduled(ScheduleWriter.Work w, Collection<Placement> list) {
        Map<Long, SessionContent> contents = w.contents();
        // Placements of sessions no longer accepted are not in the schedule: their old places are free.
        return list.stream().filter(o -> contents.containsKey(o.getProposalId()))
                .map(o -> ScheduleReader.session(contents.get(o.getProposalId()), o, Map.of())).toList();
    }

    /** Puts a session into its new place and logs the move (once published); whether its place changed. */
    private boolean moveTo(ScheduleWriter.Work w, Placement p, SessionContent c, Room room, long slotId,
                           Instant start, Instant end) {
        boolean wasPlaced = p.isPlaced();
        Long oldRoomId = p.getRoomId();
        Instant oldStart = p.getStartsAt();
        Instant oldEnd = p.getEndsAt();
        int before = p.getSequence();
        p.place(room.getId(), slotId, c.slots(), start, end, w.now);
        if (p.getSequence() == before) {
            return false;
        }
        if (wasPlaced) {
            SessionPlace from = new SessionPlace(oldRoomId, writer.roomNames(w.t.eventId()).get(oldRoomId),
                    oldStart, oldEnd);
            w.log(p, ChangeKind.MOVED, c, from, room.getName());
        } else {
            w.log(p, ChangeKind.ADDED, c, null, room.getName());
        }
        return true;
    }

    /** Logs a change of status in place (cancelled, restored) and announces it. */
    private void logStatus(ScheduleWriter.Work w, Placement p, ChangeKind kind, SessionContent c) {
        w.logInPlace(p, kind, c);
        w.changed();
    }

    private static SessionContent acceptedOf(ScheduleWriter.Work w, long sessionId) {
        SessionContent c = w.contents().get(sessionId);
        if (c == null) {
            throw new InvalidInputException(null, "schedule.session.not-accepted");
        }
        return c;
    }

    /** The session's placement if it is placed in this event (read after the event's lock: current). */
    private Placement placedOrNull(long eventId, long sessionId) {
        return placements.placedIn(eventId, sessionId).orElse(null);
    }

    private Placement placedOf(ScheduleWriter.Work w, long sessionId) {
        return placements.placedIn(w.t.eventId(), sessionId)
                .orElseThrow(() -> new InvalidInputException(null, "schedule.session.not-placed"));
    }
}
