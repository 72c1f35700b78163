package org.kogge.proposal.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.kogge.testing.Karibu._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.kogge.testing.LiveTesting.awaitPush;
import static org.kogge.proposal.ui.BoardTesting.card;
import static org.kogge.proposal.ui.BoardTesting.participant;
import static org.kogge.proposal.ui.BoardTesting.path;
import static org.kogge.proposal.ui.BoardTesting.titles;
import static org.kogge.proposal.ui.BoardTesting.vote;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.provider.DataChangeEvent;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.List;
import org.kogge.proposal.ui.BoardTesting.Card;
import com.vaadin.flow.component.select.Select;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kogge.account.Role;
import org.kogge.event.EventKind;
import org.kogge.event.EventState;
import org.kogge.common.live.LiveBroadcaster;
import org.kogge.proposal.BoardUpdates;
import org.kogge.proposal.BarcampSettingsService;
import org.kogge.proposal.BoardService;
import org.kogge.proposal.ModerationService;
import org.kogge.proposal.ProposalForm;
import org.kogge.proposal.ProposalService;
import org.kogge.proposal.TopicDto;
import org.kogge.proposal.VoteService;
import org.kogge.registration.RegistrationService;
import org.kogge.testing.KaribuTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.node.JsonNodeFactory;

class ProposalBoardViewKT extends KaribuTestBase {

    @Autowired ProposalService proposals;
    @Autowired BarcampSettingsService barcampSettings;
    @Autowired ModerationService moderation;
    @Autowired BoardService boards;
    @Autowired VoteService votes;
    @Autowired RegistrationService registrations;
    @Autowired LiveBroadcaster broadcaster;
    @Autowired EntityManagerFactory emf;

    String organizer;
    String slug;
    long water;
    long energy;
    String erika;

    /** A barcamp with proposals and voting open, five votes per person, and Erika's proposal on the board. */
    @BeforeEach
    void barcampWithAProposal() {
        organizer = fixtures.person("Olga Orga", Role.ORGANIZER).email();
        slug = fixtures.event(organizer, "Barcamp Smart Water", EventKind.BARCAMP, 30, EventState.PUBLISHED).slug();
        fixtures.as(organizer, () -> {
            barcampSettings.changePhases(slug, true, true, 5);
            water = barcampSettings.addTopic(slug, "Smart Water").id();
            energy = barcampSettings.addTopic(slug, "Energie").id();
        });
        erika = participant(fixtures, registrations, slug, "Erika Expertin");
        BoardTesting.propose(fixtures, proposals, slug, erika, "Sensornetze im Kanal", water);
    }

    private void open() {
        UI.getCurrent().navigate("events/" + slug + "/proposals");
    }

    @Test
    void anonymousSeesProposalsWithVotesButCannotVoteAndIsAskedToLogIn() {
        String kai = participant(fixtures, registrations, slug, "Kai Kollege");
        long id = boards.board(slug, null, null, null).proposals().get(0).id();
        fixtures.as(kai, () -> votes.toggle(slug, id));

        open();

        assertThat(titles()).containsExactly("Sensornetze im Kanal");
        Card card = card("Sensornetze im Kanal");
        assertThat(card.text("votes")).isEqualTo("1 Stimme");
        assertThat(card.text("host")).isEqualTo("Erika Expertin (Lübeck)");
        assertThat(card.shown().get("topics")).isEqualTo(List.of("Smart Water"));
        assertThat(card.text("topicsLabel")).isEqualTo("Themen");
        assertThat(card.text("meta")).isEqualTo("Diskussion · Deutsch · ein Slot");
        assertThat(card.text("abstract")).isEqualTo("Wie Sensoren im Kanal helfen");
        assertThat(card.text("more")).as("short abstract: all of it shown").isNull();
        assertThat(card.flag("canVote")).isFalse();
        assertThat(card.flag("visitor")).as("no greyed-out vote button per card, the count once").isTrue();
        assertThat(card.text("edit")).isNull();
        BoardLoginCall call = _get(BoardLoginCall.class);
        assertThat(call.isVisible()).isTrue();
        assertThat(_get(call, Anchor.class).getText()).isEqualTo("Zum Abstimmen einloggen");
        assertThat(_get(call, Anchor.class).getHref()).as("back on the board after logging in")
                .isEqualTo("login?return=events%2F" + slug + "%2Fproposals");
        _assertNone(Button.class, b -> b.withText("Session vorschlagen"));
    }

