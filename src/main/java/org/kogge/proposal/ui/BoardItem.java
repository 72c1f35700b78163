package org.kogge.proposal.ui;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.kogge.proposal.ProposalCard;
import org.kogge.proposal.ProposalStatus;
import org.kogge.proposal.TopicDto;

/**
 * One card of the board as the open page keeps it: the {@link ProposalCard} itself and what only this viewer has
 * (whether they unfolded the abstract, why they cannot vote, where they edit it). The cards come from the event's
 * shared snapshot, so 500 open boards refer to the same 500 cards instead of holding a copy each; the texts a card
 * shows (the abstract's excerpt, topic names, labels) are made when the card is sent, for the few cards on screen,
 * and not kept (issue 12: this took the board of 500 proposals from 365 KB to about 1/3 of that per open page).
 *
 * @param unfolded  the person asked for all of the abstract
 * @param hintKey   why the viewer cannot vote (a message key), or {@code null} if they can
 * @param editRoute where the viewer edits the proposal, or {@code null} if they may not
 */
record BoardItem(ProposalCard card, boolean unfolded, String hintKey, String editRoute) {

    /** Characters of the abstract a card shows folded. */
    static final int EXCERPT = 160;
    /** The hint for visitors who are not logged in: their cards show the count only, the board one call to log in. */
    static final String VISITOR = "proposal.vote.hint.login";
    /** A Markdown link, its text as group 1. Compiled once: a live refresh makes the texts of every card it sends. */
    private static final Pattern LINKS = Pattern.compile("\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern MARKS = Pattern.compile("[*_`#>]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /**
     * The card as the viewer sees it now; {@code shown} is the card on screen (or {@code null}): an abstract the
     * person unfolded stays unfolded while it does not change. {@code shown} itself when nothing of it changed (the
     * same shared card, the same hint and edit link), so that the list sees at once that it has nothing to send.
     */
    static BoardItem of(ProposalCard card, String hintKey, String editRoute, BoardItem shown) {
        if (shown != null && shown.card == card && Objects.equals(shown.hintKey, hintKey)
                && Objects.equals(shown.editRoute, editRoute)) {
            return shown;
        }
        boolean unfolded = shown != null && shown.unfolded
                && Objects.equals(shown.card.abstractText(), card.abstractText());
        return new BoardItem(card, unfolded, hintKey, editRoute);
    }

    /** The same card, as it is now, with all of its abstract, for a person who unfolded it. */
    BoardItem unfolded(ProposalCard now) {
        return new BoardItem(now, true, hintKey, editRoute);
    }

    long id() {
        return card.id();
    }

    long votes() {
        return card.votes();
    }

    boolean myVote() {
        return card.myVote();
    }

    boolean visitor() {
        return VISITOR.equals(hintKey);
    }

    boolean canVote() {
        return hintKey == null;
    }

    boolean decided() {
        return card.status() == ProposalStatus.ACCEPTED || card.status() == ProposalStatus.DECLINED;
    }

    List<String> topicNames() {
        return card.topics().stream().map(TopicDto::name).toList();
    }

    /** The abstract as the card shows it: all of it if short or unfolded, else an excerpt ending in "…". */
    String abstractShown() {
        String plain = plain(card.abstractText());
        return complete(plain) ? plain : excerpt(plain);
    }

    /** Whether the card shows all of the abstract (no "more" button). */
    boolean complete() {
        return complete(plain(card.abstractText()));
    }

    private boolean complete(String plain) {
        return unfolded || plain.length() <= EXCERPT;
    }

    /** The Markdown abstract as plain text: emphasis, code and heading marks go, links keep their text. */
    static String plain(String markdown) {
        if (markdown == null) {
            return "";
        }
        return SPACES.matcher(MARKS.matcher(LINKS.matcher(markdown).replaceAll("$1")).replaceAll("")).replaceAll(" ")
                .strip();
    }


    private static String excerpt(String plain) {
        int cut = plain.lastIndexOf(' ', EXCERPT);
        return plain.substring(0, cut > EXCERPT / 2 ? cut : EXCERPT).stripTrailing() + " …";
    }
}
