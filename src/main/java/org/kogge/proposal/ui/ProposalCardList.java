package org.kogge.proposal.ui;

import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.SerializableConsumer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.kogge.proposal.ProposalCard;
import org.kogge.proposal.ProposalStatus;

/**
 * The board's cards: a virtual list that renders each {@link BoardItem} in the browser with a Lit template, so the
 * server keeps one small record per proposal, pointing at the card all open boards share, instead of a component tree
 * per card (issue 12); the texts are made only for the cards sent. Each card is an
 * {@code article} named by its {@code h3} title; the vote toggle is a real {@code button} (Tab, Enter, Space) whose
 * name ends with the title, with {@code aria-pressed} and the reason it is disabled as its description. All text
 * goes through Lit's bindings, which escape it. A live update replaces only the cards that changed.
 */
public class ProposalCardList extends VirtualList<BoardItem> {

    static final String TEMPLATE = """
            <article class="kogge-card kogge-board-card" aria-labelledby="kogge-board-title-${item.id}">
              <div class="kogge-board-card-head">
                ${item.status ? html`<span class="kogge-board-badge ${item.statusClass}">${item.status}</span>` : ''}
                <h2 id="kogge-board-title-${item.id}">${item.title}</h2>
              </div>
              <p class="kogge-board-host">${item.host}</p>
              ${item.cohosts ? html`<p class="kogge-board-cohosts">${item.cohosts}</p>` : ''}
              <p class="kogge-board-meta kogge-muted">${item.meta}</p>
              ${item.topics && item.topics.length ? html`<ul class="kogge-board-topics" aria-label="${item.topicsLabel}">${
                  item.topics.map(t => html`<li class="kogge-board-badge">${t}</li>`)}</ul>` : ''}
              ${item.declineNote ? html`<p class="kogge-board-decline-note">${item.declineNote}</p>` : ''}
              ${item.abstract ? html`<p class="kogge-board-abstract">${item.abstract}${item.more
                  ? html` <button type="button" class="kogge-board-more" aria-expanded="false"
                      @click=${() => unfold()}>${item.more}</button>` : ''}</p>` : ''}
              <div class="kogge-board-vote-row">
                <span class="kogge-board-votes">${item.votes}</span>
                ${item.visitor ? '' : html`<button type="button" class="kogge-board-vote ${item.pressed ? 'kogge-board-vote-pressed' : ''}"
                    aria-pressed="${item.pressed}" ?disabled=${!item.canVote}
                    aria-describedby="kogge-board-vote-hint-${item.id}"
                    @click=${() => vote(item.pressed)}><span class="kogge-board-vote-label">${item.voteText}</span><span
                    class="kogge-sr-only"> – ${item.title}</span></button>
                <span id="kogge-board-vote-hint-${item.id}" class="kogge-board-vote-hint kogge-muted"
                    ?hidden=${!item.hint}>${item.hint}</span>`}
                ${item.edit ? html`<a class="kogge-board-edit" href="${item.edit}">${item.editText}</a>` : ''}
              </div>
            </article>""";

    private final List<BoardItem> items = new ArrayList<>();
    private final ListDataProvider<BoardItem> data = new ListDataProvider<>(items) {
        @Override
        public Object getId(BoardItem item) {
            return item.id();
        }
    };
    private final LitRenderer<BoardItem> renderer;

    /**
     * @param onVote   toggles the viewer's vote on a card; called once per toggle the person saw (a double click
     *                 whose second click arrives after the first changed the card is dropped)
     * @param onUnfold shows all of a card's abstract
     */
    public ProposalCardList(SerializableConsumer<BoardItem> onVote, SerializableConsumer<BoardItem> onUnfold) {
        addClassName("kogge-board-cards");
        // The list scrolls in its own box: keyboard users reach it with Tab and scroll it with the arrow keys, even
        // where no card holds a button (WCAG 2.1.1, axe scrollable-region-focusable).
        getElement().setAttribute("tabindex", "0");
        getElement().setAttribute("aria-label", getTranslation("proposal.board.cards-label"));
        renderer = LitRenderer.<BoardItem>of(TEMPLATE)
                .withProperty("id", BoardItem::id)
                .withProperty("title", i -> i.card().title())
                .withProperty("status", i -> i.decided() ? getTranslation(i.card().status().messageKey()) : null)
                .withProperty("statusClass", i -> i.card().status() == ProposalStatus.ACCEPTED
                        ? "kogge-board-badge-accepted" : "kogge-board-badge-declined")
                .withProperty("host", this::host)
                .withProperty("cohosts", i -> i.card().cohostNames().isEmpty() ? null
                        : getTranslation("proposal.card.cohosts", String.join(", ", i.card().cohostNames())))
                .withProperty("meta", i -> meta(i.card()))
                .withProperty("topics", BoardItem::topicNames)
                .withProperty("topicsLabel", i -> getTranslation("proposal.card.topics"))
                .withProperty("declineNote", i -> i.card().status() == ProposalStatus.DECLINED
                        && i.card().declineNote() != null
                        ? getTranslation("proposal.card.decline-note", i.card().declineNote()) : null)
                .withProperty("abstract", i -> {
                    String shown = i.abstractShown();
                    return shown.isEmpty() ? null : shown;
                })
                .withProperty("more", i -> i.complete() ? null : getTranslation("proposal.card.more"))
                .withProperty("votes", i -> getTranslation("proposal.card.votes", i.votes()))
                .withProperty("pressed", BoardItem::myVote)
                .withProperty("canVote", BoardItem::canVote)
                .withProperty("visitor", BoardItem::visitor)
                .withProperty("voteText", i -> getTranslation(i.myVote() ? "proposal.vote.take-back"
                        : "proposal.vote.give", i.votes()))
                .withProperty("hint", i -> i.hintKey() == null ? null : getTranslation(i.hintKey()))
                .withProperty("edit", BoardItem::editRoute)
                .withProperty("editText", i -> i.editRoute() == null ? null : getTranslation("proposal.card.edit"))
                .withFunction("vote", (item, args) -> {
                    if (item.canVote() && args.get(0).asBoolean() == item.myVote()) {
                        onVote.accept(item);
                    }
                })
                .withFunction("unfold", onUnfold);
        setRenderer(renderer);
        setDataProvider(data);
    }