    @Test
    void participantVotesAndTakesTheVoteBackAndSeesVotesLeft() {
        String kai = participant(fixtures, registrations, slug, "Kai Kollege");
        login(kai);
        open();
        Paragraph budget = _get(Paragraph.class, p -> p.withClasses("kogge-board-budget"));
        assertThat(budget.getText()).isEqualTo("Sie haben noch 5 von 5 Stimmen.");

        vote("Sensornetze im Kanal");

        Card card = card("Sensornetze im Kanal");
        assertThat(card.text("voteText")).isEqualTo("Stimme zurücknehmen (1)");
        assertThat(card.flag("pressed")).as("aria-pressed").isTrue();
        assertThat(budget.getText()).isEqualTo("Sie haben noch 4 von 5 Stimmen.");

        vote("Sensornetze im Kanal");

        card = card("Sensornetze im Kanal");
        assertThat(card.text("voteText")).isEqualTo("Stimme geben (0)");
        assertThat(card.flag("pressed")).as("aria-pressed").isFalse();
        assertThat(budget.getText()).isEqualTo("Sie haben noch 5 von 5 Stimmen.");
        assertThat(_get(Button.class, b -> b.withText("Session vorschlagen")).isEnabled()).isTrue();
    }

    @Test
    void whenAllVotesAreUsedOnlyTakingOneBackIsPossible() {
        fixtures.as(organizer, () -> barcampSettings.changePhases(slug, true, true, 1));
        String kai = participant(fixtures, registrations, slug, "Kai Kollege");
        String lena = participant(fixtures, registrations, slug, "Lena Lotsin");
        BoardTesting.propose(fixtures, proposals, slug, lena, "Pegelstände offen teilen", energy);
        login(kai);
        open();

        vote("Sensornetze im Kanal");

        assertThat(_get(Paragraph.class, p -> p.withClasses("kogge-board-budget")).getText())
                .isEqualTo("Sie haben noch 0 von 1 Stimmen.");
        assertThat(card("Pegelstände offen teilen").flag("canVote")).isFalse();
        assertThat(card("Pegelstände offen teilen").text("hint")).isEqualTo("Alle Stimmen vergeben.");
        assertThat(card("Sensornetze im Kanal").flag("canVote")).isTrue();

        vote("Sensornetze im Kanal");
        assertThat(card("Pegelstände offen teilen").flag("canVote")).isTrue();
    }

    @Test
    void aHostCannotVoteForTheirOwnProposalButMayEditIt() {
        login(erika);
        open();
        Card card = card("Sensornetze im Kanal");
        assertThat(card.flag("canVote")).isFalse();
        assertThat(card.text("hint")).isEqualTo("Ihre eigene Session.");
        assertThat(card.text("editText")).isEqualTo("Bearbeiten");
        assertThat(card.text("edit")).isEqualTo("events/" + slug + "/proposals/" + card.item().id() + "/edit");
    }

    @Test
    void aPersonWithoutASeatIsAskedToRegister() {
        String otto = fixtures.person("Otto Outsider", Role.EXPERT).email();
        login(otto);
        open();
        assertThat(card("Sensornetze im Kanal").flag("canVote")).isFalse();
        _get(Paragraph.class, p -> p.withText(
                "Um Sessions vorzuschlagen und abzustimmen, brauchen Sie einen Platz bei diesem Barcamp."));
        assertThat(_get(Anchor.class, a -> a.withText("Zur Anmeldung für das Barcamp")).getHref()).isEqualTo("events/" + slug);
        _assertNone(Button.class, b -> b.withText("Session vorschlagen"));
    }

    /**
     * While only voting is open, a seat holder's board refreshes (a live update) without a statement: the event and
     * the seat come with the board's shared part, nothing is asked of the database per open board (issue 12).
     */
    @Test
    void aSeatHoldersBoardRefreshesWithoutAStatementWhileOnlyVotingIsOpen() {
        String kai = participant(fixtures, registrations, slug, "Kai Kollege");
        fixtures.as(organizer, () -> barcampSettings.changePhases(slug, false, true, 5));
        login(kai);
        open();
        ProposalBoardView view = _get(ProposalBoardView.class);
        Statistics statistics = emf.unwrap(SessionFactory.class).getStatistics();
        long before = statistics.getPrepareStatementCount();

        view.refresh(false);

        assertThat(statistics.getPrepareStatementCount() - before).isZero();
        assertThat(card("Sensornetze im Kanal").flag("canVote")).isTrue();
        _assertNone(Button.class, b -> b.withText("Session vorschlagen"));
        _assertNone(Anchor.class, a -> a.withText("Zur Anmeldung für das Barcamp"));
    }

