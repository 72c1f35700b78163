package org.kogge.schedule;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kogge.common.InputValidator;
import org.kogge.common.InvalidInputException;
import org.kogge.common.NotFoundException;
import org.kogge.common.Texts;
import org.kogge.event.EventGate;
import org.kogge.event.EventKind;
import org.kogge.event.EventRef;
import org.kogge.proposal.ProposalService;
import org.kogge.proposal.SessionContent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organizer's side of a barcamp's schedule: rooms, time slots, placing sessions, publishing, cancelling, and
 * the change log of a published schedule.
 * <p>
 * Every write checks that the caller organizes the event, then locks the event's row, so two organizers working on
 * one schedule at the same moment are served one after the other and both see what the other wrote (READ COMMITTED
 * after the lock). Placing refuses hard conflicts (a room or a host twice at the same time); soft ones (room too
 * small, a break) are allowed and returned as warnings. After publishing, every change of a session's time, room or
 * status is logged as a {@link ScheduleChange}, bumps the session's calendar sequence and the schedule's
 * {@code changedAt}; each write announces {@link ScheduleChanged} (listeners act after commit).
 */
@Service
@Transactional(readOnly = true)
public class ScheduleService {

    /** The most changes the public list asks for at once. */
    public static final int CHANGES_MAX = 200;

    private final EventGate events;
    private final ProposalService proposals;
    private final ScheduleReader reader;
    private final RoomRepository rooms;
    private final TimeSlotRepository slots;
    private final PlacementRepository placements;
    private final ScheduleStateRepository states;
    private final ScheduleChangeRepository changes;
    private final InputValidator validator;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    public ScheduleService(EventGate events, ProposalService proposals, ScheduleReader reader, RoomRepository rooms,
                           TimeSlotRepository slots, PlacementRepository placements, ScheduleStateRepository states,
                           ScheduleChangeRepository changes, InputValidator validator,
                           ApplicationEventPublisher publisher, Clock clock) {
        this.events = events;
        this.proposals = proposals;
        this.reader = reader;
        this.rooms = rooms;
        this.slots = slots;
        this.placements = placements;
        this.states = states;
        this.changes = changes;
        this.validator = validator;
        this.publisher = publisher;
        this.clock = clock;
    }

    // ---- reading (organizers) -------------------------------------------------------------------------------

    /** The whole schedule of a barcamp the caller organizes, published or not: what the planner shows. */
    public ScheduleSnapshot planner(String slug) {
        return reader.snapshot(barcamp(events.organized(slug)));
    }

    /** The rooms of a barcamp the caller organizes, in column order. */
    public List<RoomDto> rooms(String slug) {
        EventRef t = barcamp(events.organized(slug));
        return rooms.findByEventIdOrderByPositionAscIdAsc(t.eventId()).stream().map(RoomDto::of).toList();
    }

    /** The time slots of a barcamp the caller organizes, in time order. */
    public List<SlotDto> slots(String slug) {
        EventRef t = barcamp(events.organized(slug));
        return slots.findByEventIdOrderByStartsAtAscIdAsc(t.eventId()).stream().map(SlotDto::of).toList();
    }

    /** The days of an event in its zone, first to last: the days slots may lie on. */
    public List<LocalDate> days(String slug) {
        return daysOf(barcamp(events.organized(slug)));
    }

    /** The form for editing a slot, with its times in the event's zone. */
    public SlotForm slotForm(String slug, long slotId) {
        EventRef t = barcamp(events.organized(slug));
        TimeSlot s = slotOf(t, slotId);
        ZonedDateTime start = s.getStartsAt().atZone(t.zone());
        ZonedDateTime end = s.getEndsAt().atZone(t.zone());
        return new SlotForm(start.toLocalDate(), start.toLocalTime(), end.toLocalTime(), s.getKind(), s.getLabel());
    }

    /** All conflicts of a schedule (see {@link ConflictKind}), in the order of its placed sessions. */
    public List<Conflict> conflicts(ScheduleSnapshot snapshot) {
        return Conflicts.of(snapshot);
    }

    // ---- the public change log ------------------------------------------------------------------------------

