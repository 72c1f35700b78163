package org.kogge.proposal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.kogge.account.PeopleDirectory;
import org.kogge.account.PersonName;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sessions of many events at once, for lists across the network (the knowledge archive): two queries (the proposals
 * with their co-hosts, then the hosts' names), whatever the number of sessions and events. Which of them may be shown
 * (a published programme of a public event) is the caller's to decide; this only reads their content.
 */
@Service
@Transactional(readOnly = true)
public class SessionSummaries {

    private final ProposalRepository proposals;
    private final PeopleDirectory people;

    SessionSummaries(ProposalRepository proposals, PeopleDirectory people) {
        this.proposals = proposals;
        this.people = people;
    }

    /** The summaries of these proposals by id (unknown ids are left out). */
    public Map<Long, SessionSummary> of(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<Proposal> found = proposals.findWithCohostsByIdIn(Set.copyOf(ids));
        Set<Long> personIds = new HashSet<>();
        found.forEach(p -> {
            personIds.add(p.getHostId());
            personIds.addAll(p.getCohostIds());
        });
        Map<Long, PersonName> names = people.names(personIds);
        Map<Long, SessionSummary> result = new LinkedHashMap<>();
        for (Proposal p : found) {
            List<String> hostNames = new ArrayList<>();
            PersonName host = names.get(p.getHostId());
            if (host != null && host.displayName() != null) {
                hostNames.add(host.displayName());
            }
            p.getCohostIds().stream().map(names::get).filter(Objects::nonNull).map(PersonName::displayName)
                    .filter(Objects::nonNull).sorted(Comparator.naturalOrder()).forEach(hostNames::add);
            Set<Long> hostIds = new HashSet<>(p.getCohostIds());
            hostIds.add(p.getHostId());
            result.put(p.getId(), new SessionSummary(p.getId(), p.getEventId(), p.getTitle(), p.getAbstractText(),
                    Set.copyOf(hostIds), List.copyOf(hostNames)));
        }
        return result;
    }
}