    private String host(BoardItem item) {
        ProposalCard card = item.card();
        String name = card.hostName() == null ? getTranslation("proposal.card.unknown-host") : card.hostName();
        return card.hostCity() == null ? getTranslation("proposal.card.host", name)
                : getTranslation("proposal.card.host-city", name, card.hostCity());
    }

    private String meta(ProposalCard card) {
        return getTranslation("proposal.card.meta", getTranslation(card.format().messageKey()),
                getTranslation(card.language().messageKey()), getTranslation("proposal.card.slots", card.slots()));
    }

    /** Whether the cards are shown in this order of proposals. */
    boolean inOrderOf(List<ProposalCard> cards) {
        if (cards.size() != items.size()) {
            return false;
        }
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).id() != cards.get(i).id()) {
                return false;
            }
        }
        return true;
    }

    boolean isEmpty() {
        return items.isEmpty();
    }

    /**
     * Shows the next state of the board, each card made by {@code item} from the proposal and the card on screen
     * for it ({@code null} if none). With {@code reorder}, or when proposals came or went, the cards follow
     * {@code cards}' order; otherwise they keep their places and only the cards that changed are sent again.
     * <p>
     * A live refresh of 500 cards where one changed: where the order is unchanged the card on screen is found at
     * the same place, else through one index by id (built only then), so that a refresh allocates little.
     */
    void show(List<ProposalCard> cards, BiFunction<ProposalCard, BoardItem, BoardItem> item, boolean reorder) {
        int[] places = placesOf(cards);
        // The ids of a board are unique: as many cards, each of them shown, are the same proposals.
        boolean sameProposals = cards.size() == items.size();
        for (int i = 0; i < places.length && sameProposals; i++) {
            sameProposals = places[i] >= 0;
        }
        List<BoardItem> next = new ArrayList<>(cards.size());
        for (int i = 0; i < cards.size(); i++) {
            next.add(item.apply(cards.get(i), places[i] < 0 ? null : items.get(places[i])));
        }
        if (reorder || !sameProposals) {
            items.clear();
            items.addAll(next);
            data.refreshAll();
            return;
        }
        for (int i = 0; i < next.size(); i++) {
            BoardItem now = next.get(i);
            BoardItem before = items.get(places[i]);
            if (before == now) {
                continue; // the same card of the same snapshot (BoardItem.of): nothing to compare, nothing to send
            }
            boolean changed = !before.equals(now);
            // Taken even when it looks the same: the page then refers to the cards of the current snapshot only, and
            // those of older snapshots can go (else every page would keep the cards of the snapshot it was opened with).
            items.set(places[i], now);
            if (changed) {
                data.refreshItem(now);
            }
        }
    }

    /** Where each of these proposals is shown now (-1: not shown); an index by id is built only if the order differs. */
    private int[] placesOf(List<ProposalCard> cards) {
        int[] places = new int[cards.size()];
        if (inOrderOf(cards)) {
            Arrays.setAll(places, i -> i);
            return places;
        }
        Map<Long, Integer> byId = HashMap.newHashMap(items.size());
        for (int i = 0; i < items.size(); i++) {
            byId.put(items.get(i).id(), i);
        }
        for (int i = 0; i < cards.size(); i++) {
            places[i] = byId.getOrDefault(cards.get(i).id(), -1);
        }
        return places;
    }

    /** Replaces one card, if it is still shown (after the person unfolded its abstract). */
    void replace(BoardItem item) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).id() == item.id()) {
                items.set(i, item);
                data.refreshItem(item);
                return;
            }
        }
    }

    /** The cards as the list has them, in order (for tests: what the browser is given). */
    List<BoardItem> items() {
        return List.copyOf(items);
    }

    /** The template's renderer (for tests: the properties and functions the browser is given). */
    LitRenderer<BoardItem> renderer() {
        return renderer;
    }
}
