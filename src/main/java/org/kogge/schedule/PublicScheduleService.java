package org.kogge.schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.kogge.account.CurrentUser;
import org.kogge.common.Markdown;
import org.kogge.common.NotFoundException;
import org.kogge.event.EventGate;
import org.kogge.event.EventKind;
import org.kogge.event.EventRef;
import org.kogge.proposal.TopicDto;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the public sees of a barcamp's schedule: the programme page (grid and list, filtered by topic and room, with
 * the latest changes and the caller's stars), one session's page, and the "now and next" board for the venue.
 * Everyone sees a published schedule; before it is published its organizers see a preview and everybody else an
 * empty page saying so. Drafts and events that are not barcamps are not found. Each read costs a fixed number of
 * queries, however many sessions the schedule has.
 */
@Service
@Transactional(readOnly = true)
public class PublicScheduleService {

    /** How many of the latest changes the programme page lists. */
    public static final int CHANGES_SHOWN = 8;

    /** From how long before the event until its end the event page offers the "now" board. */
    static final Duration NOW_BOARD_LEAD = Duration.ofHours(2);

    private final ScheduleReader reader;
    private final EventGate events;
    private final ScheduleChangeRepository changes;
    private final SessionStarRepository stars;
    private final CurrentUser currentUser;
    private final Clock clock;

