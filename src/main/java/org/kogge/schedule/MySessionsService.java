package org.kogge.schedule;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.kogge.account.CurrentUser;
import org.kogge.event.EventSummary;
import org.kogge.proposal.BoardService;
import org.kogge.proposal.MyProposals;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "My sessions": every proposal the logged-in person hosts or co-hosts, across all events of the network, with its
 * place in the programme once that is published, and the co-host requests waiting for their answer. The proposals
 * come from the proposal feature's read door ({@link BoardService#hostedByMe}), the places from
 * {@link ScheduleReader#publishedPlaces}: a fixed number of queries, whatever the number of proposals and events.
 */
@Service
@Transactional(readOnly = true)
public class MySessionsService {

    /**
     * Latest event first (upcoming before past); in an event, its sessions in the published programme by time, then
     * the other proposals, the newest first.
     */
    private static final Comparator<MySessions.Session> ORDER = Comparator
            .comparing((MySessions.Session s) -> s.event().startsAt(), Comparator.reverseOrder())
            .thenComparing(s -> s.event().id())
            .thenComparing(s -> s.place() == null ? null : s.place().place().startsAt(),
                    Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(s -> s.proposal().createdAt(), Comparator.reverseOrder())
            .thenComparing(s -> s.proposal().id(), Comparator.reverseOrder());

    private final BoardService boards;
    private final ScheduleReader schedules;
    private final CurrentUser currentUser;

    MySessionsService(BoardService boards, ScheduleReader schedules, CurrentUser currentUser) {
        this.boards = boards;
        this.schedules = schedules;
        this.currentUser = currentUser;
    }

    /** The caller's sessions and co-host requests; anonymous callers are refused. */
    public MySessions mine() {
        currentUser.requireId();
        MyProposals mine = boards.hostedByMe();
        Map<Long, EventSummary> events = mine.events();
        Set<Long> ids = mine.hosted().stream().map(MyProposals.Hosted::id).collect(Collectors.toSet());
        Map<Long, PublishedPlace> places = schedules.publishedPlaces(ids);
        List<MySessions.Session> sessions = mine.hosted().stream()
                .map(h -> new MySessions.Session(h, events.get(h.eventId()), places.get(h.id())))
                .sorted(ORDER).toList();
        List<MySessions.Invite> invites = mine.invites().stream()
                .map(i -> new MySessions.Invite(i, events.get(i.eventId()))).toList();
        return new MySessions(sessions, invites);
    }
}
