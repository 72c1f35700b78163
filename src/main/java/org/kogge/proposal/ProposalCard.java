package org.kogge.proposal;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.kogge.common.Markdown;

/**
 * A proposal on the board: host and co-hosts with city, topics, format, votes, and the caller's relation to it
 * ({@code myVote}, {@code mine}: host or co-host).
 */
public record ProposalCard(long id, String title, String abstractText, ProposalFormat format,
                           SessionLanguage language, int slots, ProposalStatus status, String declineNote,
                           long hostId, String hostName, String hostCity, List<String> cohostNames,
                           List<TopicDto> topics, long votes, boolean myVote, boolean mine, Instant createdAt) {

    /**
     * The abstract as sanitized HTML, made when it is asked for: a board of 500 cards shows excerpts of the plain
     * text and needs none of it, a page of one proposal needs it once. Its headings start at h3, below the card's own heading.
     */
    public String abstractHtml() {
        return Markdown.toSafeHtml(abstractText, Markdown.BELOW_SECTION);
    }

    /** The same card as a viewer sees it: this very card when nothing of it differs for them. */
    ProposalCard asSeenBy(boolean viewerVoted, boolean viewerHosts, String viewerDeclineNote) {
        if (viewerVoted == myVote && viewerHosts == mine && Objects.equals(viewerDeclineNote, declineNote)) {
            return this;
        }
        return new ProposalCard(id, title, abstractText, format, language, slots, status, viewerDeclineNote, hostId,
                hostName, hostCity, cohostNames, topics, votes, viewerVoted, viewerHosts, createdAt);
    }
}
