package org.kogge.proposal;

import java.time.Instant;
import java.util.List;

/**
 * A proposal on the board: host and co-hosts with city, topics, format, votes, and the caller's relation to it
 * ({@code myVote}, {@code mine}: host or co-host). {@code abstractHtml} is sanitized.
 */
public record ProposalCard(long id, String title, String abstractText, String abstractHtml, ProposalFormat format,
                           SessionLanguage language, int slots, ProposalStatus status, String declineNote,
                           long hostId, String hostName, String hostCity, List<String> cohostNames,
                           List<TopicDto> topics, long votes, boolean myVote, boolean mine, Instant createdAt) {
}
