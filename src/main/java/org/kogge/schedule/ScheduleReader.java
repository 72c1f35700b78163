package org.kogge.schedule;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kogge.event.EventGate;
import org.kogge.event.EventKind;
import org.kogge.event.EventRef;
import org.kogge.proposal.ProposalService;
import org.kogge.proposal.SessionContent;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads schedules: what the public schedule pages, the planner and the calendars build on. A snapshot costs a fixed
 * number of queries, however many rooms, slots and sessions the event has (one more if sessions were withdrawn).
 */
@Service
@Transactional(readOnly = true)
public class ScheduleReader {

    private final EventGate events;
    private final ProposalService proposals;
    private final RoomRepository rooms;
    private final TimeSlotRepository slots;
    private final PlacementRepository placements;
    private final ScheduleStateRepository states;

    public ScheduleReader(EventGate events, ProposalService proposals, RoomRepository rooms, TimeSlotRepository slots,
                          PlacementRepository placements, ScheduleStateRepository states) {
        this.events = events;
        this.proposals = proposals;
        this.rooms = rooms;
        this.slots = slots;
        this.placements = placements;
        this.states = states;
    }

    /**
     * The schedule of a visible event as the caller may see it: everyone sees a published schedule; before it is
     * published only the event's organizers see sessions (others get rooms and slots but no sessions).
     */
    public ScheduleSnapshot schedule(String slug) {
        EventRef t = events.visible(slug);
        ScheduleSnapshot s = snapshot(t);
        if (s.published() || events.isOrganizer(t)) {
            return s;
        }
        return new ScheduleSnapshot(t, false, null, s.changedAt(), s.rooms(), s.slots(), List.of(), List.of(),
                List.of());
    }

    /** The full schedule of an event the caller organizes, published or not (the planner's view). */
    public ScheduleSnapshot forOrganizer(String slug) {
        return snapshot(events.organized(slug));
    }

    /** One session of a visible event, if the caller may see it (see {@link #schedule(String)}). */
    public Optional<ScheduledSession> session(String slug, long sessionId) {
        ScheduleSnapshot s = schedule(slug);
        return s.placed().stream().filter(x -> x.id() == sessionId).findFirst()
                .or(() -> s.unplaced().stream().filter(x -> x.id() == sessionId).findFirst());
    }

    /** The snapshot of an event whose terms came from {@link EventGate} (so the caller passed its checks). */
    public ScheduleSnapshot snapshot(EventRef t) {
        List<RoomDto> roomList = rooms.findByEventIdOrderByPositionAscIdAsc(t.eventId()).stream().map(RoomDto::of).toList();
        List<SlotDto> slotList = slots.findByEventIdOrderByStartsAtAscIdAsc(t.eventId()).stream().map(SlotDto::of).toList();
        Optional<ScheduleState> state = states.findById(t.eventId());
        if (t.kind() != EventKind.BARCAMP) {
            return new ScheduleSnapshot(t, state.map(ScheduleState::isPublished).orElse(false),
                    state.map(ScheduleState::getPublishedAt).orElse(null),
                    state.map(ScheduleState::getChangedAt).orElse(null), roomList, slotList, List.of(), List.of(),
                    List.of());
        }
        Map<Long, String> roomNames = roomList.stream().collect(Collectors.toMap(RoomDto::id, RoomDto::name));
        Map<Long, Placement> byProposal = placements.findByEventId(t.eventId()).stream()
                .collect(Collectors.toMap(Placement::getProposalId, Function.identity()));
        List<SessionContent> accepted = proposals.sessionContents(t);
        List<ScheduledSession> all = accepted.stream().map(c -> session(c, byProposal.get(c.id()), roomNames)).toList();
        List<ScheduledSession> placed = all.stream().filter(ScheduledSession::isPlaced)
                .sorted(Comparator.comparing(ScheduledSession::startsAt)
                        .thenComparing(x -> positionOf(roomList, x.roomId())).thenComparing(ScheduledSession::id))
                .toList();
        List<ScheduledSession> unplaced = all.stream().filter(x -> !x.isPlaced())
                .sorted(Comparator.comparing((ScheduledSession x) -> x.content().votes()).reversed()
                        .thenComparing(ScheduledSession::id))
                .toList();
        return new ScheduleSnapshot(t, state.map(ScheduleState::isPublished).orElse(false),
                state.map(ScheduleState::getPublishedAt).orElse(null),
                state.map(ScheduleState::getChangedAt).orElse(null), roomList, slotList, placed, unplaced,
                withdrawn(t, accepted, byProposal, roomNames));
    }

    /** Placed sessions withdrawn with their proposal (see {@link PlacementStatus#WITHDRAWN}); one query if any. */
    private List<ScheduledSession> withdrawn(EventRef t, List<SessionContent> accepted, Map<Long, Placement> byProposal,
                                             Map<Long, String> roomNames) {
        Set<Long> acceptedIds = accepted.stream().map(SessionContent::id).collect(Collectors.toSet());
        List<Long> ids = byProposal.values().stream()
                .filter(p -> p.isPlaced() && p.getStatus() == PlacementStatus.WITHDRAWN)
                .map(Placement::getProposalId).filter(id -> !acceptedIds.contains(id)).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return proposals.sessionContents(t, ids).stream().map(c -> session(c, byProposal.get(c.id()), roomNames))
                .sorted(Comparator.comparing(ScheduledSession::startsAt).thenComparing(ScheduledSession::id)).toList();
    }

    private static int positionOf(List<RoomDto> roomList, Long roomId) {
        for (int i = 0; i < roomList.size(); i++) {
            if (roomId != null && roomList.get(i).id() == roomId) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }

    private static ScheduledSession session(SessionContent c, Placement p, Map<Long, String> roomNames) {
        if (p == null) {
            return new ScheduledSession(c, null, null, null, c.slots(), null, null, PlacementStatus.SCHEDULED, 0, null);
        }
        return new ScheduledSession(c, p.getRoomId(), p.getRoomId() == null ? null : roomNames.get(p.getRoomId()),
                p.getSlotId(), p.getSlotCount(), p.getStartsAt(), p.getEndsAt(), p.getStatus(), p.getSequence(),
                p.getUpdatedAt());
    }

    /** The id of the event a session (a proposal that was placed once) belongs to: for links that name only the session. */
    public Optional<Long> eventIdOfSession(long sessionId) {
        return placements.findById(sessionId).map(Placement::getEventId);
    }
}
