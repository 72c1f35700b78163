package org.kogge.schedule;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kogge.event.EventGate;
import org.kogge.event.EventKind;
import org.kogge.event.EventRef;
import org.kogge.proposal.BoardService;
import org.kogge.proposal.SessionContent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What every write to a schedule shares, whether it changes rooms and slots ({@link RoomSlotService}) or places
 * sessions ({@link PlanningService}): the access check, the event's row lock, and one {@link Work} that logs changes
 * of a published schedule (with its {@link SessionEvent}) and announces {@link ScheduleChanged}.
 * <p>
 * Every write checks that the caller organizes the event, then locks the event's row, so two organizers working on
 * one schedule at the same moment are served one after the other and both see what the other wrote (READ COMMITTED
 * after the lock). After publishing, every change of a session's time, room or status is logged as a
 * {@link ScheduleChange}, bumps the session's calendar sequence and the schedule's {@code changedAt}; each write
 * announces {@link ScheduleChanged} (listeners act after commit). Callers run inside their own transaction.
 */
@Component
class ScheduleWriter {

    private final EventGate events;
    private final BoardService boards;
    private final RoomRepository rooms;
    private final PlacementRepository placements;
    private final ScheduleStateRepository states;
    private final ScheduleChangeRepository changes;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    ScheduleWriter(EventGate events, BoardService boards, RoomRepository rooms, PlacementRepository placements,
                   ScheduleStateRepository states, ScheduleChangeRepository changes,
                   ApplicationEventPublisher publisher, Clock clock) {
        this.events = events;
        this.boards = boards;
        this.rooms = rooms;
        this.placements = placements;
        this.states = states;
        this.changes = changes;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** The barcamp behind a slug the caller organizes (for reading; writes go through {@link #begin}). */
    EventRef organized(String slug) {
        return events.organized(slug).ofKind(EventKind.BARCAMP);
    }

    /** Checks access, locks the event and opens one write. */
    Work begin(String slug) {
        EventRef t = organized(slug);
        return new Work(events.lock(t.eventId()), clock.instant());
    }

    /**
     * Locks the event and opens one write without an access check: only for following a decision that had its check
     * already (see {@link ProposalDecisions}), which may run again after a restart, with nobody logged in.
     */
    Work followUp(long eventId) {
        return new Work(events.lock(eventId), clock.instant());
    }

    Map<Long, String> roomNames(long eventId) {
        Map<Long, String> names = new HashMap<>();
        rooms.findByEventIdOrderByPositionAscIdAsc(eventId).forEach(r -> names.put(r.getId(), r.getName()));
        return names;
    }

    /** The slots a session of {@code count} slots takes from {@code first} on: as many as its day has, at most count. */
    static List<TimeSlot> span(List<TimeSlot> all, TimeSlot first, int count, ZoneId zone) {
        LocalDate day = first.getStartsAt().atZone(zone).toLocalDate();
        List<TimeSlot> sameDay = all.stream().filter(s -> s.getStartsAt().atZone(zone).toLocalDate().equals(day))
                .sorted(Comparator.comparing(TimeSlot::getStartsAt).thenComparing(TimeSlot::getId)).toList();
        int from = sameDay.indexOf(first);
        return sameDay.subList(from, Math.min(sameDay.size(), from + Math.max(1, count)));
    }


    /** One write to a locked event's schedule: its time, its change log and state. */
    final class Work {
        final EventRef t;
        final Instant now;
        private ScheduleState state;
        private Map<Long, SessionContent> contents;

        private Work(EventRef t, Instant now) {
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
                contents = boards.sessionContents(t).stream()
                        .collect(Collectors.toMap(SessionContent::id, Function.identity()));
            }
            return contents;
        }

        /** The content of a session whatever its proposal's status now (accepted or not any more). */
        SessionContent contentOf(long sessionId) {
            SessionContent c = contents().get(sessionId);
            return c != null ? c : boards.sessionContents(t, List.of(sessionId)).stream().findFirst().orElse(null);
        }

        /**
         * Logs a change of a session once the schedule is published, and publishes its {@link SessionEvent}.
         * {@code from}: where it was before (null when it was not placed); where it is now is read from {@code p},
         * in the room called {@code newRoom}. A withdrawn session is logged once, as cancelled: the programme no
         * longer shows it, so where its place moves to after that (room renamed, slot edited) is nobody's business.
         */
        void log(Placement p, ChangeKind kind, SessionContent c, SessionPlace from, String newRoom) {
            if (!state().isPublished() || p.getStatus() == PlacementStatus.WITHDRAWN && kind != ChangeKind.CANCELLED) {
                return;
            }
            String title = c == null ? "#" + p.getProposalId() : c.title();
            SessionPlace to = p.isPlaced() ? SessionPlace.of(p, newRoom) : null;
            changes.save(new ScheduleChange(t.eventId(), p.getProposalId(), kind, title,
                    from == null ? null : from.room(), newRoom, from == null ? null : from.startsAt(),
                    to == null ? null : to.startsAt(), now));
            long id = p.getProposalId();
            publisher.publishEvent(switch (kind) {
                case ADDED, RESTORED -> new SessionAdded(t.eventId(), id, title, to, kind == ChangeKind.RESTORED);
                case MOVED -> new SessionMoved(t.eventId(), id, title, from, to);
                case CANCELLED, REMOVED -> new SessionCancelled(t.eventId(), id, title, from,
                        kind == ChangeKind.REMOVED ? SessionCancelled.Reason.REMOVED
                                : p.getStatus() == PlacementStatus.WITHDRAWN ? SessionCancelled.Reason.WITHDRAWN
                                : SessionCancelled.Reason.CANCELLED);
            });
        }

        /** Logs a change of a placed session's status (cancelled, withdrawn, restored): same room, same time. */
        void logInPlace(Placement p, ChangeKind kind, SessionContent c) {
            String room = roomNames(t.eventId()).get(p.getRoomId());
            log(p, kind, c, SessionPlace.of(p, room), room);
        }

        /** Sends a placed session back to the side list, logged as removed once published (unless withdrawn). */
        void sendBack(Placement p, String oldRoom) {
            SessionPlace from = SessionPlace.of(p, oldRoom);
            boolean shown = p.getStatus() != PlacementStatus.WITHDRAWN;
            p.unplace(now);
            if (shown) {
                log(p, ChangeKind.REMOVED, contents().get(p.getProposalId()), from, null);
            }
        }

        /** The schedule became public: listeners hear of it after commit. */
        void published() {
            state().publish(now);
            states.flush();
            publisher.publishEvent(new SchedulePublished(t.eventId(), now));
            publisher.publishEvent(new ScheduleChanged(t.eventId()));
        }

        /**
         * Anything changed: the schedule's {@code changedAt} moves on, the write is flushed (all of it: one persistence
         * context, so callers need not flush what they changed first) and listeners hear of it after commit.
         */
        void changed() {
            state().changed(now);
            states.flush();
            publisher.publishEvent(new ScheduleChanged(t.eventId()));
        }
    }
}