    /**
     * The latest {@code limit} changes of a published schedule, newest first; empty while it is not published.
     * Anyone who may see the event may read it.
     */
    public List<ScheduleChangeDto> changes(String slug, int limit) {
        EventRef t = events.visible(slug);
        if (!isPublished(t.eventId())) {
            return List.of();
        }
        return changes.findByEventIdOrderByChangedAtDesc(t.eventId(), PageRequest.of(0, clampLimit(limit))).stream()
                .map(ScheduleChangeDto::of).toList();
    }

    /** Like {@link #changes(String, int)}, only changes after {@code since}. */
    public List<ScheduleChangeDto> changesSince(String slug, Instant since, int limit) {
        EventRef t = events.visible(slug);
        if (!isPublished(t.eventId())) {
            return List.of();
        }
        return changes.findByEventIdAndChangedAtAfterOrderByChangedAtDesc(t.eventId(),
                        since == null ? Instant.EPOCH : since, PageRequest.of(0, clampLimit(limit))).stream()
                .map(ScheduleChangeDto::of).toList();
    }

    // ---- rooms ------------------------------------------------------------------------------------------------

    @Transactional(isolation = Isolation.READ_COMMITTED)
    public RoomDto addRoom(String slug, RoomForm form) {
        Work w = begin(slug);
        List<Room> list = rooms.findByEventIdOrderByPositionAscIdAsc(w.t.eventId());
        RoomForm clean = validRoom(form, list, null);
        Room r = new Room(w.t.eventId(), list.size());
        r.apply(clean.getName(), clean.getCapacity(), clean.getNotes(), clean.isAccessible());
        rooms.saveAndFlush(r);
        w.changed();
        return RoomDto.of(r);
    }

    /** Changes a room; a new name is a new location for its sessions (logged once published). */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public RoomDto updateRoom(String slug, long roomId, RoomForm form) {
        Work w = begin(slug);
        List<Room> list = rooms.findByEventIdOrderByPositionAscIdAsc(w.t.eventId());
        Room r = list.stream().filter(x -> x.getId() == roomId).findFirst()
                .orElseThrow(() -> new NotFoundException("room " + roomId));
        RoomForm clean = validRoom(form, list, r);
        String oldName = r.getName();
        r.apply(clean.getName(), clean.getCapacity(), clean.getNotes(), clean.isAccessible());
        if (!oldName.equals(r.getName())) {
            Map<Long, SessionContent> contents = w.contents();
            for (Placement p : placements.findByEventId(w.t.eventId())) {
                if (Objects.equals(p.getRoomId(), roomId)) {
                    p.relocated(w.now);
                    w.log(p, ChangeKind.MOVED, contents.get(p.getProposalId()), oldName, r.getName(),
                            p.getStartsAt(), p.getStartsAt());
                }
            }
        }
        rooms.flush();
        w.changed();
        return RoomDto.of(r);
    }

