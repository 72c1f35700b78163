package org.kogge.proposal;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.kogge.account.PeopleDirectory;
import org.kogge.account.PersonDto;
import org.kogge.common.Texts;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The co-hosts a proposal's form names, as requests: an email that is neither a co-host yet nor asked already
 * becomes a pending request, whoever it belongs to (it is never looked up, so the proposer learns nothing); a
 * request or a co-host no longer named goes. Runs inside the proposing or editing transaction.
 */
@Component
class CohostRequests {

    private final CohostRequestRepository requests;
    private final PeopleDirectory people;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    CohostRequests(CohostRequestRepository requests, PeopleDirectory people, ApplicationEventPublisher publisher,
                   Clock clock) {
        this.requests = requests;
        this.people = people;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** The emails a proposal's form shows as its co-hosts: those who agreed, and those asked. */
    Set<String> namedBy(Proposal p) {
        Set<String> emails = cohostEmails(p).keySet().stream().collect(Collectors.toCollection(HashSet::new));
        requests.findByProposalIdOrderByEmail(p.getId()).forEach(r -> emails.add(r.getEmail()));
        return emails;
    }

    /** Makes the proposal's co-hosts and pending requests follow the (normalized) emails of its form. */
    void follow(Proposal p, Set<String> emails) {
        String hostEmail = people.byIds(List.of(p.getHostId())).values().stream().map(PersonDto::email)
                .map(Texts::normalizeEmail).filter(Objects::nonNull).findFirst().orElse(null);
        Map<String, Long> cohosts = cohostEmails(p);
        cohosts.forEach((email, id) -> {
            if (!emails.contains(email) && p.removeCohost(id)) {
                publisher.publishEvent(new CohostLeft(p.getEventId(), p.getId(), id));
            }
        });
        Set<String> asked = new HashSet<>();
        for (CohostRequest r : requests.findByProposalIdOrderByEmail(p.getId())) {
            if (emails.contains(r.getEmail())) {
                asked.add(r.getEmail());
            } else {
                requests.delete(r);
            }
        }
        emails.stream().filter(e -> !e.equals(hostEmail) && !cohosts.containsKey(e) && !asked.contains(e))
                .forEach(e -> requests.save(new CohostRequest(p.getEventId(), p.getId(), e, clock.instant())));
        requests.flush();
    }

    /** A merged duplicate's pending requests move to the proposal it went into (one per email there). */
    void moveAll(long duplicateId, long targetId) {
        Set<String> there = requests.findByProposalIdOrderByEmail(targetId).stream().map(CohostRequest::getEmail)
                .collect(Collectors.toSet());
        for (CohostRequest r : requests.findByProposalIdOrderByEmail(duplicateId)) {
            if (there.add(r.getEmail())) {
                r.moveTo(targetId);
            } else {
                requests.delete(r);
            }
        }
        requests.flush();
    }

    /** The co-hosts who agreed, by their (account) email, normalized like the emails typed. */
    private Map<String, Long> cohostEmails(Proposal p) {
        Collection<PersonDto> found = people.byIds(p.getCohostIds()).values();
        Map<String, Long> byEmail = new HashMap<>();
        found.stream().filter(d -> d.email() != null)
                .forEach(d -> byEmail.put(Texts.normalizeEmail(d.email()), d.id()));
        return byEmail;
    }
}