    public PublicScheduleService(ScheduleReader reader, EventGate events, ScheduleChangeRepository changes,
                                 SessionStarRepository stars, CurrentUser currentUser, Clock clock) {
        this.reader = reader;
        this.events = events;
        this.changes = changes;
        this.stars = stars;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * The programme page. {@code topicId} and {@code roomId} filter it (ids that are not the event's are ignored,
     * see {@link Programme#topicId()} and {@link Programme#roomId()} for the filter in effect).
     */
    public Programme programme(String slug, Long topicId, Long roomId) {
        PublishedSchedule s = reader.publishedOrPreview(slug);
        EventRef t = s.event().ofKind(EventKind.BARCAMP);
        Visibility visibility = s.visibility();
        ZoneId zone = t.zone();
        List<ScheduledSession> placed = s.sessions();

        Map<Long, TopicDto> topicsById = new LinkedHashMap<>();
        placed.forEach(x -> x.content().topics().forEach(topic -> topicsById.putIfAbsent(topic.id(), topic)));
        List<TopicDto> topics = topicsById.values().stream()
                .sorted(Comparator.comparing(TopicDto::name, String.CASE_INSENSITIVE_ORDER)).toList();
        Long topic = topicId != null && topicsById.containsKey(topicId) ? topicId : null;
        Long room = roomId != null && s.rooms().stream().anyMatch(r -> r.id() == roomId) ? roomId : null;

        List<RoomDto> rooms = s.rooms().stream().filter(r -> room == null || r.id() == room).toList();
        List<ScheduledSession> shown = placed.stream()
                .filter(x -> room == null || room.equals(x.roomId()))
                .filter(x -> topic == null || x.content().topics().stream().anyMatch(tp -> tp.id() == topic))
                .toList();

        Map<LocalDate, List<SlotDto>> slotsByDay = new LinkedHashMap<>();
        s.slots().forEach(slot -> slotsByDay.computeIfAbsent(slot.day(zone), d -> new ArrayList<>()).add(slot));
        List<Day> days = new ArrayList<>();
        slotsByDay.forEach((date, slots) -> days.add(new Day(date, List.copyOf(slots),
                shown.stream().filter(x -> x.startsAt().atZone(zone).toLocalDate().equals(date)).toList())));

        List<Change> latest = visibility == Visibility.PUBLISHED ? changesSince(t.eventId(), s.publishedAt()) : List.of();
        return new Programme(t, visibility, s.changedAt(), s.rooms(), rooms, topics, topic, room, List.copyOf(days),
                shown.size(), latest, myStars(t), currentUser.id().isPresent());
    }

    /** One session of the programme; a session of another event, an unplaced one or an unknown id is not found. */
    public SessionPage session(String slug, long sessionId) {
        PublishedSchedule s = reader.publishedOrPreview(slug);
        EventRef t = s.event().ofKind(EventKind.BARCAMP);
        Visibility visibility = s.visibility();
        ScheduledSession session = s.sessions().stream().filter(x -> x.id() == sessionId).findFirst()
                .orElseThrow(() -> new NotFoundException("session " + sessionId));
        RoomDto room = s.rooms().stream().filter(r -> Objects.equals(r.id(), session.roomId())).findFirst().orElse(null);
        return new SessionPage(t, visibility, session, room, Markdown.toSafeHtml(session.content().abstractText(), Markdown.BELOW_PAGE_TITLE),
                myStars(t).contains(sessionId), currentUser.id().isPresent());
    }

    /**
     * The "now and next" board at this moment: per room the session running now and the one after it; the break or
     * plenary going on; and when the board must be shown anew because a session or slot starts or ends.
     */
    public NowBoard now(String slug) {
        PublishedSchedule s = reader.publishedOrPreview(slug);
        EventRef t = s.event().ofKind(EventKind.BARCAMP);
        Visibility visibility = s.visibility();
        Instant now = clock.instant();
        List<ScheduledSession> placed = s.sessions();
        List<RoomNow> rooms = new ArrayList<>();
        for (RoomDto room : s.rooms()) {
            List<ScheduledSession> inRoom = placed.stream().filter(x -> Objects.equals(x.roomId(), room.id())).toList();
            ScheduledSession current = inRoom.stream()
                    .filter(x -> !x.startsAt().isAfter(now) && x.endsAt().isAfter(now))
                    .filter(x -> !x.isCancelled()).findFirst()
                    .or(() -> inRoom.stream().filter(x -> !x.startsAt().isAfter(now) && x.endsAt().isAfter(now))
                            .findFirst())
                    .orElse(null);
            Instant after = current == null ? now : current.endsAt();
            ScheduledSession next = inRoom.stream()
                    .filter(x -> x != current && x.startsAt().isAfter(now) && !x.startsAt().isBefore(after))
                    .findFirst().orElse(null);
            rooms.add(new RoomNow(room, current, next));
        }
        SlotDto slot = s.slots().stream()
                .filter(x -> x.kind() != SlotKind.SESSION && !x.startsAt().isAfter(now) && x.endsAt().isAfter(now))
                .findFirst().orElse(null);
        Instant refreshAt = Stream.concat(
                        placed.stream().flatMap(x -> Stream.of(x.startsAt(), x.endsAt())),
                        s.slots().stream().flatMap(x -> Stream.of(x.startsAt(), x.endsAt())))
                .filter(Objects::nonNull).filter(i -> i.isAfter(now)).min(Comparator.naturalOrder()).orElse(null);
        return new NowBoard(t, visibility, now, s.changedAt(), slot, List.copyOf(rooms), refreshAt);
    }

    /**
     * What the event page links to: nothing for events that are not barcamps or whose schedule the caller may not
     * see yet; the programme (a preview for organizers), and the "now" board from shortly before until the end.
     */
    public Optional<Links> links(String slug) {
        EventRef t = events.visible(slug);
        if (t.kind() != EventKind.BARCAMP) {
            return Optional.empty();
        }
        Visibility visibility = reader.visibilityFor(t);
        if (!visibility.showsSessions()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        boolean live = !now.isBefore(t.startsAt().minus(NOW_BOARD_LEAD)) && now.isBefore(t.endsAt());
        return Optional.of(new Links(t.slug(), visibility, live));
    }

    /** The event id behind a slug, for listening to schedule changes (same access as {@link #programme}). */
    public long eventIdOf(String slug) {
        return events.visible(slug).ofKind(EventKind.BARCAMP).eventId();
    }


    private Set<Long> myStars(EventRef t) {
        return currentUser.id().map(me -> Set.copyOf(stars.starredIn(me, t.eventId()))).orElse(Set.of());
    }

    /**
     * The latest changes since the schedule was published. (A change in the very moment of publishing counts: the
     * bound is one microsecond earlier, the precision the database keeps.)
     */
    private List<Change> changesSince(long eventId, Instant publishedAt) {
        if (publishedAt == null) {
            return List.of();
        }
        return changes.findByEventIdAndChangedAtAfterOrderByChangedAtDesc(eventId,
                        publishedAt.minus(1, ChronoUnit.MICROS), PageRequest.of(0, CHANGES_SHOWN)).stream()
                .map(c -> new Change(c.getProposalId(), c.getKind(), c.getTitle(), c.getOldRoom(), c.getNewRoom(),
                        c.getOldStartsAt(), c.getNewStartsAt(), c.getChangedAt()))
                .toList();
    }

    // ---- what the pages show ----------------------------------------------------------------------------------

    /**
     * The programme page: {@code allRooms} and {@code topics} are what the filters offer, {@code rooms} the
     * columns shown; {@code days} hold each day's slots and the sessions shown that day ({@code sessionCount} in
     * all), in time order; {@code starred} the caller's starred sessions.
     */
    public record Programme(EventRef event, Visibility visibility, Instant changedAt, List<RoomDto> allRooms,
                            List<RoomDto> rooms, List<TopicDto> topics, Long topicId, Long roomId, List<Day> days,
                            int sessionCount, List<Change> changes, Set<Long> starred, boolean loggedIn) {

        public boolean filtered() {
            return topicId != null || roomId != null;
        }
    }

    /** One day of the programme: its slots and the sessions shown on it (cancelled ones included). */
    public record Day(LocalDate date, List<SlotDto> slots, List<ScheduledSession> sessions) {

        /** The sessions that start in a slot, in room order. */
        public List<ScheduledSession> startingIn(SlotDto slot) {
            return sessions.stream().filter(x -> Objects.equals(x.slotId(), slot.id())).toList();
        }

        /** The slots a session takes (from its start up to its end): the rows it spans in the grid. */
        public List<SlotDto> slotsOf(ScheduledSession session) {
            return slots.stream().filter(x -> !x.startsAt().isBefore(session.startsAt())
                    && x.startsAt().isBefore(session.endsAt())).toList();
        }
    }

    /** One entry of the public change log: what happened to which session, when. */
    public record Change(long sessionId, ChangeKind kind, String title, String oldRoom, String newRoom,
                         Instant oldStartsAt, Instant newStartsAt, Instant changedAt) {
    }

    /** One session's page: {@code room} is where it takes place, {@code abstractHtml} the sanitized abstract. */
    public record SessionPage(EventRef event, Visibility visibility, ScheduledSession session, RoomDto room,
                              String abstractHtml, boolean starred, boolean loggedIn) {
    }

    /**
     * The "now and next" board at {@code now}: per room (in column order) what runs now and what comes next
     * ({@code null} if nothing), the break or plenary slot going on ({@code null} if none), and {@code refreshAt},
     * the next moment at which a session or slot starts or ends ({@code null} when nothing is left).
     */
    public record NowBoard(EventRef event, Visibility visibility, Instant now, Instant changedAt,
                           SlotDto specialSlot, List<RoomNow> rooms, Instant refreshAt) {
    }

    public record RoomNow(RoomDto room, ScheduledSession now, ScheduledSession next) {
    }

    /** Links from the event page. */
    public record Links(String slug, Visibility visibility, boolean live) {
    }
}