    /**
     * Removes a room. Its sessions go back to the side list (logged as removed once published); returns how many.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public int removeRoom(String slug, long roomId) {
        Work w = begin(slug);
        List<Room> list = new ArrayList<>(rooms.findByEventIdOrderByPositionAscIdAsc(w.t.eventId()));
        Room r = list.stream().filter(x -> x.getId() == roomId).findFirst()
                .orElseThrow(() -> new NotFoundException("room " + roomId));
        int sent = 0;
        Map<Long, SessionContent> contents = null;
        for (Placement p : placements.findByEventId(w.t.eventId())) {
            if (Objects.equals(p.getRoomId(), roomId)) {
                contents = contents == null ? w.contents() : contents;
                Instant oldStart = p.getStartsAt();
                p.unplace(w.now);
                w.log(p, ChangeKind.REMOVED, contents.get(p.getProposalId()), r.getName(), null, oldStart, null);
                sent++;
            }
        }
        placements.flush();
        list.remove(r);
        rooms.delete(r);
        renumber(list);
        rooms.flush();
        w.changed();
        return sent;
    }

    /** Moves a room {@code delta} columns to the right (negative: left), keeping it within the grid. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public List<RoomDto> moveRoom(String slug, long roomId, int delta) {
        Work w = begin(slug);
        List<Room> list = new ArrayList<>(rooms.findByEventIdOrderByPositionAscIdAsc(w.t.eventId()));
        Room r = list.stream().filter(x -> x.getId() == roomId).findFirst()
                .orElseThrow(() -> new NotFoundException("room " + roomId));
        int from = list.indexOf(r);
        int to = Math.max(0, Math.min(list.size() - 1, from + delta));
        list.remove(from);
        list.add(to, r);
        renumber(list);
        rooms.flush();
        w.changed();
        return list.stream().map(RoomDto::of).toList();
    }

    // ---- time slots -------------------------------------------------------------------------------------------

    @Transactional(isolation = Isolation.READ_COMMITTED)
    public SlotDto addSlot(String slug, SlotForm form) {
        Work w = begin(slug);
        List<TimeSlot> all = slots.findByEventIdOrderByStartsAtAscIdAsc(w.t.eventId());
        Interval i = validSlot(w.t, form, all, null);
        TimeSlot s = new TimeSlot(w.t.eventId());
        s.apply(i.start, i.end, form.getKind(), Texts.oneLine(form.getLabel()));
        slots.saveAndFlush(s);
        retime(w);
        w.changed();
        return SlotDto.of(s);
    }

    /** Changes a slot; sessions in it take its new times (logged as moved once published). */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public SlotDto updateSlot(String slug, long slotId, SlotForm form) {
        Work w = begin(slug);
        List<TimeSlot> all = slots.findByEventIdOrderByStartsAtAscIdAsc(w.t.eventId());
        TimeSlot s = all.stream().filter(x -> x.getId() == slotId).findFirst()
                .orElseThrow(() -> new NotFoundException("slot " + slotId));
        Interval i = validSlot(w.t, form, all, s);
        s.apply(i.start, i.end, form.getKind(), Texts.oneLine(form.getLabel()));
        slots.flush();
        retime(w);
        w.changed();
        return SlotDto.of(s);
    }

