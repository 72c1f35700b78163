package org.kogge.proposal;

import java.util.List;
import java.util.Set;

/**
 * What the schedule, its pages and calendars show of an accepted session: the proposal's content, its hosts (host
 * first, then co-hosts by name) and its votes. {@code abstractText} is Markdown source: sanitize before showing it
 * as HTML ({@link org.kogge.common.Markdown}). {@code hostIds} holds host and co-hosts, for "host in two rooms" checks.
 * {@code needsStepFree}: its hosts asked for a room reachable without steps.
 */
public record SessionContent(long id, String title, String abstractText, ProposalFormat format,
                             SessionLanguage language, int slots, Set<Long> hostIds, List<String> hostNames,
                             String hostCity, List<TopicDto> topics, long votes, boolean needsStepFree) {
}
