package org.kogge.schedule;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.kogge.common.InvalidInputException;
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

    PlanningService(ScheduleWriter writer, ScheduleReader reader, RoomRepository rooms, TimeSlotRepository slots,
                    PlacementRepository placements) {
        this.writer = writer;
        this.reader = reader;
        this.rooms = rooms;
        this.slots = slots;
        this.placements = placements;
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
        TimeSlot first = all.stream().filter(s -> s.getId() == slotId).findFirst()
                .orElseThrow(() -> new InvalidInputException("slot", "schedule.slot.not-found"));
        List<TimeSlot> span = ScheduleWriter.span(all, first, c.slots(), w.t.zone());
        Instant start = first.getStartsAt();
        Instant end = span.get(span.size() - 1).getEndsAt();
        List<Placement> list = placements.findByEventId(w.t.eventId());
        Placement p = list.stream().filter(x -> x.getProposalId() == sessionId).findFirst().orElse(null);
        if (p == null || p.getStatus() != PlacementStatus.CANCELLED) {
            refuseHardConflicts(w, c, roomId, slotId, start, end, list);
        }
        boolean created = p == null;
        if (created) {
            p = placements.save(new Placement(sessionId, w.t.eventId(), w.now));
        }
        boolean wasPlaced = p.isPlaced();
        Long oldRoomId = p.getRoomId();
        Instant oldStart = p.getStartsAt();
        Instant oldEnd = p.getEndsAt();
        int before = p.getSequence();
        p.place(roomId, slotId, c.slots(), start, end, w.now);
        if (p.getSequence() != before) {
            if (wasPlaced) {
                SessionPlace from = new SessionPlace(oldRoomId, writer.roomNames(w.t.eventId()).get(oldRoomId),
                        oldStart, oldEnd);
                w.log(p, ChangeKind.MOVED, c, from, room.getName());
            } else {
                w.log(p, ChangeKind.ADDED, c, null, room.getName());
            }
        }
        placements.flush();
        if (created || p.getSequence() != before) {
            w.changed();
        }
        List<Conflict> warnings = Conflicts.of(reader.snapshot(w.t)).stream()
                .filter(x -> x.sessionId() == sessionId).toList();
        return new PlaceResult(sessionId, warnings);
    }

    /** Sends a session back to the side list (logged as removed once published). */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public void unplace(String slug, long sessionId) {
        ScheduleWriter.Work w = writer.begin(slug);
        Placement p = placedOf(w, sessionId);
        w.sendBack(p, writer.roomNames(w.t.eventId()).get(p.getRoomId()));
        placements.flush();
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
        placements.flush();
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
            placements.flush();
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
        refuseHardConflicts(w, c, p.getRoomId(), p.getSlotId(), p.getStartsAt(), p.getEndsAt(),
                placements.findByEventId(w.t.eventId()));
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

    /** Refuses a place where the session would meet another one in its room or share a host with it (see {@link Conflicts}). */
    private void refuseHardConflicts(ScheduleWriter.Work w, SessionContent c, Long roomId, Long slotId, Instant start,
                                     Instant end, List<Placement> list) {
        Map<Long, SessionContent> contents = w.contents();
        ScheduledSession candidate = new ScheduledSession(c, roomId, null, slotId, c.slots(), start, end,
                PlacementStatus.SCHEDULED, 0, null);
        // Placements of sessions no longer accepted are not in the schedule: their old places are free.
        List<ScheduledSession> others = list.stream().filter(o -> contents.containsKey(o.getProposalId()))
                .map(o -> ScheduleReader.session(contents.get(o.getProposalId()), o, Map.of())).toList();
        Conflicts.firstHard(candidate, others).ifPresent(x -> {
            String key = x.kind() == ConflictKind.ROOM_TWICE ? "schedule.place.room-taken" : "schedule.place.host-busy";
            throw new InvalidInputException("slot", key, x.args().get(0));
        });
    }

    /** Logs a change of status in place (cancelled, restored) and announces it. */
    private void logStatus(ScheduleWriter.Work w, Placement p, ChangeKind kind, SessionContent c) {
        w.logInPlace(p, kind, c);
        placements.flush();
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
        return placements.findById(sessionId).filter(p -> p.getEventId() == eventId && p.isPlaced()).orElse(null);
    }

    private Placement placedOf(ScheduleWriter.Work w, long sessionId) {
        return placements.findById(sessionId).filter(p -> p.getEventId() == w.t.eventId() && p.isPlaced())
                .orElseThrow(() -> new InvalidInputException(null, "schedule.session.not-placed"));
    }
}
