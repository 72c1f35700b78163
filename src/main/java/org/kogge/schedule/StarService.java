package org.kogge.schedule;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.kogge.account.CurrentUser;
import org.kogge.common.InvalidInputException;
import org.kogge.common.NotFoundException;
import org.kogge.event.EventGate;
import org.kogge.event.EventRef;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Stars: the sessions a logged-in person wants in their agenda and personal calendar feed. */
@Service
@Transactional(readOnly = true)
public class StarService {

    private final SessionStarRepository stars;
    private final PlacementRepository placements;
    private final ScheduleStateRepository states;
    private final EventGate events;
    private final CurrentUser currentUser;
    private final Clock clock;

    public StarService(SessionStarRepository stars, PlacementRepository placements, ScheduleStateRepository states,
                       EventGate events, CurrentUser currentUser, Clock clock) {
        this.stars = stars;
        this.placements = placements;
        this.states = states;
        this.events = events;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Stars or unstars a session of a published schedule for the caller; returns whether it is starred now. */
    @Transactional
    public boolean toggle(String slug, long sessionId) {
        long me = currentUser.requireId();
        EventRef t = events.visible(slug);
        Placement p = placements.placedIn(t.eventId(), sessionId)
                .orElseThrow(() -> new NotFoundException("session " + sessionId));
        if (!states.findById(t.eventId()).map(ScheduleState::isPublished).orElse(false)) {
            throw new InvalidInputException(null, "schedule.star.not-published");
        }
        SessionStar.Key key = new SessionStar.Key(me, p.getProposalId());
        if (stars.existsById(key)) {
            stars.deleteById(key);
            return false;
        }
        stars.save(new SessionStar(me, p.getProposalId(), t.eventId(), clock.instant()));
        return true;
    }

    /** The caller's starred sessions in one event (empty when logged out). */
    public Set<Long> myStarsIn(String slug) {
        EventRef t = events.visible(slug);
        return currentUser.id().map(me -> Set.copyOf(stars.starredIn(me, t.eventId()))).orElse(Set.of());
    }

    /** All stars of a person, any event: for their agenda and personal feed (callers check who may see them). */
    public List<Star> starsOf(long personId) {
        return stars.findByPersonId(personId).stream()
                .map(s -> new Star(s.getEventId(), s.getProposalId(), s.getCreatedAt())).toList();
    }

    /** Who starred which session of an event, one query: session id to the ids of the people who starred it. */
    public java.util.Map<Long, Set<Long>> starrersIn(long eventId) {
        java.util.Map<Long, Set<Long>> bySession = new java.util.HashMap<>();
        for (Object[] row : stars.starsByProposal(eventId)) {
            bySession.computeIfAbsent((Long) row[0], k -> new java.util.HashSet<>()).add((Long) row[1]);
        }
        return bySession;
    }

    /** One starred session. */
    public record Star(long eventId, long sessionId, java.time.Instant starredAt) {
    }
}