    @Test
    void filteringByTopicShowsOnlyProposalsOfThatTopic() {
        String kai = participant(fixtures, registrations, slug, "Kai Kollege");
        BoardTesting.propose(fixtures, proposals, slug, kai, "Windstrom für Pumpwerke", energy);
        open();
        assertThat(titles()).containsExactlyInAnyOrder("Sensornetze im Kanal", "Windstrom für Pumpwerke");

        @SuppressWarnings("unchecked")
        Select<TopicDto> topic = _get(Select.class, s -> s.withLabel("Thema"));
        _setValue(topic, new TopicDto(energy, "Energie"));

        assertThat(titles()).containsExactly("Windstrom für Pumpwerke");

        _setValue(topic, null);
        assertThat(titles()).hasSize(2);
    }

    @Test
    void closedVotingIsShownAndNobodyCanVote() {
        fixtures.as(organizer, () -> barcampSettings.changePhases(slug, true, false, 5));
        String kai = participant(fixtures, registrations, slug, "Kai Kollege");
        login(kai);
        open();
        _get(Span.class, s -> s.withText("Abstimmung geschlossen"));
        assertThat(card("Sensornetze im Kanal").flag("canVote")).isFalse();
        assertThat(card("Sensornetze im Kanal").text("hint")).isEqualTo("Die Abstimmung ist geschlossen.");
    }

    @Test
    void theHostSeesTheirDeclinedProposalWithTheNoteOthersDoNot() {
        long id = boards.board(slug, null, null, null).proposals().get(0).id();
        fixtures.as(organizer, () -> moderation.decline(slug, id, "Passt leider nicht ins Programm."));
        login(erika);
        open();
        Card card = card("Sensornetze im Kanal");
        assertThat(card.text("status")).isEqualTo("Abgelehnt");
        assertThat(card.text("statusClass")).isEqualTo("kogge-board-badge-declined");
        assertThat(card.text("declineNote")).isEqualTo("Begründung der Organisation: Passt leider nicht ins Programm.");

        logout();
        open();
        assertThat(titles()).isEmpty();
        _get(Paragraph.class, p -> p.withText("Noch keine Vorschläge."));
    }

    @Test
    void aCeremonyHasNoBoard() {
        String ceremony = fixtures.event(organizer, "Unterzeichnung Smarte Hanse", EventKind.CEREMONY, 20,
                EventState.PUBLISHED).slug();
        UI.getCurrent().navigate("events/" + ceremony + "/proposals");
        assertThat(_get(H1.class).getText()).isEqualTo("Nicht gefunden");
        assertThat(BoardTesting.cards()).isEmpty();
    }

    @Test
    void anOpenBoardShowsOtherPeoplesVotesLiveAndStopsListeningWhenLeft() throws Exception {
        String kai = participant(fixtures, registrations, slug, "Kai Kollege");
        String lena = participant(fixtures, registrations, slug, "Lena Lotsin");
        long id = boards.board(slug, null, null, null).proposals().get(0).id();
        long eventId = boards.eventIdOf(slug);
        login(kai);
        open();
        assertThat(broadcaster.listenerCount(BoardUpdates.TOPIC, eventId)).isEqualTo(1);
        assertThat(card("Sensornetze im Kanal").text("voteText")).isEqualTo("Stimme geben (0)");
        ProposalCardList list = BoardTesting.list();
        List<DataChangeEvent<?>> changes = new ArrayList<>();
        list.getDataProvider().addDataProviderListener(changes::add);

        fixtures.as(lena, () -> votes.toggle(slug, id));
        awaitPush(() -> card("Sensornetze im Kanal").text("voteText").equals("Stimme geben (1)"));

        assertThat(card("Sensornetze im Kanal").text("voteText")).isEqualTo("Stimme geben (1)");
        assertThat(card("Sensornetze im Kanal").text("votes")).isEqualTo("1 Stimme");
        // Only the changed card was sent again: no rebuild of the list.
        assertThat(changes).singleElement().isInstanceOfSatisfying(DataChangeEvent.DataRefreshEvent.class,
                e -> assertThat(((BoardItem) e.getItem()).id()).isEqualTo(id));
        assertThat(BoardTesting.list()).isSameAs(list);
        assertThat(path()).isEqualTo("events/" + slug + "/proposals");
        // Still Kai's view: the refresh ran as Kai, so his vote button works and his budget is shown.
        assertThat(card("Sensornetze im Kanal").flag("canVote")).isTrue();
        assertThat(_get(Paragraph.class, p -> p.withClasses("kogge-board-budget")).getText())
                .isEqualTo("Sie haben noch 5 von 5 Stimmen.");

        _click(_get(Button.class, b -> b.withText("Session vorschlagen")));

        assertThat(path()).isEqualTo("events/" + slug + "/proposals/new");
        assertThat(broadcaster.listenerCount(BoardUpdates.TOPIC, eventId)).isZero();
    }

