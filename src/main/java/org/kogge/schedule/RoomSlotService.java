package org.kogge.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.kogge.common.InputValidator;
import org.kogge.common.InvalidInputException;
import org.kogge.common.NotFoundException;
import org.kogge.common.StaleEditException;
import org.kogge.common.Texts;
import org.kogge.event.EventRef;
import org.kogge.proposal.SessionContent;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The grid of a barcamp's schedule: its rooms (the columns, in order) and its time slots (the rows), one by one or
 * a whole day at once ({@link DayGenerator}). Sessions follow: removing a room or slot sends its sessions back to
 * the side list, a slot's new times move its sessions, a room's new name is their new location (all logged once
 * the schedule is published, see {@link ScheduleWriter}). A room or slot is saved only over the version its form was
 * loaded from ({@link StaleEditException}).
 */
@Service
@Transactional(readOnly = true)
public class RoomSlotService {

    private final ScheduleWriter writer;
    private final RoomRepository rooms;
    private final TimeSlotRepository slots;
    private final PlacementRepository placements;
    private final InputValidator validator;

    RoomSlotService(ScheduleWriter writer, RoomRepository rooms, TimeSlotRepository slots,
                    PlacementRepository placements, InputValidator validator) {
        this.writer = writer;
        this.rooms = rooms;
        this.slots = slots;
        this.placements = placements;
        this.validator = validator;
    }

    // ---- reading (organizers) -------------------------------------------------------------------------------

    /** The rooms of a barcamp the caller organizes, in column order. */
    public List<RoomDto> rooms(String slug) {
        EventRef t = writer.organized(slug);
        return rooms.findByEventIdOrderByPositionAscIdAsc(t.eventId()).stream().map(RoomDto::of).toList();
    }

    /** The time slots of a barcamp the caller organizes, in time order. */
    public List<SlotDto> slots(String slug) {
        EventRef t = writer.organized(slug);
        return slots.findByEventIdOrderByStartsAtAscIdAsc(t.eventId()).stream().map(SlotDto::of).toList();
    }

    /** The days of an event in its zone, first to last: the days slots may lie on. */
    public List<LocalDate> days(String slug) {
        return daysOf(writer.organized(slug));
    }

    /** The form for editing a room, as stored now (with the version a save goes over). */
    public RoomForm roomForm(String slug, long roomId) {
        EventRef t = writer.organized(slug);
        Room r = rooms.findById(roomId).filter(x -> x.getEventId() == t.eventId())
                .orElseThrow(() -> new NotFoundException("room " + roomId));
        RoomForm form = new RoomForm(r.getName(), r.getCapacity(), r.getNotes(), r.isAccessible());
        form.setVersion(r.getVersion());
        return form;
    }

    /** The form for editing a slot, with its times in the event's zone (and the version a save goes over). */
    public SlotForm slotForm(String slug, long slotId) {
        EventRef t = writer.organized(slug);
        TimeSlot s = slotOf(t, slotId);
        ZonedDateTime start = s.getStartsAt().atZone(t.zone());
        ZonedDateTime end = s.getEndsAt().atZone(t.zone());
        SlotForm form = new SlotForm(start.toLocalDate(), start.toLocalTime(), end.toLocalTime(), s.getKind(),
                s.getLabel());
        form.setVersion(s.getVersion());
        return form;
    }

    // ---- rooms ------------------------------------------------------------------------------------------------

    @Transactional(isolation = Isolation.READ_COMMITTED)
    public RoomDto addRoom(String slug, RoomForm form) {
        ScheduleWriter.Work w = writer.begin(slug);
        List<Room> list = rooms.findByEventIdOrderByPositionAscIdAsc(w.t.eventId());
        Room r = new Room(w.t.eventId(), list.size());
        apply(form, list, r);
        rooms.saveAndFlush(r);
        w.changed();
        return RoomDto.of(r);
    }