    /**
     * Removes a slot. Sessions starting in it go back to the side list (logged as removed once published); a
     * two-slot session whose second slot it was takes the next slot of the day. Returns how many went back.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public int removeSlot(String slug, long slotId) {
        Work w = begin(slug);
        TimeSlot s = slotOf(w.t, slotId);
        int sent = 0;
        Map<Long, SessionContent> contents = null;
        Map<Long, String> roomNames = roomNames(w.t.eventId());
        for (Placement p : placements.findByEventId(w.t.eventId())) {
            if (Objects.equals(p.getSlotId(), slotId)) {
                contents = contents == null ? w.contents() : contents;
                String oldRoom = roomNames.get(p.getRoomId());
                Instant oldStart = p.getStartsAt();
                p.unplace(w.now);
                w.log(p, ChangeKind.REMOVED, contents.get(p.getProposalId()), oldRoom, null, oldStart, null);
                sent++;
            }
        }
        placements.flush();
        slots.delete(s);
        slots.flush();
        retime(w);
        w.changed();
        return sent;
    }

    /**
     * Generates the slots of one day (see {@link DayPlanForm}); refused as a whole if one of them would overlap a
     * slot the day already has. Returns the new slots in time order.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public List<SlotDto> generateDay(String slug, DayPlanForm plan) {
        Work w = begin(slug);
        InputValidator.Problems problems = validator.check(plan);
        problems.throwIfAny();
        ZoneId zone = w.t.zone();
        problems.addIf(!daysOf(w.t).contains(plan.getDay()), "day", "schedule.slot.day-outside");
        problems.addIf(!plan.getEnd().isAfter(plan.getStart()), "end", "schedule.slot.end-before-start");
        LocalTime lunchEnd = null;
        if (plan.getLunchStart() != null) {
            lunchEnd = plan.getLunchStart().plusMinutes(plan.getLunchMinutes());
            problems.addIf(plan.getLunchMinutes() <= 0, "lunchMinutes", "schedule.plan.lunch-minutes.range", 0, 180);
            problems.addIf(plan.getLunchStart().isBefore(plan.getStart()) || lunchEnd.isAfter(plan.getEnd())
                    || lunchEnd.isBefore(plan.getLunchStart()), "lunchStart", "schedule.plan.lunch-outside");
        }
        problems.throwIfAny();
        List<SlotForm> planned = new ArrayList<>();
        LocalTime at = plan.getStart();
        boolean lunchDone = plan.getLunchStart() == null;
        while (true) {
            LocalTime end = at.plusMinutes(plan.getSessionMinutes());
            if (!lunchDone && end.isAfter(plan.getLunchStart())) {
                planned.add(new SlotForm(plan.getDay(), plan.getLunchStart(), lunchEnd, SlotKind.BREAK, null));
                lunchDone = true;
                at = lunchEnd.isAfter(at) ? lunchEnd : at;
                continue;
            }
            if (end.isAfter(plan.getEnd()) || end.isBefore(at)) {
                break;
            }
            planned.add(new SlotForm(plan.getDay(), at, end, SlotKind.SESSION, null));
            LocalTime next = end.plusMinutes(plan.getGapMinutes());
            if (next.isBefore(end)) {
                break;
            }
            at = next;
        }
        if (planned.stream().noneMatch(f -> f.getKind() == SlotKind.SESSION)) {
            throw new InvalidInputException("sessionMinutes", "schedule.plan.no-slot");
        }
        List<TimeSlot> all = slots.findByEventIdOrderByStartsAtAscIdAsc(w.t.eventId());
        List<TimeSlot> created = new ArrayList<>();
        for (SlotForm f : planned) {
            Instant start = ZonedDateTime.of(f.getDay(), f.getStart(), zone).toInstant();
            Instant end = ZonedDateTime.of(f.getDay(), f.getEnd(), zone).toInstant();
            Optional<TimeSlot> clash = all.stream().filter(x -> x.overlaps(start, end)).findFirst();
            if (clash.isPresent()) {
                throw new InvalidInputException("day", "schedule.plan.overlap", timeOf(clash.get().getStartsAt(), zone),
                        timeOf(clash.get().getEndsAt(), zone));
            }
            TimeSlot s = new TimeSlot(w.t.eventId());
            s.apply(start, end, f.getKind(), null);
            created.add(s);
        }
        slots.saveAllAndFlush(created);
        retime(w);
        w.changed();
        return created.stream().map(SlotDto::of).toList();
    }

    // ---- placing sessions -------------------------------------------------------------------------------------

    /**
     * Places an accepted session into a room from a slot on (two-slot sessions also take the day's following slot).
     * Refuses a room or a host that is busy at that time; returns the soft conflicts the session now has.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public PlaceResult place(String slug, long sessionId, long roomId, long slotId) {
        Work w = begin(slug);
        Map<Long, SessionContent> contents = w.contents();
        SessionContent c = contents.get(sessionId);
        if (c == null) {
            throw new InvalidInputException(null, "schedule.session.not-accepted");
        }
        Room room = rooms.findById(roomId).filter(r -> r.getEventId() == w.t.eventId())
                .orElseThrow(() -> new InvalidInputException("room", "schedule.room.not-found"));
        List<TimeSlot> all = slots.findByEventIdOrderByStartsAtAscIdAsc(w.t.eventId());
        TimeSlot first = all.stream().filter(s -> s.getId() == slotId).findFirst()
                .orElseThrow(() -> new InvalidInputException("slot", "schedule.slot.not-found"));
        List<TimeSlot> span = span(all, first, c.slots(), w.t.zone());
        Instant start = first.getStartsAt();
        Instant end = span.get(span.size() - 1).getEndsAt();
        List<Placement> list = placements.findByEventId(w.t.eventId());
        Placement p = list.stream().filter(x -> x.getProposalId() == sessionId).findFirst().orElse(null);
        if (p == null || p.getStatus() != PlacementStatus.CANCELLED) {
            refuseHardConflicts(sessionId, c, roomId, start, end, list, contents);
        }
        boolean created = p == null;
        if (created) {
            p = placements.save(new Placement(sessionId, w.t.eventId(), w.now));
        }
        boolean wasPlaced = p.isPlaced();
        Long oldRoomId = p.getRoomId();
        Instant oldStart = p.getStartsAt();
        int before = p.getSequence();
        p.place(roomId, slotId, c.slots(), start, end, w.now);
        if (p.getSequence() != before) {
            Map<Long, String> names = roomNames(w.t.eventId());
            if (wasPlaced) {
                w.log(p, ChangeKind.MOVED, c, names.get(oldRoomId), room.getName(), oldStart, start);
            } else {
                w.log(p, ChangeKind.ADDED, c, null, room.getName(), null, start);
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
        Work w = begin(slug);
        Placement p = placedOf(w.t, sessionId);
        String oldRoom = roomNames(w.t.eventId()).get(p.getRoomId());
        Instant oldStart = p.getStartsAt();
        p.unplace(w.now);
        w.log(p, ChangeKind.REMOVED, w.contents().get(sessionId), oldRoom, null, oldStart, null);
        placements.flush();
        w.changed();
    }

    /** Cancels a placed session: it stays in the schedule, shown as cancelled. Cancelling twice changes nothing. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public void cancel(String slug, long sessionId) {
        Work w = begin(slug);
        Placement p = placedOf(w.t, sessionId);
        if (p.getStatus() == PlacementStatus.SCHEDULED) {
            cancel(w, p, PlacementStatus.CANCELLED, w.contents().get(sessionId));
        }
    }

    private void cancel(Work w, Placement p, PlacementStatus status, SessionContent c) {
        p.changeStatus(status, w.now);
        String room = roomNames(w.t.eventId()).get(p.getRoomId());
        w.log(p, ChangeKind.CANCELLED, c, room, room, p.getStartsAt(), p.getStartsAt());
        placements.flush();
        w.changed();
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
        Work w = new Work(events.lock(eventId), clock.instant());
        Placement p = placedOrNull(eventId, sessionId);
        if (p == null || p.getStatus() == PlacementStatus.WITHDRAWN) {
            return;
        }
        if (!w.state().isPublished()) {
            p.unplace(w.now);
            placements.flush();
            w.changed();
        } else if (p.getStatus() == PlacementStatus.CANCELLED) {
            p.changeStatus(PlacementStatus.WITHDRAWN, w.now); // announced as cancelled already: nothing new to log
            placements.flush();
            w.changed();
        } else {
            cancel(w, p, PlacementStatus.WITHDRAWN,
                    proposals.sessionContents(w.t, List.of(sessionId)).stream().findFirst().orElse(null));
        }
    }

    /**
     * A proposal was accepted (again). If its session still holds a place from before (withdrawn with it), it goes
     * back to the sessions to place: its old room and slot may have another session by now, and the public saw it
     * cancelled. Not logged: the programme did not show it.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    void returnToPlace(long eventId, long sessionId) {
        Work w = new Work(events.lock(eventId), clock.instant());
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
        Work w = begin(slug);
        Placement p = placedOf(w.t, sessionId);
        if (p.getStatus() != PlacementStatus.CANCELLED) {
            return;
        }
        Map<Long, SessionContent> contents = w.contents();
        SessionContent c = contents.get(sessionId);
        if (c == null) {
            throw new InvalidInputException(null, "schedule.session.not-accepted");
        }
        refuseHardConflicts(sessionId, c, p.getRoomId(), p.getStartsAt(), p.getEndsAt(),
                placements.findByEventId(w.t.eventId()), contents);
        p.changeStatus(PlacementStatus.SCHEDULED, w.now);
        String room = roomNames(w.t.eventId()).get(p.getRoomId());
        w.log(p, ChangeKind.RESTORED, c, room, room, p.getStartsAt(), p.getStartsAt());
        placements.flush();
        w.changed();
    }

    /**
     * Makes the schedule public. Refused while no session is placed, or while hard conflicts (left by slot edits)
     * remain. From now on every change is logged. Publishing again changes nothing.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public void publish(String slug) {
        Work w = begin(slug);
        ScheduleState state = w.state();
        if (state.isPublished()) {
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
        state.publish(w.now);
        states.flush();
        publisher.publishEvent(new ScheduleChanged(w.t.eventId()));
    }

    // ---- the rules ------------------------------------------------------------------------------------------------

    private void refuseHardConflicts(long sessionId, SessionContent c, Long roomId, Instant start, Instant end,
                                     List<Placement> list, Map<Long, SessionContent> contents) {
        for (Placement o : list) {
            if (o.getProposalId() == sessionId || !o.isPlaced() || o.getStatus() != PlacementStatus.SCHEDULED
                    || !(o.getStartsAt().isBefore(end) && start.isBefore(o.getEndsAt()))) {
                continue;
            }
            SessionContent other = contents.get(o.getProposalId());
            if (other == null) {
                continue; // placed before moderation events reached the schedule: not shown, so not in the way
            }
            if (Objects.equals(o.getRoomId(), roomId)) {
                throw new InvalidInputException("slot", "schedule.place.room-taken", other.title());
            }
            if (!Collections.disjoint(other.hostIds(), c.hostIds())) {
                throw new InvalidInputException("slot", "schedule.place.host-busy", other.title());
            }
        }
    }

    /** The slots a session of {@code count} slots takes from {@code first} on: as many as its day has, at most count. */
    static List<TimeSlot> span(List<TimeSlot> all, TimeSlot first, int count, ZoneId zone) {
        LocalDate day = first.getStartsAt().atZone(zone).toLocalDate();
        List<TimeSlot> sameDay = all.stream().filter(s -> s.getStartsAt().atZone(zone).toLocalDate().equals(day))
                .sorted(Comparator.comparing(TimeSlot::getStartsAt).thenComparing(TimeSlot::getId)).toList();
        int from = sameDay.indexOf(first);
        return sameDay.subList(from, Math.min(sameDay.size(), from + Math.max(1, count)));
    }

