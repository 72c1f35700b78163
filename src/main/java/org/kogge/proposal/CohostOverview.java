package org.kogge.proposal;

import java.util.List;

/**
 * What the logged-in person has to do with co-hosting at one barcamp: the requests addressed to their email
 * ({@code invites}; accepting needs a seat: {@code registered}), the sessions they co-host, and the requests they
 * sent as proposer, by the email they typed ({@code sent}).
 */
public record CohostOverview(boolean registered, List<Invite> invites, List<Session> cohosting, List<Sent> sent) {

    public static final CohostOverview NONE = new CohostOverview(false, List.of(), List.of(), List.of());

    /** A request to the caller: the proposal, its title and who proposed it. */
    public record Invite(long proposalId, String title, String hostName) {
    }

    /** A session the caller co-hosts. */
    public record Session(long proposalId, String title) {
    }

    /** A pending request the caller sent, as they typed it. */
    public record Sent(long requestId, long proposalId, String title, String email) {
    }

    public boolean isEmpty() {
        return invites.isEmpty() && cohosting.isEmpty() && sent.isEmpty();
    }
}