    /**
     * Changes a room; a new name is a new location for its sessions (logged once published). Refused if the room
     * changed since the form was loaded.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public RoomDto updateRoom(String slug, long roomId, RoomForm form) {
        ScheduleWriter.Work w = writer.begin(slug);
        List<Room> list = rooms.findByEventIdOrderByPositionAscIdAsc(w.t.eventId());
        Room r = roomOf(list, roomId);
        StaleEditException.check(form.getVersion(), r.getVersion());
        String oldName = r.getName();
        apply(form, list, r);
        if (!oldName.equals(r.getName())) {
            Map<Long, SessionContent> contents = w.contents();
            for (Placement p : placements.findByEventId(w.t.eventId())) {
                if (Objects.equals(p.getRoomId(), roomId)) {
                    p.relocated(w.now);
                    w.log(p, ChangeKind.MOVED, contents.get(p.getProposalId()), SessionPlace.of(p, oldName),
                            r.getName());
                }
            }
        }
        w.changed();
        return RoomDto.of(r);
    }

    /**
     * Removes a room. Its sessions go back to the side list (logged as removed once published); returns how many.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public int removeRoom(String slug, long roomId) {
        ScheduleWriter.Work w = writer.begin(slug);
        List<Room> list = new ArrayList<>(rooms.findByEventIdOrderByPositionAscIdAsc(w.t.eventId()));
        Room r = roomOf(list, roomId);
        int sent = sendBack(w, p -> Objects.equals(p.getRoomId(), roomId));
        list.remove(r);
        rooms.delete(r);
        renumber(list);
        w.changed();
        return sent;
    }

    /** Moves a room {@code delta} columns to the right (negative: left), keeping it within the grid. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public List<RoomDto> moveRoom(String slug, long roomId, int delta) {
        ScheduleWriter.Work w = writer.begin(slug);
        List<Room> list = new ArrayList<>(rooms.findByEventIdOrderByPositionAscIdAsc(w.t.eventId()));
        Room r = roomOf(list, roomId);
        int from = list.indexOf(r);
        int to = Math.max(0, Math.min(list.size() - 1, from + delta));
        list.remove(from);
        list.add(to, r);
        renumber(list);
        w.changed();
        return list.stream().map(RoomDto::of).toList();
    }

    // ---- time slots -------------------------------------------------------------------------------------------

    @Transactional(isolation = Isolation.READ_COMMITTED)
    public SlotDto addSlot(String slug, SlotForm form) {
        ScheduleWriter.Work w = writer.begin(slug);
        List<TimeSlot> all = slots.findByEventIdOrderByStartsAtAscIdAsc(w.t.eventId());
        return save(w, form, all, new TimeSlot(w.t.eventId()));
    }

    /**
     * Changes a slot; sessions in it take its new times (logged as moved once published). Refused if the slot changed
     * since the form was loaded.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public SlotDto updateSlot(String slug, long slotId, SlotForm form) {
        ScheduleWriter.Work w = writer.begin(slug);
        List<TimeSlot> all = slots.findByEventIdOrderByStartsAtAscIdAsc(w.t.eventId());
        TimeSlot s = slotOf(w.t, slotId); // the same instance as in all: the persistence context holds one
        StaleEditException.check(form.getVersion(), s.getVersion());
        return save(w, form, all, s);
    }

    /** Gives a new or changed slot the form's values and stores it; placed sessions take the slots' new times. */
    private SlotDto save(ScheduleWriter.Work w, SlotForm form, List<TimeSlot> all, TimeSlot slot) {
        apply(w.t, form, all, slot);
        slots.saveAndFlush(slot);
        retime(w);
        w.changed();
        return SlotDto.of(slot);
    }

    /**
     * Removes a slot. Sessions starting in it go back to the side list (logged as removed once published); a
     * two-slot session whose second slot it was takes the next slot of the day. Returns how many went back.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public int removeSlot(String slug, long slotId) {
        ScheduleWriter.Work w = writer.begin(slug);
        TimeSlot s = slotOf(w.t, slotId);
        int sent = sendBack(w, p -> Objects.equals(p.getSlotId(), slotId));
        slots.delete(s);
        slots.flush();
        retime(w);
        w.changed();
        return sent;
    }

    /**
     * Generates the slots of one day (see {@link DayGenerator}); refused as a whole if one of them would overlap a
     * slot the day already has. Returns the new slots in time order.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public List<SlotDto> generateDay(String slug, DayPlanForm plan) {
        ScheduleWriter.Work w = writer.begin(slug);
        validator.check(plan).throwIfAny();
        List<DayGenerator.PlannedSlot> planned = new DayGenerator(w.t.zone(), daysOf(w.t)).plan(plan);
        List<TimeSlot> all = slots.findByEventIdOrderByStartsAtAscIdAsc(w.t.eventId());
        List<TimeSlot> created = new ArrayList<>();
        for (DayGenerator.PlannedSlot p : planned) {
            refuseOverlap(all, null, p.startsAt(), p.endsAt(), w.t.zone(), "day", "schedule.plan.overlap");
            TimeSlot s = new TimeSlot(w.t.eventId());
            s.apply(p.startsAt(), p.endsAt(), p.kind(), null);
            created.add(s);
        }
        slots.saveAllAndFlush(created);
        retime(w);
        w.changed();
        return created.stream().map(SlotDto::of).toList();
    }

    // ---- the rules ------------------------------------------------------------------------------------------------

    /** After slots changed: every placed session takes the current times of its slots. */
    private void retime(ScheduleWriter.Work w) {
        List<TimeSlot> all = slots.findByEventIdOrderByStartsAtAscIdAsc(w.t.eventId());
        Map<Long, TimeSlot> byId = all.stream().collect(Collectors.toMap(TimeSlot::getId, Function.identity()));
        Map<Long, String> roomNames = null;
        for (Placement p : placements.findByEventId(w.t.eventId())) {
            if (!p.isPlaced()) {
                continue;
            }
            TimeSlot first = byId.get(p.getSlotId());
            List<TimeSlot> span = ScheduleWriter.span(all, first, p.getSlotCount(), w.t.zone());
            Instant oldStart = p.getStartsAt();
            Instant oldEnd = p.getEndsAt();
            int before = p.getSequence();
            p.retime(first.getStartsAt(), span.get(span.size() - 1).getEndsAt(), w.now);
            if (p.getSequence() != before) {
                roomNames = roomNames == null ? writer.roomNames(w.t.eventId()) : roomNames;
                String room = roomNames.get(p.getRoomId());
                w.log(p, ChangeKind.MOVED, w.contents().get(p.getProposalId()),
                        new SessionPlace(p.getRoomId(), room, oldStart, oldEnd), room);
            }
        }
        placements.flush();
    }