    /** After slots changed: every placed session takes the current times of its slots. */
    private void retime(Work w) {
        List<TimeSlot> all = slots.findByEventIdOrderByStartsAtAscIdAsc(w.t.eventId());
        Map<Long, TimeSlot> byId = all.stream().collect(Collectors.toMap(TimeSlot::getId, Function.identity()));
        Map<Long, String> roomNames = null;
        Map<Long, SessionContent> contents = null;
        for (Placement p : placements.findByEventId(w.t.eventId())) {
            if (!p.isPlaced()) {
                continue;
            }
            TimeSlot first = byId.get(p.getSlotId());
            List<TimeSlot> span = span(all, first, p.getSlotCount(), w.t.zone());
            Instant oldStart = p.getStartsAt();
            int before = p.getSequence();
            p.retime(first.getStartsAt(), span.get(span.size() - 1).getEndsAt(), w.now);
            if (p.getSequence() != before) {
                roomNames = roomNames == null ? roomNames(w.t.eventId()) : roomNames;
                contents = contents == null ? w.contents() : contents;
                String room = roomNames.get(p.getRoomId());
                w.log(p, ChangeKind.MOVED, contents.get(p.getProposalId()), room, room, oldStart, p.getStartsAt());
            }
        }
        placements.flush();
    }