    /**
     * A live vote for one card leaves every other card of the page as it is, the very same item (nothing compared
     * field by field, nothing sent), and the parts above the cards too: the "propose" button is not built anew.
     */
    @Test
    void aLiveVoteKeepsTheOtherCardsAndTheProposeButtonAsTheyAre() throws Exception {
        String kai = participant(fixtures, registrations, slug, "Kai Kollege");
        String lena = participant(fixtures, registrations, slug, "Lena Lotsin");
        long voted = BoardTesting.propose(fixtures, proposals, slug, lena, "Pegel offen teilen", energy);
        BoardTesting.propose(fixtures, proposals, slug, lena, "Regen sammeln", water);
        login(kai);
        open();
        BoardItem other = card("Sensornetze im Kanal").item();
        BoardItem third = card("Regen sammeln").item();
        Button propose = _get(Button.class, b -> b.withText("Session vorschlagen"));

        fixtures.as(erika, () -> votes.toggle(slug, voted));
        awaitPush(() -> card("Pegel offen teilen").text("votes").equals("1 Stimme"));

        assertThat(card("Sensornetze im Kanal").item()).isSameAs(other);
        assertThat(card("Regen sammeln").item()).isSameAs(third);
        assertThat(_get(Button.class, b -> b.withText("Session vorschlagen"))).isSameAs(propose);
    }

    @Test
    void aLongAbstractShowsAnExcerptUntilUnfoldedAndStaysUnfoldedThroughLiveUpdates() throws Exception {
        String kai = participant(fixtures, registrations, slug, "Kai Kollege");
        String lena = participant(fixtures, registrations, slug, "Lena Lotsin");
        ProposalForm f = new ProposalForm();
        f.setTitle("Pegel offen teilen");
        String full = "Wie *Kiel* Pegelstände offen bereitstellt, wer sie nutzt und was es gekostet hat. ".repeat(4).strip();
        f.setAbstractText(full);
        long id = fixtures.as(lena, () -> proposals.propose(slug, f)).id();
        login(kai);
        open();

        Card card = card("Pegel offen teilen");
        assertThat(card.text("abstract")).endsWith(" …").hasSizeLessThanOrEqualTo(BoardItem.EXCERPT + 2)
                .startsWith("Wie Kiel Pegelstände offen bereitstellt");
        assertThat(card.text("more")).isEqualTo("Ganze Beschreibung zeigen");

        BoardTesting.unfold("Pegel offen teilen");

        assertThat(card("Pegel offen teilen").text("abstract")).isEqualTo(full.replace("*", ""));
        assertThat(card("Pegel offen teilen").text("more")).isNull();

        fixtures.as(erika, () -> votes.toggle(slug, id));
        awaitPush(() -> card("Pegel offen teilen").text("votes").equals("1 Stimme"));
        assertThat(card("Pegel offen teilen").text("abstract")).isEqualTo(full.replace("*", ""));
    }

    @Test
    void aDoubleClickOnTheVoteButtonCountsOnce() {
        String kai = participant(fixtures, registrations, slug, "Kai Kollege");
        login(kai);
        open();
        Card seen = card("Sensornetze im Kanal");

        // Both clicks were sent for the button as it was before the first one arrived: not pressed.
        BoardTesting.call(seen, "vote", JsonNodeFactory.instance.arrayNode().add(false));
        BoardTesting.call(card("Sensornetze im Kanal"), "vote", JsonNodeFactory.instance.arrayNode().add(false));

        assertThat(card("Sensornetze im Kanal").text("voteText")).isEqualTo("Stimme zurücknehmen (1)");
        assertThat(boards.board(slug, null, null, null).proposals().get(0).votes()).isEqualTo(1);
    }

    /**
     * What the browser builds from the cards: articles named by their heading, real buttons with their state and
     * hint for assistive technology, and every text bound by Lit (escaped), none inserted as HTML.
     */
    @Test
    void cardsAreArticlesWithHeadingsAndRealButtonsAndTextIsNeverHtml() {
        String template = ProposalCardList.TEMPLATE;
        assertThat(template).contains("<article class=\"kogge-card kogge-board-card\" aria-labelledby=\"kogge-board-title-${item.id}\">",
                "<h2 id=\"kogge-board-title-${item.id}\">${item.title}</h2>",
                "<button type=\"button\" class=\"kogge-board-vote", "aria-pressed=\"${item.pressed}\"",
                "aria-describedby=\"kogge-board-vote-hint-${item.id}\"", "class=\"kogge-sr-only\"> – ${item.title}");
        assertThat(template).doesNotContain("unsafeHTML", "innerHTML", ".innerHTML", "unsafe");
    }
}
