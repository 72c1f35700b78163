package org.kogge.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kogge.account.RunAs;
import org.kogge.archive.MaterialsForm;
import org.kogge.archive.MaterialsService;
import org.kogge.common.InvalidInputException;
import org.kogge.proposal.BoardService;
import org.kogge.proposal.ModerationService;
import org.kogge.proposal.ProposalCard;
import org.kogge.proposal.ProposalStatus;
import org.kogge.schedule.ConflictKind;
import org.kogge.schedule.DayPlanForm;
import org.kogge.schedule.PlaceResult;
import org.kogge.schedule.PlanningService;
import org.kogge.schedule.RoomDto;
import org.kogge.schedule.RoomForm;
import org.kogge.schedule.RoomSlotService;
import org.kogge.schedule.ScheduleSnapshot;
import org.kogge.schedule.ScheduledSession;
import org.kogge.schedule.SlotDto;
import org.kogge.schedule.SlotForm;
import org.kogge.schedule.SlotKind;
import org.springframework.stereotype.Component;

/**
 * The Smart Water barcamp's schedule for the demo, built as its organizer through the schedule's services: four rooms
 * (one not step-free), two days of slots with opening, lunch and closing, the most wanted proposals accepted and
 * placed by votes, the schedule published, and afterwards one session cancelled and one moved, so that the public
 * "changes since" list has entries. Five more accepted sessions wait in the planner's list, so that the organizer can
 * try "Programm vorschlagen" on the demo. Two of its sessions have materials and results for the knowledge archive.
 */
@Component
class DemoSchedule {

    /** Accepted and placed sessions; five more accepted ones wait in the planner's list for the auto-scheduler. */
    private static final int PLACED = 12;
    private static final int ACCEPTED = PLACED + 5;
    private static final Set<ConflictKind> AVOID = EnumSet.of(ConflictKind.BREAK_SLOT, ConflictKind.NO_FOLLOWING_SLOT,
            ConflictKind.ROOM_TOO_SMALL);

    private final RoomSlotService roomSlots;
    private final PlanningService planning;
    private final ModerationService moderation;
    private final BoardService boards;
    private final MaterialsService materials;
    private final RunAs runAs;

    DemoSchedule(RoomSlotService roomSlots, PlanningService planning, ModerationService moderation, BoardService boards,
                 MaterialsService materials, RunAs runAs) {
        this.materials = materials;
        this.roomSlots = roomSlots;
        this.planning = planning;
        this.moderation = moderation;
        this.boards = boards;
        this.runAs = runAs;
    }

    void fill(String organizer, String slug, LocalDate firstDay) {
        runAs.as(organizer, () -> {
            acceptMostWanted(slug);
            rooms(slug);
            slots(slug, firstDay);
            placeByVotes(slug);
            planning.publish(slug);
            ScheduleSnapshot published = planning.planner(slug);
            long cancelled = changeAfterPublishing(slug, published);
            document(slug, published, cancelled);
        });
    }

    /**
     * Materials and results for two sessions of the published programme (the heavy-rain hazard maps and the sewer
     * sensors), so that the session pages and the knowledge archive have something to show. (The heavy-rain warning
     * is the demo's cancelled session.)
     */
    private void document(String slug, ScheduleSnapshot s, long cancelled) {
        MATERIALS.forEach((titleStart, text) -> s.placed().stream()
                .filter(x -> x.id() != cancelled && x.content().title().startsWith(titleStart)).findFirst()
                .ifPresent(x -> materials.save(slug, x.id(), new MaterialsForm(text))));
    }

    /** Demo materials by the start of their session's title. */
    private static final Map<String, String> MATERIALS = new LinkedHashMap<>();

    static {
        MATERIALS.put("Überflutungskarten", """
                ## Ergebnisse
                - Starkregengefahrenkarten werden verstanden, wenn sie die eigene Straße zeigen: Adresssuche zuerst.
                - Drei Stufen (selten, außergewöhnlich, extrem) statt Wiederkehrintervallen; Wassertiefen in Zentimetern.
                - Lübeck und Rostock veröffentlichen ihre Karten im gleichen Format, Kiel schließt sich an.

                ## Unterlagen
                - [Folien (PDF)](https://example.org/smart-water/starkregen-gefahrenkarten.pdf)
                - [Pad mit Protokoll](https://pad.example.org/p/starkregen-karten)
                """);
        MATERIALS.put("Sensornetze", """
                ## Agenda
                1. LoRaWAN im Kanal: Reichweite unter Schachtdeckeln
                2. Batterielaufzeiten aus zwei Jahren Betrieb
                3. Was die Füllstandsdaten dem Kanalbetrieb bringen

                ## Ergebnisse
                Sensoren direkt unter dem Deckel funken zuverlässig; Batterien halten bei Messung alle 5 Minuten gut drei Jahre.

                - [Folien](https://example.org/smart-water/sensornetze-kanal.pdf)
                - [Code der Auswertung](https://github.com/example/kanalsensoren)
                """);
    }

