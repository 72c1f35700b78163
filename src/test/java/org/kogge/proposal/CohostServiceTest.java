package org.kogge.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.kogge.account.Role;
import org.kogge.common.InvalidInputException;
import org.kogge.testing.Races;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Co-hosts agree before they are named: naming an email reveals nothing about whom it belongs to, and nobody is
 * shown as co-host until they accept; only they accept, decline or leave, only the proposer or an organizer
 * withdraws a request. Runs on H2 and on MariaDB.
 */
@RecordApplicationEvents
class CohostServiceTest extends ProposalTestBase {

    @Autowired ApplicationEvents heard;
    @Autowired org.kogge.account.CurrentUser currentUser;

    String erika;
    String kai;

    void erikaAndKai() {
        erika = participant("Erika Expertin");
        kai = participant("Kai Kollege");
    }

    long proposeWith(String host, String title, String... emails) {
        ProposalForm f = form(title);
        f.setCohostEmails(new HashSet<>(Set.of(emails)));
        return fixtures.as(host, () -> proposals.propose(slug, f)).id();
    }

    ProposalCard card(long id) {
        return boards.board(slug, null, null, BoardSort.NEWEST).proposals().stream().filter(c -> c.id() == id)
                .findFirst().orElseThrow();
    }

    @Test
    void namingAnEmailAnswersTheSameForAParticipantAnAccountAndAStrangerAndShowsNobody() {
        erikaAndKai();
        String otto = fixtures.person("Otto Ohneplatz", Role.EXPERT).email();
        List<String> named = List.of(kai, otto, "nobody@test.example");
        List<ProposalCard> answers = named.stream().map(email -> {
            ProposalForm f = form("Gemeinsam");
            f.setCohostEmails(new HashSet<>(Set.of(" " + email.toUpperCase() + " ")));
            return fixtures.as(erika, () -> proposals.propose(slug, f));
        }).toList();

        // The same answer for each, with no co-host in it: nothing tells who has an account or a seat.
        assertThat(answers).allSatisfy(c -> {
            assertThat(c.cohostNames()).isEmpty();
            assertThat(c.title()).isEqualTo("Gemeinsam");
            assertThat(c.mine()).isTrue();
        });
        assertThat(answers.stream().map(c -> List.of(c.cohostNames(), c.votes(), c.status(), c.hostName())).distinct())
                .hasSize(1);
        // Nobody named is shown anywhere until they accept: board, moderation, sessions for programme and calendars.
        assertThat(boards.board(slug, null, null, BoardSort.VOTES).proposals())
                .allSatisfy(c -> assertThat(c.cohostNames()).isEmpty());
        answers.forEach(c -> fixtures.as(organizer, () -> moderation.accept(slug, c.id())));
        assertThat(fixtures.as(organizer, () -> boards.accepted(slug)))
                .allSatisfy(c -> assertThat(c.cohostNames()).isEmpty());
        assertThat(fixtures.as(organizer, () -> boards.sessionContents(events.visible(slug))))
                .allSatisfy(s -> assertThat(s.hostNames()).containsExactly("Erika Expertin"));
        // The proposer sees her requests by the emails she typed, the same way for each.
        CohostOverview mine = fixtures.as(erika, () -> cohosts.overview(slug));
        assertThat(mine.sent()).extracting(CohostOverview.Sent::email).containsExactlyInAnyOrderElementsOf(named);
        assertThat(mine.invites()).isEmpty();
        assertThat(heard.stream(CohostChange.class)).isEmpty();
    }

    @Autowired org.kogge.event.EventGate events;

