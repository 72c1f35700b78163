package org.kogge.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.kogge.common.InvalidInputException;
import org.springframework.security.access.AccessDeniedException;

/** Moderation by the organizers: accept, decline with a note, and merging duplicates. */
class ModerationServiceTest extends ProposalTestBase {

    @Test
    void organizerAcceptsDeclinesWithNoteAndFixesTypos() {
        String erika = participant("Erika Expertin");
        long a = fixtures.as(erika, () -> proposals.propose(slug, form("Angenommen"))).id();
        long d = fixtures.as(erika, () -> proposals.propose(slug, form("Abgelehnt"))).id();
        fixtures.as(organizer, () -> moderation.accept(slug, a));
        assertThatThrownBy(() -> fixtures.as(organizer, () -> moderation.decline(slug, d, "  ")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.hasField("note")).isTrue());
        fixtures.as(organizer, () -> moderation.decline(slug, d, "Passt thematisch nicht"));
        fixtures.as(organizer, () -> proposals.update(slug, a, form("Angenommen (korrigiert)")));
        assertThat(boards.board(slug, null, null, BoardSort.VOTES).proposals()).extracting(ProposalCard::title)
                .containsExactly("Angenommen (korrigiert)");
        BoardSnapshot erikasView = fixtures.as(erika, () -> boards.board(slug, null, null, BoardSort.VOTES));
        assertThat(erikasView.proposals()).filteredOn(c -> c.status() == ProposalStatus.DECLINED)
                .extracting(ProposalCard::declineNote).containsExactly("Passt thematisch nicht");
        assertThat(fixtures.as(organizer, () -> boards.accepted(slug))).extracting(ProposalCard::id).containsExactly(a);
        String tim = participant("Tim Teilnehmer");
        assertThatThrownBy(() -> fixtures.as(tim, () -> moderation.accept(slug, d))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void mergingCarriesVotesOverWithoutDoubleCounting() {
        String erika = participant("Erika Expertin");
        String kai = participant("Kai Kollege");
        long target = fixtures.as(erika, () -> proposals.propose(slug, form("Starkregen-Frühwarnung", water))).id();
        long duplicate = fixtures.as(kai, () -> proposals.propose(slug, form("Frühwarnung bei Starkregen", energy))).id();
        String both = participant("Bea Beide");
        String onlyDup = participant("Dora Duplikat");
        fixtures.as(both, () -> votes.toggle(slug, target));
        fixtures.as(both, () -> votes.toggle(slug, duplicate));
        fixtures.as(onlyDup, () -> votes.toggle(slug, duplicate));
        fixtures.as(erika, () -> votes.toggle(slug, duplicate));

        ProposalCard merged = fixtures.as(organizer, () -> moderation.merge(slug, duplicate, target));

        // Bea counts once, Dora carries over, Erika's vote for the duplicate is dropped: she hosts the target.
        assertThat(merged.votes()).isEqualTo(2);
        assertThat(merged.cohostNames()).containsExactly("Kai Kollege");
        assertThat(merged.topics()).extracting(TopicDto::name).containsExactlyInAnyOrder("Smart Water", "Energie");
        assertThat(boards.board(slug, null, null, BoardSort.VOTES).proposals()).extracting(ProposalCard::id)
                .containsExactly(target);
        assertThatThrownBy(() -> fixtures.as(organizer, () -> moderation.merge(slug, target, target)))
                .isInstanceOf(InvalidInputException.class);
    }
}