    private void acceptMostWanted(String slug) {
        List<ProposalCard> all = boards.forModeration(slug);
        long accepted = all.stream().filter(c -> c.status() == ProposalStatus.ACCEPTED).count();
        all.stream().filter(c -> c.status() == ProposalStatus.OPEN)
                .sorted(Comparator.comparingLong(ProposalCard::votes).reversed().thenComparing(ProposalCard::createdAt))
                .limit(Math.max(0, ACCEPTED - accepted))
                .forEach(c -> moderation.accept(slug, c.id()));
    }

    private void rooms(String slug) {
        roomSlots.addRoom(slug, new RoomForm("Hörsaal", 120, "Erdgeschoss, Beamer und Mikrofone", true));
        roomSlots.addRoom(slug, new RoomForm("Seminarraum Trave", 40, "1. OG, Aufzug neben dem Empfang", true));
        roomSlots.addRoom(slug, new RoomForm("Seminarraum Wakenitz", 30, "1. OG, Aufzug neben dem Empfang", true));
        roomSlots.addRoom(slug, new RoomForm("Galerie", 16, "2. OG, nur über die Treppe erreichbar", false));
    }

    private void slots(String slug, LocalDate day1) {
        LocalDate day2 = day1.plusDays(1);
        roomSlots.addSlot(slug, new SlotForm(day1, LocalTime.of(9, 0), LocalTime.of(9, 45), SlotKind.PLENARY,
                "Begrüßung und Sessionplanung"));
        roomSlots.generateDay(slug, new DayPlanForm(day1, LocalTime.of(10, 0), LocalTime.of(15, 45), 45, 15,
                LocalTime.of(12, 0), 60));
        roomSlots.addSlot(slug, new SlotForm(day1, LocalTime.of(16, 0), LocalTime.of(16, 30), SlotKind.PLENARY,
                "Tagesrückblick"));
        roomSlots.addSlot(slug, new SlotForm(day2, LocalTime.of(9, 0), LocalTime.of(9, 30), SlotKind.PLENARY,
                "Morgenrunde"));
        roomSlots.generateDay(slug, new DayPlanForm(day2, LocalTime.of(9, 45), LocalTime.of(15, 30), 45, 15,
                LocalTime.of(11, 45), 60));
        roomSlots.addSlot(slug, new SlotForm(day2, LocalTime.of(15, 45), LocalTime.of(16, 30), SlotKind.PLENARY,
                "Abschluss und Ergebnisse"));
    }

    /** Most votes first, each into the earliest free session slot, biggest room first, without warnings. */
    private void placeByVotes(String slug) {
        ScheduleSnapshot s = planning.planner(slug);
        List<RoomDto> rooms = s.rooms().stream().sorted(Comparator.comparing(
                (RoomDto r) -> r.capacity() == null ? 0 : r.capacity()).reversed()).toList();
        List<SlotDto> sessionSlots = s.slots().stream().filter(x -> x.kind() == SlotKind.SESSION).toList();
        int placed = 0;
        for (ScheduledSession session : s.unplaced()) {
            if (placed == PLACED) {
                break;
            }
            if (tryPlace(slug, session.id(), rooms, sessionSlots)) {
                placed++;
            }
        }
    }

    private boolean tryPlace(String slug, long sessionId, List<RoomDto> rooms, List<SlotDto> slots) {
        for (SlotDto slot : slots) {
            for (RoomDto room : rooms) {
                try {
                    PlaceResult r = planning.place(slug, sessionId, room.id(), slot.id());
                    if (r.warnings().stream().noneMatch(w -> AVOID.contains(w.kind()))) {
                        return true;
                    }
                } catch (InvalidInputException taken) {
                    // room or host busy at this time: try the next place
                }
            }
        }
        if (planning.planner(slug).placed().stream().anyMatch(x -> x.id() == sessionId)) {
            planning.unplace(slug, sessionId);
        }
        return false;
    }

    /**
     * After publishing: the least wanted placed session is cancelled, the one before it moves to a later slot.
     * Returns the cancelled session's id (-1 if none).
     */
    private long changeAfterPublishing(String slug, ScheduleSnapshot s) {
        List<ScheduledSession> byVotes = new ArrayList<>(s.placed());
        byVotes.sort(Comparator.comparingLong((ScheduledSession x) -> x.content().votes()).thenComparing(ScheduledSession::id));
        if (byVotes.size() < 2) {
            return -1;
        }
        long cancelled = byVotes.get(0).id();
        planning.cancel(slug, cancelled);
        ScheduledSession moving = byVotes.stream().skip(1).filter(x -> x.slotCount() == 1).findFirst().orElse(null);
        if (moving == null) {
            return cancelled;
        }
        List<SlotDto> later = s.slots().stream().filter(x -> x.kind() == SlotKind.SESSION
                && x.startsAt().isAfter(moving.startsAt())).toList();
        for (SlotDto slot : later) {
            for (RoomDto room : s.rooms()) {
                if (room.capacity() != null && room.capacity() < moving.content().votes()) {
                    continue;
                }
                try {
                    PlaceResult r = planning.place(slug, moving.id(), room.id(), slot.id());
                    if (r.warnings().stream().noneMatch(w -> AVOID.contains(w.kind()))) {
                        return cancelled;
                    }
                } catch (InvalidInputException taken) {
                    // busy: try the next place
                }
            }
        }
        return cancelled;
    }
}
