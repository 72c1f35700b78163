package org.kogge.schedule;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kogge.common.feed.SharedSnapshots;
import org.kogge.event.EventGate;
import org.kogge.event.EventKind;
import org.kogge.event.EventRef;
import org.kogge.proposal.BoardService;
import org.kogge.proposal.SessionContent;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads schedules: the one door to a published schedule, which the public programme, the calendars and the public
 * API go through (so whether a schedule is published is decided here only), and the planner's whole snapshot. Each
 * read costs a fixed number of queries, however many rooms, slots and sessions the event has (one more if sessions
 * were withdrawn with their proposals). What the public sees of an event's schedule is read once per change of the
 * event and shared by every page that shows it ({@link SharedSnapshots}); who may see it is decided per caller.
 */
@Service
@Transactional(readOnly = true)
public class ScheduleReader {

    private static final String SHARED_SCHEDULE = "schedule";

    private final EventGate events;
    private final BoardService boards;
    private final RoomRepository rooms;
    private final TimeSlotRepository slots;
    private final PlacementRepository placements;
    private final ScheduleStateRepository states;
    private final SharedSnapshots snapshots;

    public ScheduleReader(EventGate events, BoardService boards, RoomRepository rooms, TimeSlotRepository slots,
                          PlacementRepository placements, ScheduleStateRepository states, SharedSnapshots snapshots) {
        this.events = events;
        this.boards = boards;
        this.rooms = rooms;
        this.slots = slots;
        this.placements = placements;
        this.states = states;
        this.snapshots = snapshots;
    }

    /**
     * The schedule of a visible event as everybody sees it, logged in or not: the calendars and the public API, which
     * give an organizer no more than anybody else. Before it is published it has rooms and slots but no sessions.
     */
    public PublishedSchedule published(String slug) {
        return published(events.visible(slug), false);
    }

    /** The same for the caller, except that an event's organizers see its sessions as a preview before publishing. */
    public PublishedSchedule publishedOrPreview(String slug) {
        return published(events.visible(slug), true);
    }

    /** What {@link #publishedOrPreview} would show of an event (one query, no sessions read). */
    public Visibility visibilityFor(EventRef t) {
        boolean published = t.kind() == EventKind.BARCAMP
                && states.findById(t.eventId()).map(ScheduleState::isPublished).orElse(false);
        return visibility(t, published, true);
    }

    private PublishedSchedule published(EventRef t, boolean preview) {
        if (t.kind() != EventKind.BARCAMP) {
            return new PublishedSchedule(t, Visibility.NOT_PUBLISHED, null, null, List.of(), List.of(), List.of(),
                    List.of());
        }
        // The same for every open programme and now board of the event: read once per change of the event.
        ScheduleSnapshot s = snapshots.get(SHARED_SCHEDULE, t.eventId(), () -> snapshot(t));
        Visibility v = visibility(t, s.published(), preview);
        return new PublishedSchedule(t, v, s.publishedAt(), s.changedAt(), s.rooms(), s.slots(),
                v.showsSessions() ? s.placed() : List.of(), v.showsSessions() ? s.withdrawn() : List.of());
    }

    /**
     * Whether the public may see an event's schedule, the one place this is decided: a barcamp that is public (not a
     * draft) whose organizers published its schedule ({@code published}, the planner's flag). Otherwise its
     * organizers see a preview, if one is asked for.
     */
    private Visibility visibility(EventRef t, boolean published, boolean preview) {
        if (t.kind() == EventKind.BARCAMP && t.state().isPublic() && published) {
            return Visibility.PUBLISHED;
        }
        return preview && events.isOrganizer(t) ? Visibility.PREVIEW : Visibility.NOT_PUBLISHED;
    }

    /**
     * The whole schedule of an event whose terms came from {@link EventGate} (so the caller passed its checks), for
     * the planner; what the public sees goes through {@link #published(String)}.
     */
    /** A schedule's figures for its organizers, by count queries (see {@link ScheduleFigures}). */
    ScheduleFigures figures(EventRef t) {
        Optional<ScheduleState> state = states.findById(t.eventId());
        return new ScheduleFigures(state.map(ScheduleState::getPublishedAt).orElse(null),
                state.map(ScheduleState::getChangedAt).orElse(null), rooms.countByEventId(t.eventId()),
                slots.countByEventId(t.eventId()), placements.countScheduled(t.eventId()));
    }

