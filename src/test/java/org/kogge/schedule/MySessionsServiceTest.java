package org.kogge.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.kogge.proposal.ProposalStatus;
import org.kogge.testing.MySessionsFixtures;
import org.kogge.testing.MySessionsFixtures.Scenario;
import org.kogge.testing.ScheduleFixtures;
import org.kogge.testing.ServiceTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class MySessionsServiceTest extends ServiceTestBase {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Autowired MySessionsService service;
    @Autowired MySessionsFixtures mf;
    @Autowired PlanningService planning;
    @Autowired EntityManagerFactory emf;

    @Test
    void listsWhatIHostOrCoHostAcrossEventsLatestEventFirstWithStatusVotesAndPlaces() {
        Scenario s = mf.scenario();

        MySessions mine = fixtures.as(s.host(), () -> service.mine());

        assertThat(mine.sessions()).extracting(x -> x.proposal().title()).containsExactly(
                "Abgelehnte Idee", "Hafen digital", "Offene Daten",
                "Regenwasser", "Deiche", "Stadtgrün gemeinsam");
        MySessions.Session declined = find(mine, s.declined());
        assertThat(declined.proposal().status()).isEqualTo(ProposalStatus.DECLINED);
        assertThat(declined.target()).isEqualTo(MySessions.Target.BOARD);
        assertThat(declined.event().slug()).isEqualTo(s.later());

        MySessions.Session open = find(mine, s.open());
        assertThat(open.proposal().status()).isEqualTo(ProposalStatus.OPEN);
        assertThat(open.proposal().votes()).isEqualTo(1);
        assertThat(open.proposal().editable()).isTrue();
        assertThat(open.target()).isEqualTo(MySessions.Target.EDIT);

        MySessions.Session unpublished = find(mine, s.acceptedUnpublished());
        assertThat(unpublished.proposal().status()).isEqualTo(ProposalStatus.ACCEPTED);
        assertThat(unpublished.place()).as("placed, but the programme is not published").isNull();
        assertThat(unpublished.target()).isEqualTo(MySessions.Target.BOARD);

        MySessions.Session placed = find(mine, s.placed());
        assertThat(placed.place().place().room()).isEqualTo("Trave");
        assertThat(placed.place().place().startsAt())
                .isEqualTo(LocalDateTime.of(ScheduleFixtures.DAY1, java.time.LocalTime.of(10, 0)).atZone(BERLIN).toInstant());
        assertThat(placed.place().cancelled()).isFalse();
        assertThat(placed.target()).isEqualTo(MySessions.Target.SESSION);
        assertThat(placed.proposal().host()).isTrue();
        assertThat(placed.proposal().editable()).as("accepted: no longer the host's to edit").isFalse();

        MySessions.Session cancelled = find(mine, s.cancelled());
        assertThat(cancelled.place().cancelled()).isTrue();
        assertThat(cancelled.target()).isEqualTo(MySessions.Target.SESSION);

        MySessions.Session cohosted = find(mine, s.cohosted());
        assertThat(cohosted.proposal().host()).isFalse();
        assertThat(cohosted.proposal().hostName()).isEqualTo("Bea Berg");
        assertThat(cohosted.proposal().cohostNames()).containsExactly("Hanna Host");
        assertThat(cohosted.place()).as("accepted, not placed").isNull();

        assertThat(mine.sessions()).extracting(x -> x.proposal().id())
                .as("only asked, not agreed; somebody else's").doesNotContain(s.onlyAsked(), s.timsOwn());
        assertThat(mine.invites()).singleElement().satisfies(i -> {
            assertThat(i.request().proposalId()).isEqualTo(s.onlyAsked());
            assertThat(i.request().hostName()).isEqualTo("Bea Berg");
            assertThat(i.event().slug()).isEqualTo(s.first().slug());
        });
    }

    @Test
    void aPersonSeesOnlyTheirOwnAndAnonymousCallersAreRefused() {
        Scenario s = mf.scenario();

        MySessions bea = fixtures.as(s.bea(), () -> service.mine());
        MySessions tim = fixtures.as(s.tim(), () -> service.mine());

        assertThat(bea.sessions()).extracting(x -> x.proposal().title())
                .containsExactly("Nur gefragt", "Stadtgrün gemeinsam");
        assertThat(bea.invites()).isEmpty();
        assertThat(tim.sessions()).extracting(x -> x.proposal().title()).containsExactly("Tims Thema");
        assertThat(fixtures.as(s.first().organizer(), () -> service.mine()).isEmpty()).isTrue();
        logout();
        assertThatThrownBy(() -> service.mine()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void readsAFixedNumberOfStatementsWhateverTheNumberOfProposalsAndEvents() {
        Scenario s = mf.scenario();
        long before = statementsFor(s.host());

        String third = mf.laterCamp(s.first().organizer(), "Barcamp Rostock", 1200, s.host(), s.bea());
        long placed = mf.propose(third, s.host(), "Rostocker Runde", null);
        acceptPlaceAndPublish(s, third, placed);
        mf.propose(third, s.bea(), "Noch eine Anfrage", s.host());
        mf.propose(s.later(), s.host(), "Noch ein Vorschlag", null);
        long after = statementsFor(s.host());

        assertThat(after).isEqualTo(before);
        assertThat(after).as("proposals, email, requests and their proposals, events, phases, votes, names, places, rooms")
                .isLessThanOrEqualTo(10);
        MySessions mine = fixtures.as(s.host(), () -> service.mine());
        assertThat(mine.sessions()).hasSize(8);
        assertThat(mine.sessions().get(0).proposal().title()).isEqualTo("Rostocker Runde");
        assertThat(mine.sessions().get(0).place()).isNotNull();
        assertThat(mine.invites()).hasSize(2);
    }

    @Autowired org.kogge.proposal.ModerationService moderation;

    private void acceptPlaceAndPublish(Scenario s, String slug, long id) {
        String org = s.first().organizer();
        fixtures.as(org, () -> moderation.accept(slug, id));
        mf.place(org, slug, id, 1200);
        fixtures.as(org, () -> planning.publish(slug));
    }

    private long statementsFor(String person) {
        login(person);
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        stats.clear();
        MySessions mine = service.mine();
        long count = stats.getPrepareStatementCount();
        logout();
        assertThat(mine.sessions()).isNotEmpty();
        return count;
    }

    private static MySessions.Session find(MySessions mine, long id) {
        List<MySessions.Session> found = mine.sessions().stream().filter(x -> x.proposal().id() == id).toList();
        assertThat(found).hasSize(1);
        return found.get(0);
    }
}
