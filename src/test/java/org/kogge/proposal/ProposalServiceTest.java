package org.kogge.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kogge.account.Role;
import org.kogge.common.InvalidInputException;
import org.kogge.testing.Fixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Proposing, editing and withdrawing by participants; co-hosts. */
class ProposalServiceTest extends ProposalTestBase {

    @Test
    void participantProposesWithTopicsAndSanitizedAbstract() {
        String erika = participant("Erika Expertin");
        ProposalCard card = fixtures.as(erika, () -> proposals.propose(slug, form("Sensornetze im Kanal", water)));
        assertThat(card.title()).isEqualTo("Sensornetze im Kanal");
        assertThat(card.hostName()).isEqualTo("Erika Expertin");
        assertThat(card.hostCity()).isEqualTo(Fixtures.CITY);
        assertThat(card.topics()).extracting(TopicDto::name).containsExactly("Smart Water");
        assertThat(card.abstractHtml()).contains("<strong>Sensoren</strong>").doesNotContain("<script");
        assertThat(card.mine()).isTrue();
    }

    @Test
    void badProposalsAreRefusedWithFieldMessages() {
        String erika = participant("Erika Expertin");
        ProposalForm empty = form("   ");
        assertThatThrownBy(() -> fixtures.as(erika, () -> proposals.propose(slug, empty)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.hasField("title")).isTrue());
        ProposalForm huge = form("x".repeat(10_000));
        assertThatThrownBy(() -> fixtures.as(erika, () -> proposals.propose(slug, huge)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.hasField("title")).isTrue());
        ProposalForm threeSlots = form("Drei Slots");
        threeSlots.setSlots(3);
        assertThatThrownBy(() -> fixtures.as(erika, () -> proposals.propose(slug, threeSlots)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.hasField("slots")).isTrue());
        ProposalForm foreignTopic = form("Fremdes Thema", 999_999L);
        assertThatThrownBy(() -> fixtures.as(erika, () -> proposals.propose(slug, foreignTopic)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.hasField("topicIds")).isTrue());
        ProposalForm notAnEmail = form("Mit Tippfehler");
        notAnEmail.setCohostEmails(Set.of("kai-at-test.example"));
        assertThatThrownBy(() -> fixtures.as(erika, () -> proposals.propose(slug, notAnEmail)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.hasField("cohostEmails")).isTrue());
        assertThat(fixtures.as(erika, () -> boards.board(slug, null, null, BoardSort.VOTES)).proposals()).isEmpty();
    }

    @Test
    void onlyParticipantsWithASeatProposeAndOnlyWhileOpen() {
        String outsider = fixtures.person("Otto Outsider", Role.EXPERT).email();
        assertThatThrownBy(() -> fixtures.as(outsider, () -> proposals.propose(slug, form("Ohne Anmeldung"))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("registration.seat-required"));
        String erika = participant("Erika Expertin");
        fixtures.as(organizer, () -> barcampSettings.changePhases(slug, false, true, null));
        assertThatThrownBy(() -> fixtures.as(erika, () -> proposals.propose(slug, form("Zu spät"))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("proposal.phase.proposals-closed"));
    }

    @Test
    void cohostsAreNamedOnlyOnceTheyAcceptAndCannotVoteForTheirSession() {
        String erika = participant("Erika Expertin");
        String kai = participant("Kai Kollege");
        ProposalForm f = form("Gemeinsam");
        f.setCohostEmails(Set.of(" KAI@test.example "));
        ProposalCard card = fixtures.as(erika, () -> proposals.propose(slug, f));
        assertThat(card.cohostNames()).isEmpty();
        fixtures.as(kai, () -> cohosts.accept(slug, card.id()));
        assertThat(boards.board(slug, null, null, BoardSort.VOTES).proposals().get(0).cohostNames())
                .containsExactly("Kai Kollege");
        assertThatThrownBy(() -> fixtures.as(kai, () -> votes.toggle(slug, card.id())))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("proposal.vote.own"));
        assertThatThrownBy(() -> fixtures.as(erika, () -> votes.toggle(slug, card.id())))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void hostEditsAndWithdrawsOwnProposalOnly() {
        String erika = participant("Erika Expertin");
        String tim = participant("Tim Teilnehmer");
        long id = fixtures.as(erika, () -> proposals.propose(slug, form("Tippfehlr"))).id();
        assertThatThrownBy(() -> fixtures.as(tim, () -> proposals.update(slug, id, form("Übernahme"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixtures.as(tim, () -> proposals.withdraw(slug, id)))
                .isInstanceOf(AccessDeniedException.class);
        fixtures.as(erika, () -> proposals.update(slug, id, form("Tippfehler")));
        fixtures.as(tim, () -> votes.toggle(slug, id));
        fixtures.as(erika, () -> proposals.withdraw(slug, id));
        assertThat(boards.board(slug, null, null, BoardSort.VOTES).proposals()).isEmpty();
    }

    @Autowired org.kogge.account.AccountService accounts;

    @Test
    void dataExportHoldsMyRegistrationProposalsAndVotes() {
        String erika = participant("Erika Expertin");
        String tim = participant("Tim Teilnehmer");
        long id = fixtures.as(erika, () -> proposals.propose(slug, form("Pegel-Apps"))).id();
        fixtures.as(tim, () -> votes.toggle(slug, id));
        String timsExport = fixtures.as(tim, () -> accounts.exportMyData()).replaceAll("\\s+", "");
        assertThat(timsExport).contains("\"registrations\"").contains("BarcampSmartWater").contains("REGISTERED")
                .contains("\"votedFor\":[\"Pegel-Apps\"]").doesNotContain("erika@test.example");
        String erikasExport = fixtures.as(erika, () -> accounts.exportMyData()).replaceAll("\\s+", "");
        assertThat(erikasExport).contains("\"hosted\":[{").contains("Pegel-Apps");
    }
}