    ScheduleSnapshot snapshot(EventRef t) {
        List<RoomDto> roomList = rooms.findByEventIdOrderByPositionAscIdAsc(t.eventId()).stream().map(RoomDto::of).toList();
        List<SlotDto> slotList = slots.findByEventIdOrderByStartsAtAscIdAsc(t.eventId()).stream().map(SlotDto::of).toList();
        Optional<ScheduleState> state = states.findById(t.eventId());
        boolean published = state.map(ScheduleState::isPublished).orElse(false);
        if (t.kind() != EventKind.BARCAMP) {
            return new ScheduleSnapshot(t, published,
                    state.map(ScheduleState::getPublishedAt).orElse(null),
                    state.map(ScheduleState::getChangedAt).orElse(null), roomList, slotList, List.of(), List.of(),
                    List.of());
        }
        Map<Long, String> roomNames = roomList.stream().collect(Collectors.toMap(RoomDto::id, RoomDto::name));
        Map<Long, Placement> byProposal = placements.findByEventId(t.eventId()).stream()
                .collect(Collectors.toMap(Placement::getProposalId, Function.identity()));
        List<SessionContent> accepted = boards.sessionContents(t);
        List<ScheduledSession> all = accepted.stream().map(c -> session(c, byProposal.get(c.id()), roomNames)).toList();
        List<ScheduledSession> placed = all.stream().filter(ScheduledSession::isPlaced)
                .sorted(Comparator.comparing(ScheduledSession::startsAt)
                        .thenComparing(x -> positionOf(roomList, x.roomId())).thenComparing(ScheduledSession::id))
                .toList();
        List<ScheduledSession> unplaced = all.stream().filter(x -> !x.isPlaced())
                .sorted(Comparator.comparing((ScheduledSession x) -> x.content().votes()).reversed()
                        .thenComparing(ScheduledSession::id))
                .toList();
        return new ScheduleSnapshot(t, published, state.map(ScheduleState::getPublishedAt).orElse(null),
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
        return boards.sessionContents(t, ids).stream().map(c -> session(c, byProposal.get(c.id()), roomNames))
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

    static ScheduledSession session(SessionContent c, Placement p, Map<Long, String> roomNames) {
        if (p == null) {
            return new ScheduledSession(c, null, null, null, c.slots(), null, null, PlacementStatus.SCHEDULED, 0, null,
                    false);
        }
        return new ScheduledSession(c, p.getRoomId(), p.getRoomId() == null ? null : roomNames.get(p.getRoomId()),
                p.getSlotId(), p.getSlotCount(), p.getStartsAt(), p.getEndsAt(), p.getStatus(), p.getSequence(),
                p.getUpdatedAt(), p.isPinned());
    }

    /** The id of the event a session (a proposal that was placed once) belongs to: for links that name only the session. */
    public Optional<Long> eventIdOfSession(long sessionId) {
        return placements.findById(sessionId).map(Placement::getEventId);
    }

    /**
     * The events whose programme may hold sessions this person hosts or co-hosts (accepted proposals), one query:
     * their agenda and calendar feed show their own sessions. Which of those sessions are in a published schedule,
     * and whether the events are public, {@link #published} tells.
     */
    public java.util.Set<Long> eventsWithSessionsHostedBy(long personId) {
        return boards.eventsWithSessionsHostedBy(personId);
    }

    /**
     * Of these sessions (of any events), those that take place in a published schedule, neither cancelled nor
     * withdrawn, with their start; one query. Whether their events are public is the caller's to check (see
     * {@link org.kogge.event.EventGate#summaries}).
     */
    public Map<Long, java.time.Instant> publishedScheduled(java.util.Collection<Long> sessionIds) {
        if (sessionIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, java.time.Instant> starts = new java.util.HashMap<>();
        for (Object[] row : placements.findPublishedScheduled(sessionIds)) {
            starts.put((Long) row[0], (java.time.Instant) row[1]);
        }
        return starts;
    }

    /**
     * Of these sessions (of any events), where those in a published schedule take place, cancelled ones included
     * ({@code true} in {@link PublishedPlace#cancelled}); two queries (placements, their rooms) whatever their number.
     * Whether their events are public is the caller's to check.
     */
    public Map<Long, PublishedPlace> publishedPlaces(java.util.Collection<Long> sessionIds) {
        if (sessionIds.isEmpty()) {
            return Map.of();
        }
        List<Placement> placed = placements.findPublishedPlacedByProposalIdIn(sessionIds);
        if (placed.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> roomNames = rooms.findAllById(placed.stream().map(Placement::getRoomId)
                .collect(Collectors.toSet())).stream().collect(Collectors.toMap(Room::getId, Room::getName));
        return placed.stream().collect(Collectors.toMap(Placement::getProposalId, p -> new PublishedPlace(
                SessionPlace.of(p, roomNames.get(p.getRoomId())), p.getStatus() != PlacementStatus.SCHEDULED)));
    }
}
