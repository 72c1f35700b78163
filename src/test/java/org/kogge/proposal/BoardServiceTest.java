package org.kogge.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.kogge.common.InvalidInputException;
import org.kogge.common.NotFoundException;
import org.kogge.event.EventKind;
import org.kogge.event.EventState;
import org.springframework.beans.factory.annotation.Autowired;
import org.kogge.event.EventService;

/** The board: votes and budget as the voter sees them, filters and sorting, and a fixed number of queries. */
class BoardServiceTest extends ProposalTestBase {

    @Autowired
    EventService eventService;

    @Test
    void votingTogglesRespectsBudgetAndPhase() {
        String erika = participant("Erika Expertin");
        long a = fixtures.as(erika, () -> proposals.propose(slug, form("A"))).id();
        long b = fixtures.as(erika, () -> proposals.propose(slug, form("B"))).id();
        long c = fixtures.as(erika, () -> proposals.propose(slug, form("C"))).id();
        String tim = participant("Tim Teilnehmer");
        fixtures.as(organizer, () -> barcampSettings.changePhases(slug, true, true, 2));

        assertThat(fixtures.as(tim, () -> votes.toggle(slug, a))).isEqualTo(new VoteResult(true, 1, 1));
        assertThat(fixtures.as(tim, () -> votes.toggle(slug, b))).isEqualTo(new VoteResult(true, 1, 0));
        assertThatThrownBy(() -> fixtures.as(tim, () -> votes.toggle(slug, c)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("proposal.vote.budget-used"));
        assertThat(fixtures.as(tim, () -> votes.toggle(slug, a))).isEqualTo(new VoteResult(false, 0, 1));
        BoardSnapshot board = fixtures.as(tim, () -> boards.board(slug, null, null, BoardSort.VOTES));
        assertThat(board.votesLeft()).isEqualTo(1);
        assertThat(board.proposals().get(0).title()).isEqualTo("B");
        assertThat(board.proposals().get(0).myVote()).isTrue();

        fixtures.as(organizer, () -> barcampSettings.changePhases(slug, true, false, 2));
        assertThatThrownBy(() -> fixtures.as(tim, () -> votes.toggle(slug, c)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("proposal.phase.voting-closed"));
    }

    @Test
    void aCancelledEventClosesProposingAndVotingWhateverTheSwitchesSayOnTheBoardAndInTheServices() {
        String erika = participant("Erika Expertin");
        long a = fixtures.as(erika, () -> proposals.propose(slug, form("A"))).id();
        String tim = participant("Tim Teilnehmer");
        fixtures.as(organizer, () -> barcampSettings.changePhases(slug, true, true, null));
        fixtures.as(organizer, () -> eventService.changeState(slug, EventState.CANCELLED));

        BoardSnapshot board = fixtures.as(tim, () -> boards.board(slug, null, null, BoardSort.VOTES));
        assertThat(board.phases().votingOpen()).isFalse();
        assertThat(board.phases().proposalsOpen()).isFalse();
        assertThat(board.canVote()).isFalse();
        assertThatThrownBy(() -> fixtures.as(tim, () -> votes.toggle(slug, a)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("proposal.phase.voting-closed"));
        assertThatThrownBy(() -> fixtures.as(erika, () -> proposals.propose(slug, form("B"))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("proposal.phase.proposals-closed"));
    }

    @Test
    void boardFiltersAndSorts() {
        String erika = participant("Erika Expertin");
        long first = fixtures.as(erika, () -> proposals.propose(slug, form("Wasser", water))).id();
        ProposalForm workshop = form("Energie-Workshop", energy);
        workshop.setFormat(ProposalFormat.WORKSHOP);
        fixtures.as(erika, () -> proposals.propose(slug, workshop));
        String tim = participant("Tim Teilnehmer");
        fixtures.as(tim, () -> votes.toggle(slug, first));

        assertThat(boards.board(slug, water, null, BoardSort.VOTES).proposals()).extracting(ProposalCard::title)
                .containsExactly("Wasser");
        assertThat(boards.board(slug, null, ProposalFormat.WORKSHOP, BoardSort.VOTES).proposals())
                .extracting(ProposalCard::title).containsExactly("Energie-Workshop");
        assertThat(boards.board(slug, null, null, BoardSort.VOTES).proposals()).extracting(ProposalCard::title)
                .containsExactly("Wasser", "Energie-Workshop");
        assertThat(boards.board(slug, null, null, BoardSort.NEWEST).proposals()).extracting(ProposalCard::title)
                .containsExactly("Energie-Workshop", "Wasser");
        BoardSnapshot anonymous = boards.board(slug, null, null, BoardSort.VOTES);
        assertThat(anonymous.canVote()).isFalse();
        assertThat(anonymous.proposals().get(0).votes()).isEqualTo(1);
    }

    @Test
    void ceremoniesHaveNoBoard() {
        String ceremony = fixtures.event(organizer, "Festakt", EventKind.CEREMONY, 30, EventState.PUBLISHED).slug();
        assertThatThrownBy(() -> boards.board(ceremony, null, null, BoardSort.VOTES)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void boardStatementCountDoesNotGrowWithProposals() {
        String erika = participant("Erika Expertin");
        String kai = participant("Kai Kollege");
        fixtures.as(erika, () -> proposals.propose(slug, form("Eins", water)));
        long few = statementsForBoard(kai);
        for (int i = 0; i < 30; i++) {
            ProposalForm f = form("Vorschlag " + i, i % 2 == 0 ? water : energy);
            f.setCohostEmails(Set.of(kai));
            long id = fixtures.as(erika, () -> proposals.propose(slug, f)).id();
            fixtures.as(kai, () -> cohosts.accept(slug, id));
            if (i % 3 == 0) {
                fixtures.as(kai, () -> boards.board(slug, null, null, BoardSort.VOTES));
            }
        }
        long many = statementsForBoard(erika);
        assertThat(many).isLessThanOrEqualTo(few);
    }

    /**
     * A vote changes one card: the board after it shares every other card with the board before (the very same
     * objects), so that the open boards compare them by reference and send nothing for them.
     */
    @Test
    void aVoteChangesOnlyItsCardTheOthersStayTheSameObjects() {
        String erika = participant("Erika Expertin");
        long voted = fixtures.as(erika, () -> proposals.propose(slug, form("Gewählt", water))).id();
        for (int i = 0; i < 5; i++) {
            fixtures.as(erika, () -> proposals.propose(slug, form("Vorschlag", energy)));
        }
        String tim = participant("Tim Teilnehmer");
        List<ProposalCard> before = boards.board(slug, null, null, BoardSort.NEWEST).proposals();

        fixtures.as(tim, () -> votes.toggle(slug, voted));

        List<ProposalCard> after = boards.board(slug, null, null, BoardSort.NEWEST).proposals();
        assertThat(after).hasSize(6).extracting(ProposalCard::id).containsExactlyElementsOf(
                before.stream().map(ProposalCard::id).toList());
        for (int i = 0; i < after.size(); i++) {
            if (after.get(i).id() == voted) {
                assertThat(after.get(i).votes()).isEqualTo(1);
                assertThat(after.get(i)).isNotSameAs(before.get(i));
            } else {
                assertThat(after.get(i)).as(after.get(i).title()).isSameAs(before.get(i));
            }
        }
        // And by votes: the voted card first, the others after it as before (the older first).
        assertThat(boards.board(slug, null, null, BoardSort.VOTES).proposals()).extracting(ProposalCard::id)
                .startsWith(voted).hasSize(6);
    }

    /**
     * An open board told of a change reads the board again: between two changes that read needs no statement and
     * no transaction at all (issue 12: a vote reaching 500 open boards cost a query and a transaction each), for a
     * visitor and a voter alike; the next change is on the next read.
     */
    @Test
    void aBoardReadBetweenTwoChangesNeedsNoStatementAndNoTransaction() {
        String erika = participant("Erika Expertin");
        String tim = participant("Tim Teilnehmer");
        long a = fixtures.as(erika, () -> proposals.propose(slug, form("Eins", water))).id();
        boards.board(slug, null, null, BoardSort.VOTES);
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        login(tim);
        stats.clear();

        BoardSnapshot board = boards.board(slug, water, null, BoardSort.VOTES);
        logout();
        BoardSnapshot visitor = boards.board(slug, null, null, BoardSort.NEWEST);

        assertThat(stats.getPrepareStatementCount()).isZero();
        assertThat(stats.getTransactionCount()).isZero();
        assertThat(board.canVote()).isTrue();
        assertThat(board.hasSeat()).isTrue();
        assertThat(visitor.proposals()).extracting(ProposalCard::id).containsExactly(a);
        fixtures.as(tim, () -> votes.toggle(slug, a));
        assertThat(boards.board(slug, null, null, BoardSort.VOTES).proposals().get(0).votes()).isEqualTo(1);
    }

    private long statementsForBoard(String viewer) {
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        stats.clear();
        List<ProposalCard> cards = fixtures.as(viewer, () -> boards.board(slug, null, null, BoardSort.VOTES)).proposals();
        assertThat(cards).isNotEmpty();
        return stats.getPrepareStatementCount();
    }
}