    @Test
    void theNamedPersonSeesTheRequestAcceptsAndIsAHostWhoNoLongerVotesForIt() {
        erikaAndKai();
        long id = proposeWith(erika, "Gemeinsam", kai);
        fixtures.as(kai, () -> votes.toggle(slug, id));
        CohostOverview kais = fixtures.as(kai, () -> cohosts.overview(slug));
        assertThat(kais.registered()).isTrue();
        assertThat(kais.invites()).containsExactly(new CohostOverview.Invite(id, "Gemeinsam", "Erika Expertin"));

        fixtures.as(kai, () -> cohosts.accept(slug, id));

        assertThat(card(id).cohostNames()).containsExactly("Kai Kollege");
        assertThat(card(id).votes()).isZero();
        assertThat(heard.stream(CohostAccepted.class)).containsExactly(new CohostAccepted(eventId(), id, kaiId()));
        assertThat(fixtures.as(kai, () -> cohosts.overview(slug)).invites()).isEmpty();
        assertThat(fixtures.as(kai, () -> cohosts.overview(slug)).cohosting())
                .containsExactly(new CohostOverview.Session(id, "Gemeinsam"));
        assertThat(fixtures.as(erika, () -> cohosts.overview(slug)).sent()).isEmpty();
        assertThatThrownBy(() -> fixtures.as(kai, () -> votes.toggle(slug, id)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("proposal.vote.own"));
        // The form shows the co-host by email; the proposer may take them off again.
        ProposalForm f = fixtures.as(erika, () -> proposals.formFor(slug, id));
        assertThat(f.getCohostEmails()).containsExactly(kai);
        f.getCohostEmails().clear();
        fixtures.as(erika, () -> proposals.update(slug, id, f));
        assertThat(card(id).cohostNames()).isEmpty();
        assertThat(heard.stream(CohostLeft.class)).containsExactly(new CohostLeft(eventId(), id, kaiId()));
    }

    @Test
    void somebodyWithoutASeatIsToldToRegisterFirst() {
        erika = participant("Erika Expertin");
        String otto = fixtures.person("Otto Ohneplatz", Role.EXPERT).email();
        long id = proposeWith(erika, "Gemeinsam", otto);
        CohostOverview ottos = fixtures.as(otto, () -> cohosts.overview(slug));
        assertThat(ottos.registered()).isFalse();
        assertThat(ottos.invites()).extracting(CohostOverview.Invite::proposalId).containsExactly(id);
        assertThatThrownBy(() -> fixtures.as(otto, () -> cohosts.accept(slug, id)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().get(0).messageKey())
                        .isEqualTo("proposal.cohost.register-first"));
        assertThat(card(id).cohostNames()).isEmpty();

        fixtures.as(otto, () -> registrations.register(slug));
        fixtures.as(otto, () -> cohosts.accept(slug, id));
        assertThat(card(id).cohostNames()).containsExactly("Otto Ohneplatz");
    }

    @Test
    void onlyTheNamedPersonAnswersAndDecliningLeavesNothing() {
        erikaAndKai();
        String tim = participant("Tim Teilnehmer");
        long id = proposeWith(erika, "Gemeinsam", kai);
        for (String someoneElse : List.of(tim, erika, organizer)) {
            assertThatThrownBy(() -> fixtures.as(someoneElse, () -> cohosts.accept(slug, id)))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().get(0)
                            .messageKey()).isEqualTo("proposal.cohost.request-gone"));
            assertThatThrownBy(() -> fixtures.as(someoneElse, () -> cohosts.decline(slug, id)))
                    .isInstanceOf(InvalidInputException.class);
        }
        assertThatThrownBy(() -> cohosts.accept(slug, id)).isInstanceOf(AccessDeniedException.class);
        assertThat(fixtures.as(tim, () -> cohosts.overview(slug)).isEmpty()).isTrue();
        assertThat(card(id).cohostNames()).isEmpty();
        assertThat(fixtures.as(kai, () -> cohosts.overview(slug)).invites()).hasSize(1);

        fixtures.as(kai, () -> cohosts.decline(slug, id));

