package org.kogge.proposal;

import java.util.List;
import java.util.Set;

/**
 * A session in the network's lists across events (the knowledge archive): title, Markdown abstract (sanitize or
 * strip before showing it), its hosts' ids (host and co-hosts) and names (the host first, then co-hosts by name).
 */
public record SessionSummary(long id, long eventId, String title, String abstractText, Set<Long> hostIds,
                             List<String> hostNames) {
}
