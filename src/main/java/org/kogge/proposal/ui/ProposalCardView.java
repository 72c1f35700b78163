package org.kogge.proposal.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Objects;
import java.util.function.Consumer;
import org.kogge.proposal.ProposalCard;
import org.kogge.proposal.ProposalStatus;

/**
 * One proposal on the board: title, host with city, co-hosts, topics, format, language, length, votes, the
 * status when decided, the decline note for its host, the abstract to unfold, and the vote toggle. A refresh
 * updates the card in place, so that an unfolded abstract stays open and a focused button keeps its focus.
 */
public class ProposalCardView extends Article {

    /**
     * What the viewer may do with this card.
     *
     * @param canVote   whether the vote button works for them
     * @param hintKey   why it does not (a message key), or {@code null}
     * @param editRoute where to edit the proposal, or {@code null} if they may not
     */
    public record Access(boolean canVote, String hintKey, String editRoute) {
    }

    private final Span status = new Span();
    private final H3 title = new H3();
    private final Paragraph host = new Paragraph();
    private final Paragraph cohosts = new Paragraph();
    private final Paragraph meta = new Paragraph();
    private final UnorderedList topics = new UnorderedList();
    private final Paragraph declineNote = new Paragraph();
    private final Html abstractHtml = new Html("<div></div>");
    private final Details abstractDetails = new Details();
    private final Span votes = new Span();
    private final VoteButton voteButton = new VoteButton();
    private final Span voteHint = new Span();
    private final Anchor edit = new Anchor();

    private ProposalCard card;
    private String shownHtml;

    public ProposalCardView(ProposalCard card, Access access, Consumer<ProposalCard> onVote) {
        addClassNames("kogge-card", "kogge-board-card");
        String titleId = "kogge-board-title-" + card.id();
        title.setId(titleId);
        getElement().setAttribute("aria-labelledby", titleId);
        status.addClassName("kogge-board-badge");
        Div head = new Div(status, title);
        head.addClassName("kogge-board-card-head");
        host.addClassName("kogge-board-host");
        cohosts.addClassName("kogge-board-cohosts");
        meta.addClassNames("kogge-board-meta", "kogge-muted");
        topics.addClassName("kogge-board-topics");
        topics.getElement().setAttribute("aria-label", getTranslation("proposal.card.topics"));
        declineNote.addClassName("kogge-board-decline-note");
        abstractDetails.setSummaryText(getTranslation("proposal.card.abstract"));
        abstractDetails.add(abstractHtml);
        abstractDetails.addClassName("kogge-board-abstract");
        votes.addClassName("kogge-board-votes");
        String hintId = "kogge-board-vote-hint-" + card.id();
        voteHint.setId(hintId);
        voteHint.addClassNames("kogge-board-vote-hint", "kogge-muted");
        voteButton.getElement().setAttribute("aria-describedby", hintId);
        // One toggle per click, however fast someone double-clicks; the update after the vote enables it again.
        voteButton.setDisableOnClick(true);
        voteButton.addClickListener(e -> onVote.accept(this.card));
        edit.setText(getTranslation("proposal.card.edit"));
        edit.addClassName("kogge-board-edit");
        Div actions = new Div(votes, voteButton, voteHint, edit);
        actions.addClassName("kogge-board-vote-row");
        add(head, host, cohosts, meta, topics, declineNote, abstractDetails, actions);
        update(card, access);
    }

    /** Shows the card's current state; components stay, only their content changes. */
    public final void update(ProposalCard card, Access access) {
        this.card = card;
        boolean decided = card.status() == ProposalStatus.ACCEPTED || card.status() == ProposalStatus.DECLINED;
        status.setVisible(decided);
        status.setText(getTranslation(card.status().messageKey()));
        status.setClassName("kogge-board-badge-accepted", card.status() == ProposalStatus.ACCEPTED);
        status.setClassName("kogge-board-badge-declined", card.status() == ProposalStatus.DECLINED);
        title.setText(card.title());
        String name = card.hostName() == null ? getTranslation("proposal.card.unknown-host") : card.hostName();
        host.setText(card.hostCity() == null ? getTranslation("proposal.card.host", name)
                : getTranslation("proposal.card.host-city", name, card.hostCity()));
        cohosts.setVisible(!card.cohostNames().isEmpty());
        cohosts.setText(getTranslation("proposal.card.cohosts", String.join(", ", card.cohostNames())));
        meta.setText(getTranslation("proposal.card.meta", getTranslation(card.format().messageKey()),
                getTranslation(card.language().messageKey()), getTranslation("proposal.card.slots", card.slots())));
        topics.removeAll();
        card.topics().forEach(t -> {
            ListItem item = new ListItem(t.name());
            item.addClassName("kogge-board-badge");
            topics.add(item);
        });
        topics.setVisible(!card.topics().isEmpty());
        declineNote.setVisible(card.status() == ProposalStatus.DECLINED && card.declineNote() != null);
        declineNote.setText(card.declineNote() == null ? "" : getTranslation("proposal.card.decline-note", card.declineNote()));
        abstractDetails.setVisible(card.abstractText() != null && !card.abstractText().isBlank());
        if (!Objects.equals(shownHtml, card.abstractHtml())) {
            shownHtml = card.abstractHtml();
            abstractHtml.setHtmlContent(shownHtml);
        }
        votes.setText(getTranslation("proposal.card.votes", card.votes()));
        voteButton.show(card.myVote(), card.votes());
        voteButton.setEnabled(access.canVote());
        voteHint.setVisible(access.hintKey() != null);
        voteHint.setText(access.hintKey() == null ? "" : getTranslation(access.hintKey()));
        edit.setVisible(access.editRoute() != null);
        edit.setHref(access.editRoute() == null ? "" : access.editRoute());
    }

    public ProposalCard getCard() {
        return card;
    }

    public VoteButton getVoteButton() {
        return voteButton;
    }
}