    private RoomForm validRoom(RoomForm form, List<Room> list, Room self) {
        RoomForm clean = new RoomForm(Texts.oneLine(form.getName()), form.getCapacity(), Texts.clean(form.getNotes()),
                form.isAccessible());
        InputValidator.Problems problems = validator.check(clean);
        String key = clean.getName() == null ? null : clean.getName().toLowerCase(Locale.ROOT);
        problems.addIf(key != null && list.stream().anyMatch(r -> r != self
                && r.getName().toLowerCase(Locale.ROOT).equals(key)), "name", "schedule.room.name-taken");
        problems.throwIfAny();
        return clean;
    }

    private Interval validSlot(EventRef t, SlotForm form, List<TimeSlot> all, TimeSlot self) {
        InputValidator.Problems problems = validator.check(form);
        problems.throwIfAny();
        problems.addIf(!daysOf(t).contains(form.getDay()), "day", "schedule.slot.day-outside");
        problems.addIf(!form.getEnd().isAfter(form.getStart()), "end", "schedule.slot.end-before-start");
        problems.throwIfAny();
        Instant start = ZonedDateTime.of(form.getDay(), form.getStart(), t.zone()).toInstant();
        Instant end = ZonedDateTime.of(form.getDay(), form.getEnd(), t.zone()).toInstant();
        if (!end.isAfter(start)) {
            // Only on the night clocks go back, e.g. 02:45 to 02:15.
            throw new InvalidInputException("end", "schedule.slot.end-before-start");
        }
        Optional<TimeSlot> clash = all.stream().filter(s -> s != self && s.overlaps(start, end)).findFirst();
        if (clash.isPresent()) {
            throw new InvalidInputException("start", "schedule.slot.overlap",
                    timeOf(clash.get().getStartsAt(), t.zone()), timeOf(clash.get().getEndsAt(), t.zone()));
        }
        return new Interval(start, end);
    }

