package org.kogge.schedule;

import java.time.Clock;
import java.util.List;
import org.kogge.event.EventSummary;
import org.kogge.proposal.MyProposals;

/**
 * A person's session proposals across the network, newest event first (so upcoming before past), and the co-host
 * requests addressed to them.
 */
public record MySessions(List<Session> sessions, List<Invite> invites) {

    public boolean isEmpty() {
        return sessions.isEmpty() && invites.isEmpty();
    }

    /** Where a session's title leads: its edit page, its page in the published programme, or the event's board. */
    public enum Target { EDIT, SESSION, BOARD }

    /**
     * A proposal I host or co-host, its event, and where and when it takes place once the programme is published
     * and it is placed ({@code place} null otherwise).
     */
    public record Session(MyProposals.Hosted proposal, EventSummary event, PublishedPlace place) {

        public Target target() {
            if (proposal.editable()) {
                return Target.EDIT;
            }
            return place != null ? Target.SESSION : Target.BOARD;
        }

        /** Over at the clock's now: the event has ended. */
        public boolean isPast(Clock clock) {
            return event.isPast(clock.instant());
        }
    }

    /** A pending co-host request to me, answered on the event's board. */
    public record Invite(MyProposals.Invite request, EventSummary event) {
    }
}