        assertThat(card(id).cohostNames()).isEmpty();
        assertThat(fixtures.as(kai, () -> cohosts.overview(slug)).isEmpty()).isTrue();
        assertThat(fixtures.as(erika, () -> cohosts.overview(slug)).sent()).isEmpty();
        assertThatThrownBy(() -> fixtures.as(kai, () -> cohosts.accept(slug, id)))
                .isInstanceOf(InvalidInputException.class);
        assertThat(heard.stream(CohostChange.class)).isEmpty();
    }

    @Test
    void aCohostLeavesWheneverTheyLikeAndNobodyElseCanMakeThemLeave() {
        erikaAndKai();
        String tim = participant("Tim Teilnehmer");
        long id = proposeWith(erika, "Gemeinsam", kai);
        fixtures.as(kai, () -> cohosts.accept(slug, id));
        fixtures.as(organizer, () -> moderation.accept(slug, id));
        fixtures.as(organizer, () -> barcampSettings.changePhases(slug, false, false, null));
        for (String notACohost : List.of(tim, erika)) {
            assertThatThrownBy(() -> fixtures.as(notACohost, () -> cohosts.leave(slug, id)))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().get(0)
                            .messageKey()).isEqualTo("proposal.cohost.not-cohost"));
        }
        assertThat(card(id).cohostNames()).containsExactly("Kai Kollege");

        fixtures.as(kai, () -> cohosts.leave(slug, id));

        assertThat(card(id).cohostNames()).isEmpty();
        assertThat(heard.stream(CohostLeft.class)).containsExactly(new CohostLeft(eventId(), id, kaiId()));
        assertThat(fixtures.as(kai, () -> cohosts.overview(slug)).cohosting()).isEmpty();
        assertThatThrownBy(() -> fixtures.as(kai, () -> cohosts.leave(slug, id)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void theProposerOrAnOrganizerWithdrawsARequestNobodyElse() {
        erikaAndKai();
        String tim = participant("Tim Teilnehmer");
        long id = proposeWith(erika, "Gemeinsam", kai, "tim@test.example");
        List<CohostOverview.Sent> sent = fixtures.as(erika, () -> cohosts.overview(slug)).sent();
        assertThat(sent).extracting(CohostOverview.Sent::email).containsExactly(kai, "tim@test.example");
        long toKai = sent.get(0).requestId();
        long toTim = sent.get(1).requestId();
        assertThatThrownBy(() -> fixtures.as(tim, () -> cohosts.withdraw(slug, toKai)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixtures.as(kai, () -> cohosts.withdraw(slug, toKai)))
                .isInstanceOf(AccessDeniedException.class);

        fixtures.as(erika, () -> cohosts.withdraw(slug, toKai));
        fixtures.as(organizer, () -> cohosts.withdraw(slug, toTim));
        // Withdrawn already (another tab, another organizer): a clear message, not an error page.
        assertThatThrownBy(() -> fixtures.as(erika, () -> cohosts.withdraw(slug, toKai)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems().get(0).messageKey())
                        .isEqualTo("proposal.cohost.request-gone"));

        assertThat(fixtures.as(erika, () -> cohosts.overview(slug)).sent()).isEmpty();
        assertThat(fixtures.as(kai, () -> cohosts.overview(slug)).invites()).isEmpty();
        assertThat(fixtures.as(tim, () -> cohosts.overview(slug)).invites()).isEmpty();
        assertThat(fixtures.as(erika, () -> proposals.formFor(slug, id)).getCohostEmails()).isEmpty();
    }

    @Test
    void editingTheFormAsksNewEmailsAndDropsThoseNoLongerNamed() {
        erikaAndKai();
        long id = proposeWith(erika, "Gemeinsam", kai, "later@test.example");
        ProposalForm f = fixtures.as(erika, () -> proposals.formFor(slug, id));
        assertThat(f.getCohostEmails()).containsExactlyInAnyOrder(kai, "later@test.example");
        f.setCohostEmails(new HashSet<>(Set.of(kai, "neu@test.example", erika)));
        fixtures.as(erika, () -> proposals.update(slug, id, f));
        assertThat(fixtures.as(erika, () -> cohosts.overview(slug)).sent()).extracting(CohostOverview.Sent::email)
                .containsExactly(kai, "neu@test.example");
        ProposalForm invalid = fixtures.as(erika, () -> proposals.formFor(slug, id));
        invalid.setCohostEmails(new HashSet<>(Set.of("kein-email")));
        assertThatThrownBy(() -> fixtures.as(erika, () -> proposals.update(slug, id, invalid)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.hasField("cohostEmails")).isTrue());
        assertThat(fixtures.as(erika, () -> cohosts.overview(slug)).sent()).hasSize(2);
    }

    @Test
    void mergingMovesPendingRequestsToTheProposalThatStays() {
        erikaAndKai();
        String tim = participant("Tim Teilnehmer");
        long target = proposeWith(erika, "Starkregen", kai);
        long duplicate = proposeWith(tim, "Starkregen auch", kai, "neu@test.example");
        fixtures.as(organizer, () -> moderation.merge(slug, duplicate, target));
        assertThat(fixtures.as(kai, () -> cohosts.overview(slug)).invites())
                .extracting(CohostOverview.Invite::proposalId).containsExactly(target);
        fixtures.as(kai, () -> cohosts.accept(slug, target));
        assertThat(card(target).cohostNames()).containsExactly("Kai Kollege", "Tim Teilnehmer");
    }

    @Test
    void acceptingTwiceAtOnceIsHarmless() throws Exception {
        erikaAndKai();
        long id = proposeWith(erika, "Gemeinsam", kai);
        List<Callable<Boolean>> clicks = Collections.nCopies(8, () -> {
            fixtures.as(kai, () -> cohosts.accept(slug, id));
            return true;
        });

        assertThat(Races.race(clicks)).containsOnly(true);

        assertThat(card(id).cohostNames()).containsExactly("Kai Kollege");
        assertThat(fixtures.as(kai, () -> cohosts.overview(slug)).invites()).isEmpty();
        // Accepting again later is just as harmless.
        fixtures.as(kai, () -> cohosts.accept(slug, id));
        assertThat(card(id).cohostNames()).containsExactly("Kai Kollege");
    }

    private long eventId() {
        return boards.eventIdOf(slug);
    }

    private long kaiId() {
        return fixtures.as(kai, () -> currentUser.requireId());
    }
}
