package org.kogge.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.Set;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kogge.account.Role;
import org.kogge.common.InvalidInputException;
import org.kogge.common.NotFoundException;
import org.kogge.event.EventKind;
import org.kogge.event.EventState;
import org.kogge.registration.RegistrationService;
import org.kogge.testing.Fixtures;
import org.kogge.testing.ServiceTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class ProposalServiceTest extends ServiceTestBase {

    @Autowired ProposalService proposals;
    @Autowired VoteService votes;
    @Autowired RegistrationService registrations;
    @Autowired EntityManagerFactory emf;

    String organizer;
    String slug;
    long water;
    long energy;

    @BeforeEach
    void barcampWithPhasesOpen() {
        organizer = fixtures.person("Olga Orga", Role.ORGANIZER).email();
        slug = fixtures.event(organizer, "Barcamp Smart Water", EventKind.BARCAMP, 30, EventState.PUBLISHED).slug();
        fixtures.as(organizer, () -> {
            proposals.changePhases(slug, true, true, null);
            water = proposals.addTopic(slug, "Smart Water").id();
            energy = proposals.addTopic(slug, "Energie").id();
        });
    }

    String participant(String name) {
        String email = fixtures.person(name, Role.EXPERT).email();
        fixtures.as(email, () -> registrations.register(slug));
        return email;
    }

    ProposalForm form(String title, long... topics) {
        ProposalForm f = new ProposalForm();
        f.setTitle(title);
        f.setAbstractText("Wie **Sensoren** im Kanal <script>alert(1)</script> helfen");
        f.setFormat(ProposalFormat.DISCUSSION);
        f.setLanguage(SessionLanguage.DE);
        f.setSlots(1);
        for (long t : topics) {
            f.getTopicIds().add(t);
        }
        return f;
    }

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
        ProposalForm strangerCohost = form("Mit Fremden");
        strangerCohost.setCohostEmails(Set.of("nobody@test.example"));
        assertThatThrownBy(() -> fixtures.as(erika, () -> proposals.propose(slug, strangerCohost)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.hasField("cohostEmails")).isTrue());
        assertThat(fixtures.as(erika, () -> proposals.board(slug, null, null, BoardSort.VOTES)).proposals()).isEmpty();
    }

    @Test
    void onlyParticipantsWithASeatProposeAndOnlyWhileOpen() {
        String outsider = fixtures.person("Otto Outsider", Role.EXPERT).email();
        assertThatThrownBy(() -> fixtures.as(outsider, () -> proposals.propose(slug, form("Ohne Anmeldung"))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("registration.seat-required"));
        String erika = participant("Erika Expertin");
        fixtures.as(organizer, () -> proposals.changePhases(slug, false, true, null));
        assertThatThrownBy(() -> fixtures.as(erika, () -> proposals.propose(slug, form("Zu spät"))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("proposal.phase.proposals-closed"));
    }

    @Test
    void cohostsMustBeParticipantsAndCannotVoteForTheirSession() {
        String erika = participant("Erika Expertin");
        String kai = participant("Kai Kollege");
        ProposalForm f = form("Gemeinsam");
        f.setCohostEmails(Set.of(" KAI@test.example "));
        ProposalCard card = fixtures.as(erika, () -> proposals.propose(slug, f));
        assertThat(card.cohostNames()).containsExactly("Kai Kollege");
        assertThatThrownBy(() -> fixtures.as(kai, () -> votes.toggle(slug, card.id())))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("proposal.vote.own"));
        assertThatThrownBy(() -> fixtures.as(erika, () -> votes.toggle(slug, card.id())))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void votingTogglesRespectsBudgetAndPhase() {
        String erika = participant("Erika Expertin");
        long a = fixtures.as(erika, () -> proposals.propose(slug, form("A"))).id();
        long b = fixtures.as(erika, () -> proposals.propose(slug, form("B"))).id();
        long c = fixtures.as(erika, () -> proposals.propose(slug, form("C"))).id();
        String tim = participant("Tim Teilnehmer");
        fixtures.as(organizer, () -> proposals.changePhases(slug, true, true, 2));

        assertThat(fixtures.as(tim, () -> votes.toggle(slug, a))).isEqualTo(new VoteResult(true, 1, 1));
        assertThat(fixtures.as(tim, () -> votes.toggle(slug, b))).isEqualTo(new VoteResult(true, 1, 0));
        assertThatThrownBy(() -> fixtures.as(tim, () -> votes.toggle(slug, c)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("proposal.vote.budget-used"));
        assertThat(fixtures.as(tim, () -> votes.toggle(slug, a))).isEqualTo(new VoteResult(false, 0, 1));
        BoardSnapshot board = fixtures.as(tim, () -> proposals.board(slug, null, null, BoardSort.VOTES));
        assertThat(board.votesLeft()).isEqualTo(1);
        assertThat(board.proposals().get(0).title()).isEqualTo("B");
        assertThat(board.proposals().get(0).myVote()).isTrue();

        fixtures.as(organizer, () -> proposals.changePhases(slug, true, false, 2));
        assertThatThrownBy(() -> fixtures.as(tim, () -> votes.toggle(slug, c)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("proposal.phase.voting-closed"));
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

        assertThat(proposals.board(slug, water, null, BoardSort.VOTES).proposals()).extracting(ProposalCard::title)
                .containsExactly("Wasser");
        assertThat(proposals.board(slug, null, ProposalFormat.WORKSHOP, BoardSort.VOTES).proposals())
                .extracting(ProposalCard::title).containsExactly("Energie-Workshop");
        assertThat(proposals.board(slug, null, null, BoardSort.VOTES).proposals()).extracting(ProposalCard::title)
                .containsExactly("Wasser", "Energie-Workshop");
        assertThat(proposals.board(slug, null, null, BoardSort.NEWEST).proposals()).extracting(ProposalCard::title)
                .containsExactly("Energie-Workshop", "Wasser");
        BoardSnapshot anonymous = proposals.board(slug, null, null, BoardSort.VOTES);
        assertThat(anonymous.canVote()).isFalse();
        assertThat(anonymous.proposals().get(0).votes()).isEqualTo(1);
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
        assertThat(proposals.board(slug, null, null, BoardSort.VOTES).proposals()).isEmpty();
    }

    @Test
    void organizerAcceptsDeclinesWithNoteAndFixesTypos() {
        String erika = participant("Erika Expertin");
        long a = fixtures.as(erika, () -> proposals.propose(slug, form("Angenommen"))).id();
        long d = fixtures.as(erika, () -> proposals.propose(slug, form("Abgelehnt"))).id();
        fixtures.as(organizer, () -> proposals.accept(slug, a));
        assertThatThrownBy(() -> fixtures.as(organizer, () -> proposals.decline(slug, d, "  ")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.hasField("note")).isTrue());
        fixtures.as(organizer, () -> proposals.decline(slug, d, "Passt thematisch nicht"));
        fixtures.as(organizer, () -> proposals.update(slug, a, form("Angenommen (korrigiert)")));
        assertThat(proposals.board(slug, null, null, BoardSort.VOTES).proposals()).extracting(ProposalCard::title)
                .containsExactly("Angenommen (korrigiert)");
        BoardSnapshot erikasView = fixtures.as(erika, () -> proposals.board(slug, null, null, BoardSort.VOTES));
        assertThat(erikasView.proposals()).filteredOn(c -> c.status() == ProposalStatus.DECLINED)
                .extracting(ProposalCard::declineNote).containsExactly("Passt thematisch nicht");
        assertThat(fixtures.as(organizer, () -> proposals.accepted(slug))).extracting(ProposalCard::id).containsExactly(a);
        String tim = participant("Tim Teilnehmer");
        assertThatThrownBy(() -> fixtures.as(tim, () -> proposals.accept(slug, d))).isInstanceOf(AccessDeniedException.class);
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

        ProposalCard merged = fixtures.as(organizer, () -> proposals.merge(slug, duplicate, target));

        // Bea counts once, Dora carries over, Erika's vote for the duplicate is dropped: she hosts the target.
        assertThat(merged.votes()).isEqualTo(2);
        assertThat(merged.cohostNames()).containsExactly("Kai Kollege");
        assertThat(merged.topics()).extracting(TopicDto::name).containsExactlyInAnyOrder("Smart Water", "Energie");
        assertThat(proposals.board(slug, null, null, BoardSort.VOTES).proposals()).extracting(ProposalCard::id)
                .containsExactly(target);
        assertThatThrownBy(() -> fixtures.as(organizer, () -> proposals.merge(slug, target, target)))
                .isInstanceOf(InvalidInputException.class);
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

    @Test
    void ceremoniesHaveNoBoard() {
        String ceremony = fixtures.event(organizer, "Festakt", EventKind.CEREMONY, 30, EventState.PUBLISHED).slug();
        assertThatThrownBy(() -> proposals.board(ceremony, null, null, BoardSort.VOTES)).isInstanceOf(NotFoundException.class);
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
            if (i % 3 == 0) {
                fixtures.as(kai, () -> proposals.board(slug, null, null, BoardSort.VOTES));
            }
        }
        long many = statementsForBoard(erika);
        assertThat(many).isLessThanOrEqualTo(few);
    }

    private long statementsForBoard(String viewer) {
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        stats.clear();
        List<ProposalCard> cards = fixtures.as(viewer, () -> proposals.board(slug, null, null, BoardSort.VOTES)).proposals();
        assertThat(cards).isNotEmpty();
        return stats.getPrepareStatementCount();
    }
}