    private static String timeOf(Instant i, ZoneId zone) {
        return i.atZone(zone).toLocalTime().toString();
    }

    static List<LocalDate> daysOf(EventRef t) {
        LocalDate first = t.startsAt().atZone(t.zone()).toLocalDate();
        LocalDate last = t.endsAt().atZone(t.zone()).toLocalDate();
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = first; !d.isAfter(last) && days.size() < 31; d = d.plusDays(1)) {
            days.add(d);
        }
        return days;
    }

    private static void renumber(List<Room> list) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).getPosition() != i) {
                list.get(i).moveTo(i);
            }
        }
    }

    private Map<Long, String> roomNames(long eventId) {
        Map<Long, String> names = new HashMap<>();
        rooms.findByEventIdOrderByPositionAscIdAsc(eventId).forEach(r -> names.put(r.getId(), r.getName()));
        return names;
    }

    private TimeSlot slotOf(EventRef t, long slotId) {
        return slots.findById(slotId).filter(s -> s.getEventId() == t.eventId())
                .orElseThrow(() -> new NotFoundException("slot " + slotId));
    }

    private Placement placedOf(EventRef t, long sessionId) {
        return placements.findById(sessionId).filter(p -> p.getEventId() == t.eventId() && p.isPlaced())
                .orElseThrow(() -> new InvalidInputException(null, "schedule.session.not-placed"));
    }

    /** The session's placement if it is placed in this event (read after the event's lock: current). */
    private Placement placedOrNull(long eventId, long sessionId) {
        return placements.findById(sessionId).filter(p -> p.getEventId() == eventId && p.isPlaced()).orElse(null);
    }

    private boolean isPublished(long eventId) {
        return states.findById(eventId).map(ScheduleState::isPublished).orElse(false);
    }

    private static int clampLimit(int limit) {
        return Math.max(1, Math.min(CHANGES_MAX, limit));
    }

    private static EventRef barcamp(EventRef t) {
        if (t.kind() != EventKind.BARCAMP) {
            throw new NotFoundException("barcamp " + t.slug());
        }
        return t;
    }

    /** Checks access, locks the event and opens one write. */
    private Work begin(String slug) {
        EventRef t = barcamp(events.organized(slug));
        return new Work(events.lock(t.eventId()), clock.instant());
    }

    private record Interval(Instant start, Instant end) {
    }

    /** One write to a locked event's schedule: its time, its change log and state. */
    private final class Work {
        final EventRef t;
        final Instant now;
        private ScheduleState state;
        private Map<Long, SessionContent> contents;

        Work(EventRef t, Instant now) {
            this.t = t;
            this.now = now;
        }

        ScheduleState state() {
            if (state == null) {
                state = states.findById(t.eventId()).orElseGet(() -> states.save(new ScheduleState(t.eventId(), now)));
            }
            return state;
        }

        Map<Long, SessionContent> contents() {
            if (contents == null) {
                contents = proposals.sessionContents(t).stream()
                        .collect(Collectors.toMap(SessionContent::id, Function.identity()));
            }
            return contents;
        }

        /** Logs a change of a session once the schedule is published. */
        void log(Placement p, ChangeKind kind, SessionContent c, String oldRoom, String newRoom, Instant oldStart,
                 Instant newStart) {
            if (!state().isPublished()) {
                return;
            }
            String title = c == null ? "#" + p.getProposalId() : c.title();
            changes.save(new ScheduleChange(t.eventId(), p.getProposalId(), kind, title, oldRoom, newRoom, oldStart,
                    newStart, now));
        }

        /** Anything changed: the schedule's {@code changedAt} moves on and listeners hear of it after commit. */
        void changed() {
            state().changed(now);
            states.flush();
            publisher.publishEvent(new ScheduleChanged(t.eventId()));
        }
    }
}
