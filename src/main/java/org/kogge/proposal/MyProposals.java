package org.kogge.proposal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.kogge.event.EventSummary;

/**
 * What the logged-in person proposed across the network: the proposals they host or co-host (accepted co-host only),
 * the pending co-host requests addressed to them, and the (public) events of both, by id.
 */
public record MyProposals(List<Hosted> hosted, List<Invite> invites, Map<Long, EventSummary> events) {

    public static final MyProposals NONE = new MyProposals(List.of(), List.of(), Map.of());

    /**
     * A proposal the person hosts ({@code host}) or co-hosts, with its votes and co-hosts' names (sorted);
     * {@code editable}: they may still change it (its host, while it and the proposal phase are open).
     */
    public record Hosted(long id, long eventId, String title, ProposalStatus status, long votes, boolean host,
                         String hostName, List<String> cohostNames, boolean editable, Instant createdAt) {
    }

    /** A pending request to the person to co-host a proposal: answered on the event's board. */
    public record Invite(long proposalId, long eventId, String title, String hostName) {
    }
}