    /**
     * Sends the sessions that {@code leaving} picks (those in a room or slot about to go) back to the side list,
     * logged as removed once published; returns how many.
     */
    private int sendBack(ScheduleWriter.Work w, Predicate<Placement> leaving) {
        Map<Long, String> roomNames = writer.roomNames(w.t.eventId());
        int sent = 0;
        for (Placement p : placements.findByEventId(w.t.eventId())) {
            if (leaving.test(p)) {
                w.sendBack(p, roomNames.get(p.getRoomId()));
                sent++;
            }
        }
        placements.flush();
        return sent;
    }

    /** Checks a room's form (cleaned) against the event's other rooms' names, then gives the room its values. */
    private void apply(RoomForm form, List<Room> list, Room room) {
        RoomForm clean = new RoomForm(Texts.oneLine(form.getName()), form.getCapacity(), Texts.clean(form.getNotes()),
                form.isAccessible());
        InputValidator.Problems problems = validator.check(clean);
        String key = clean.getName() == null ? null : clean.getName().toLowerCase(Locale.ROOT);
        problems.addIf(key != null && list.stream().anyMatch(r -> r != room
                && r.getName().toLowerCase(Locale.ROOT).equals(key)), "name", "schedule.room.name-taken");
        problems.throwIfAny();
        room.apply(clean.getName(), clean.getCapacity(), clean.getNotes(), clean.isAccessible());
    }

    /** Checks a slot's form against the event's days and its other slots, then gives the slot its values. */
    private void apply(EventRef t, SlotForm form, List<TimeSlot> all, TimeSlot slot) {
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
        refuseOverlap(all, slot, start, end, t.zone(), "start", "schedule.slot.overlap");
        slot.apply(start, end, form.getKind(), Texts.oneLine(form.getLabel()));
    }

    /** Refuses a slot from {@code start} to {@code end} that overlaps one of {@code all} but {@code self}. */
    private static void refuseOverlap(List<TimeSlot> all, TimeSlot self, Instant start, Instant end, ZoneId zone,
                                      String field, String key) {
        all.stream().filter(s -> s != self && s.overlaps(start, end)).findFirst().ifPresent(clash -> {
            throw new InvalidInputException(field, key, timeOf(clash.getStartsAt(), zone),
                    timeOf(clash.getEndsAt(), zone));
        });
    }

    private static String timeOf(Instant i, ZoneId zone) {
        return i.atZone(zone).toLocalTime().toString();
    }

    static List<LocalDate> daysOf(EventRef t) {
        List<LocalDate> days = new ArrayList<>();
        LocalDate last = t.endsAt().atZone(t.zone()).toLocalDate();
        for (LocalDate d = t.startsAt().atZone(t.zone()).toLocalDate(); !d.isAfter(last) && days.size() < 31;
             d = d.plusDays(1)) {
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

    private static Room roomOf(List<Room> list, long roomId) {
        return list.stream().filter(x -> x.getId() == roomId).findFirst()
                .orElseThrow(() -> new NotFoundException("room " + roomId));
    }

    private TimeSlot slotOf(EventRef t, long slotId) {
        return slots.findById(slotId).filter(s -> s.getEventId() == t.eventId())
                .orElseThrow(() -> new NotFoundException("slot " + slotId));
    }
}
