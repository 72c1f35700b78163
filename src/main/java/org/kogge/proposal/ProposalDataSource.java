package org.kogge.proposal;

import java.util.List;
import java.util.Map;
import org.kogge.account.PersonalDataSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A person's session proposals and votes in their data export (GDPR). */
@Component
class ProposalDataSource implements PersonalDataSource {

    private final ProposalRepository proposals;
    private final VoteRepository votes;

    ProposalDataSource(ProposalRepository proposals, VoteRepository votes) {
        this.proposals = proposals;
        this.votes = votes;
    }

    @Override
    public String section() {
        return "proposals";
    }

    @Override
    @Transactional(readOnly = true)
    public Object dataOf(long personId) {
        List<Map<String, Object>> hosted = proposals.findByHostId(personId).stream()
                .map(p -> Map.<String, Object>of("title", p.getTitle(), "status", p.getStatus().name(),
                        "createdAt", String.valueOf(p.getCreatedAt())))
                .toList();
        List<String> votedFor = votes.titlesVotedBy(personId);
        return Map.of("hosted", hosted, "votedFor", votedFor);
    }
}
