package org.kogge.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Supplier;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/**
 * The boards of one event share what they show alike, computed once per change: a second board loads only its
 * viewer's parts, cards that look alike to two viewers are one object, and each viewer still sees their own vote
 * and their own proposals. A vote, committed, moves every board on.
 */
class SharedBoardTest extends ProposalTestBase {

    @Test
    void twoBoardsOfOneEventShareOneSnapshotAndEachViewerSeesTheirOwnParts() {
        String erika = participant("Erika Expertin");
        long a = fixtures.as(erika, () -> proposals.propose(slug, form("A", water))).id();
        long b = fixtures.as(erika, () -> proposals.propose(slug, form("B", energy))).id();
        String tim = participant("Tim Teilnehmer");
        fixtures.as(tim, () -> votes.toggle(slug, a));

        Counted first = statements(() -> fixtures.as(tim, () -> boards.board(slug, null, null, BoardSort.VOTES)));
        Counted second = statements(() -> fixtures.as(erika, () -> boards.board(slug, null, null, BoardSort.VOTES)));
        BoardSnapshot visitor = boards.board(slug, null, null, BoardSort.VOTES);
        BoardSnapshot otherVisitor = boards.board(slug, energy, null, BoardSort.NEWEST);

        assertThat(second.statements()).as("the second board loads only its viewer's parts")
                .isLessThan(first.statements());
        assertThat(card(first.board(), a).myVote()).isTrue();
        assertThat(card(first.board(), a).mine()).isFalse();
        assertThat(card(second.board(), a).myVote()).isFalse();
        assertThat(card(second.board(), a).mine()).isTrue();
        assertThat(card(visitor, a).myVote()).isFalse();
        assertThat(card(visitor, a).votes()).isEqualTo(1);
        assertThat(card(first.board(), b)).as("a card that looks alike to Tim and to visitors")
                .isSameAs(card(visitor, b)).isSameAs(card(otherVisitor, b));
        assertThat(first.board().topics()).isSameAs(visitor.topics());
    }

    @Test
    void aCommittedVoteMovesTheSharedBoardOn() {
        String erika = participant("Erika Expertin");
        long a = fixtures.as(erika, () -> proposals.propose(slug, form("A"))).id();
        String tim = participant("Tim Teilnehmer");
        assertThat(card(boards.board(slug, null, null, BoardSort.VOTES), a).votes()).isZero();

        fixtures.as(tim, () -> votes.toggle(slug, a));
        assertThat(card(boards.board(slug, null, null, BoardSort.VOTES), a).votes()).isEqualTo(1);

        fixtures.as(tim, () -> votes.toggle(slug, a));
        assertThat(card(boards.board(slug, null, null, BoardSort.VOTES), a).votes()).isZero();
    }

    @Test
    void aSharedCardGivesItsAbstractAsSanitizedHtmlWhenAsked() {
        String erika = participant("Erika Expertin");
        long a = fixtures.as(erika, () -> proposals.propose(slug, form("A"))).id();
        ProposalCard card = card(boards.board(slug, null, null, BoardSort.VOTES), a);
        assertThat(card.abstractHtml()).contains("<strong>Sensoren</strong>").doesNotContain("<script");
    }

    private record Counted(BoardSnapshot board, long statements) {
    }

    private Counted statements(Supplier<BoardSnapshot> board) {
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        stats.clear();
        BoardSnapshot snapshot = board.get();
        return new Counted(snapshot, stats.getPrepareStatementCount());
    }

    private static ProposalCard card(BoardSnapshot board, long id) {
        return board.proposals().stream().filter(c -> c.id() == id).findFirst().orElseThrow();
    }
}
