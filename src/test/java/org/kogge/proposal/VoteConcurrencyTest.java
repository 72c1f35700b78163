package org.kogge.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.kogge.account.Role;
import org.kogge.event.EventKind;
import org.kogge.event.EventState;
import org.kogge.registration.RegistrationService;
import org.kogge.testing.Races;
import org.kogge.testing.ServiceTestBase;
import org.springframework.beans.factory.annotation.Autowired;

/** One vote per person and proposal, and no vote lost, under racing toggles. Runs on H2 and on MariaDB in CI. */
class VoteConcurrencyTest extends ServiceTestBase {

    @Autowired ProposalService proposals;
    @Autowired BarcampSettingsService barcampSettings;
    @Autowired BoardService boards;
    @Autowired VoteService votes;
    @Autowired RegistrationService registrations;

    String slug;
    long proposalId;

    void barcampWithOneProposal(int seats) {
        String organizer = fixtures.person("Olga Orga", Role.ORGANIZER).email();
        slug = fixtures.event(organizer, "Abstimmung", EventKind.BARCAMP, 20, EventState.PUBLISHED).slug();
        fixtures.as(organizer, () -> {
            registrations.changeCapacity(slug, seats);
            barcampSettings.changePhases(slug, true, true, null);
        });
        String host = fixtures.person("Hanna Host").email();
        fixtures.as(host, () -> registrations.register(slug));
        ProposalForm f = new ProposalForm();
        f.setTitle("Pegelsensoren");
        proposalId = fixtures.as(host, () -> proposals.propose(slug, f)).id();
    }

    @Test
    void hundredRacingTogglesByOnePersonLeaveOneConsistentState() throws Exception {
        barcampWithOneProposal(10);
        String voter = fixtures.bulkAttendees("toggler", 1).get(0);
        fixtures.as(voter, () -> registrations.register(slug));

        List<Callable<VoteResult>> toggles = Collections.nCopies(100, () -> fixtures.as(voter, () -> votes.toggle(slug, proposalId)));
        List<VoteResult> results = Races.race(toggles);

        // An even number of toggles, each seeing the other's committed result: back to no vote.
        assertThat(results).filteredOn(VoteResult::voted).hasSize(50);
        BoardSnapshot board = fixtures.as(voter, () -> boards.board(slug, null, null, BoardSort.VOTES));
        assertThat(board.proposals().get(0).votes()).isZero();
        assertThat(board.proposals().get(0).myVote()).isFalse();
        assertThat(board.votesUsed()).isZero();
    }

    @Test
    void fiveHundredPeopleVotingAtOnceLoseNothing() throws Exception {
        barcampWithOneProposal(600);
        List<String> voters = fixtures.bulkAttendees("voter", 500);
        for (String v : voters) {
            fixtures.as(v, () -> registrations.register(slug));
        }
        List<VoteResult> results = Races.race(voters.stream()
                .<Callable<VoteResult>>map(v -> () -> fixtures.as(v, () -> votes.toggle(slug, proposalId))).toList());

        assertThat(results).allMatch(VoteResult::voted);
        assertThat(boards.board(slug, null, null, BoardSort.VOTES).proposals().get(0).votes()).isEqualTo(500);
    }
}
