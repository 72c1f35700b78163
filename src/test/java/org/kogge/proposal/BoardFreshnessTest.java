package org.kogge.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kogge.account.AccountService;
import org.kogge.account.PersonDto;
import org.kogge.account.ProfileForm;
import org.kogge.testing.Fixtures;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What all open boards of an event share is kept between changes ({@code SharedSnapshots}): every kind of change a
 * board shows is on the very next board read after it, for a visitor and for a participant whose board was read
 * just before the change (so a kept snapshot existed and had to be dropped or passed over).
 */
class BoardFreshnessTest extends ProposalTestBase {

    @Autowired AccountService accounts;

    String erika;
    String tim;
    long a;

    @BeforeEach
    void oneProposal() {
        erika = participant("Erika Expertin");
        tim = participant("Tim Teilnehmer");
        a = fixtures.as(erika, () -> proposals.propose(slug, form("Sensoren im Kanal", water))).id();
        readBoards();
    }

    /** Both viewers look at the board, so that its shared part is kept when the change comes. */
    private void readBoards() {
        boards.board(slug, null, null, BoardSort.VOTES);
        fixtures.as(tim, () -> boards.board(slug, null, null, BoardSort.VOTES));
    }

    private BoardSnapshot visitor() {
        return boards.board(slug, null, null, BoardSort.VOTES);
    }

    private BoardSnapshot as(String viewer) {
        return fixtures.as(viewer, () -> boards.board(slug, null, null, BoardSort.VOTES));
    }

    private static ProposalCard card(BoardSnapshot board, long id) {
        return board.proposals().stream().filter(c -> c.id() == id).findFirst().orElseThrow();
    }

    @Test
    void aVoteAndItsTakingBack() {
        fixtures.as(tim, () -> votes.toggle(slug, a));

        assertThat(card(visitor(), a).votes()).isEqualTo(1);
        assertThat(card(as(tim), a).myVote()).isTrue();
        assertThat(as(tim).votesUsed()).isEqualTo(1);
        assertThat(card(as(erika), a).myVote()).isFalse();

        fixtures.as(tim, () -> votes.toggle(slug, a));

        assertThat(card(visitor(), a).votes()).isZero();
        assertThat(card(as(tim), a).myVote()).isFalse();
        assertThat(as(tim).votesUsed()).isZero();
    }

    @Test
    void aNewProposalAndAnEditedOne() {
        long b = fixtures.as(tim, () -> proposals.propose(slug, form("Regenwasser", energy))).id();

        assertThat(visitor().proposals()).extracting(ProposalCard::id).containsExactlyInAnyOrder(a, b);
        assertThat(card(as(tim), b).mine()).isTrue();

        readBoards();
        fixtures.as(erika, () -> proposals.update(slug, a, form("Sensoren im Hafen", energy)));

        ProposalCard edited = card(visitor(), a);
        assertThat(edited.title()).isEqualTo("Sensoren im Hafen");
        assertThat(edited.topics()).extracting(TopicDto::name).containsExactly("Energie");
    }

    @Test
    void decisions() {
        fixtures.as(organizer, () -> moderation.accept(slug, a));
        assertThat(card(visitor(), a).status()).isEqualTo(ProposalStatus.ACCEPTED);

        readBoards();
        fixtures.as(organizer, () -> moderation.decline(slug, a, "Passt nicht"));
        assertThat(visitor().proposals()).isEmpty();
        assertThat(as(tim).proposals()).isEmpty();
        ProposalCard own = card(as(erika), a);
        assertThat(own.status()).isEqualTo(ProposalStatus.DECLINED);
        assertThat(own.declineNote()).isEqualTo("Passt nicht");

        readBoards();
        fixtures.as(organizer, () -> moderation.reopen(slug, a));
        assertThat(card(visitor(), a).status()).isEqualTo(ProposalStatus.OPEN);
    }

    @Test
    void aMergeCarriesTheVotesOver() {
        long b = fixtures.as(tim, () -> proposals.propose(slug, form("Doppelt", water))).id();
        String kai = participant("Kai Kollege");
        fixtures.as(kai, () -> votes.toggle(slug, b));
        readBoards();

        fixtures.as(organizer, () -> moderation.merge(slug, b, a));

        assertThat(visitor().proposals()).extracting(ProposalCard::id).containsExactly(a);
        assertThat(card(visitor(), a).votes()).isEqualTo(1);
        assertThat(card(visitor(), a).cohostNames()).containsExactly("Tim Teilnehmer");
        assertThat(card(as(kai), a).myVote()).isTrue();
    }

    @Test
    void topicsAddedAndRemoved() {
        long wind = fixtures.as(organizer, () -> barcampSettings.addTopic(slug, "Wind")).id();
        assertThat(visitor().topics()).extracting(TopicDto::id).contains(wind);

        readBoards();
        fixtures.as(organizer, () -> barcampSettings.removeTopic(slug, water));

        BoardSnapshot board = visitor();
        assertThat(board.topics()).extracting(TopicDto::name).containsExactly("Energie", "Wind");
        assertThat(card(board, a).topics()).isEmpty();
    }

    @Test
    void phasesAndBudget() {
        fixtures.as(organizer, () -> barcampSettings.changePhases(slug, false, true, 3));

        BoardSnapshot board = as(tim);
        assertThat(board.phases().proposalsOpen()).isFalse();
        assertThat(board.canPropose()).isFalse();
        assertThat(board.votesLeft()).isEqualTo(3);

        readBoards();
        fixtures.as(organizer, () -> barcampSettings.changePhases(slug, true, false, null));

        board = as(tim);
        assertThat(board.phases().votingOpen()).isFalse();
        assertThat(board.canVote()).isFalse();
        assertThat(board.votesLeft()).isNull();
    }

    @Test
    void aHostsNewNameAndADeletedAccount() {
        PersonDto me = fixtures.as(erika, accounts::me);
        fixtures.as(erika, () -> accounts.updateMyProfile(
                new ProfileForm("Erika Wasser", me.email(), me.organisation(), me.cityId())));

        assertThat(card(visitor(), a).hostName()).isEqualTo("Erika Wasser");

        readBoards();
        fixtures.as(erika, () -> accounts.deleteMyAccount(Fixtures.PASSWORD));

        assertThat(card(visitor(), a).hostName()).isNull();
    }

    @Test
    void aWithdrawnProposalAndALostSeat() {
        fixtures.as(tim, () -> votes.toggle(slug, a));
        readBoards();

        fixtures.as(erika, () -> proposals.withdraw(slug, a));

        assertThat(visitor().proposals()).isEmpty();
        assertThat(as(tim).votesUsed()).isZero();

        long b = fixtures.as(erika, () -> proposals.propose(slug, form("Neu"))).id();
        assertThat(as(tim).canVote()).isTrue();
        fixtures.as(tim, () -> registrations.cancel(slug));

        BoardSnapshot board = as(tim);
        assertThat(board.canVote()).isFalse();
        assertThat(List.of(card(board, b).id())).containsExactly(b);
    }
}
