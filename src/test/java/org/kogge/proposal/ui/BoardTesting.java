package org.kogge.proposal.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.SerializableBiConsumer;
import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kogge.account.Role;
import org.kogge.proposal.ProposalCard;
import org.kogge.proposal.ProposalForm;
import org.kogge.proposal.ProposalFormat;
import org.kogge.proposal.ProposalService;
import org.kogge.proposal.SessionLanguage;
import org.kogge.registration.RegistrationService;
import org.kogge.testing.Fixtures;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/** Helpers shared by the proposal UI tests: participants, proposals, and reading the board as a person sees it. */
final class BoardTesting {

    private BoardTesting() {
    }

    static String participant(Fixtures fixtures, RegistrationService registrations, String slug, String name) {
        String email = fixtures.person(name, Role.EXPERT).email();
        fixtures.as(email, () -> registrations.register(slug));
        return email;
    }

    static long propose(Fixtures fixtures, ProposalService proposals, String slug, String email, String title,
                        long... topics) {
        ProposalForm f = new ProposalForm();
        f.setTitle(title);
        f.setAbstractText("Wie **Sensoren** im Kanal helfen");
        f.setFormat(ProposalFormat.DISCUSSION);
        f.setLanguage(SessionLanguage.DE);
        f.setSlots(1);
        for (long t : topics) {
            f.getTopicIds().add(t);
        }
        ProposalCard card = fixtures.as(email, () -> proposals.propose(slug, f));
        return card.id();
    }

    /**
     * A card as the browser is given it: the proposal's item and the Lit template's properties for it (the texts,
     * states and labels the template shows; {@code null} where it shows nothing).
     */
    record Card(BoardItem item, Map<String, Object> shown) {

        String text(String property) {
            return (String) shown.get(property);
        }

        boolean flag(String property) {
            return (Boolean) shown.get(property);
        }
    }

    static ProposalCardList list() {
        return _get(ProposalCardList.class);
    }

    /** The cards in the order shown; none if the list is hidden (nothing to show) or not there. */
    static List<Card> cards() {
        List<ProposalCardList> lists = _find(ProposalCardList.class);
        if (lists.isEmpty()) {
            return List.of();
        }
        ProposalCardList list = lists.get(0);
        return list.items().stream().map(i -> new Card(i, shown(list, i))).toList();
    }

    private static Map<String, Object> shown(ProposalCardList list, BoardItem item) {
        Map<String, Object> shown = new HashMap<>();
        list.renderer().getValueProviders().forEach((name, provider) -> shown.put(name, provider.apply(item)));
        return shown;
    }

    static List<String> titles() {
        return cards().stream().map(c -> c.text("title")).toList();
    }

    static Card card(String title) {
        return cards().stream().filter(c -> c.text("title").equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no card " + title + " among " + titles()));
    }

    /**
     * Presses a card's vote button as a person would: it must be enabled; the browser sends the state the person
     * saw ({@code aria-pressed}).
     */
    static void vote(String title) {
        Card card = card(title);
        assertThat(card.flag("canVote")).as("vote button of " + title + " enabled").isTrue();
        call(card, "vote", JsonNodeFactory.instance.arrayNode().add(card.flag("pressed")));
    }

    /** Presses "show the full description" on a card; it must be offered. */
    static void unfold(String title) {
        Card card = card(title);
        assertThat(card.text("more")).as("unfold button of " + title).isNotNull();
        call(card, "unfold", JsonNodeFactory.instance.arrayNode());
    }

    /** Runs one of the template's functions for a card, as the browser's event handler does. */
    @SuppressWarnings("unchecked")
    static void call(Card card, String function, ArrayNode args) {
        try {
            Field callables = LitRenderer.class.getDeclaredField("clientCallables");
            callables.setAccessible(true);
            var handlers = (Map<String, SerializableBiConsumer<BoardItem, ArrayNode>>) callables.get(list().renderer());
            handlers.get(function).accept(card.item(), args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("LitRenderer changed", e);
        }
    }

    static String path() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }
}
