package org.kogge.proposal.ui;

import java.util.List;
import org.kogge.proposal.ProposalCard;
import org.kogge.proposal.ProposalFormat;
import org.kogge.proposal.ProposalStatus;
import org.kogge.proposal.SessionLanguage;
import org.kogge.proposal.TopicDto;

/**
 * One card of the board as the open page keeps it: only what the card shows, in raw form (texts are made from it
 * when the card is sent), and of the abstract only an excerpt unless the person unfolded it. Hundreds of these per
 * open board are all the server holds for the cards (issue 12).
 *
 * @param abstractText the abstract as plain text: an excerpt, or all of it once {@code complete}
 * @param hintKey      why the viewer cannot vote (a message key), or {@code null} if they can
 * @param editRoute    where the viewer edits the proposal, or {@code null} if they may not
 */
record BoardItem(long id, String title, String hostName, String hostCity, List<String> cohostNames,
                 ProposalFormat format, SessionLanguage language, int slots, ProposalStatus status,
                 String declineNote, List<String> topics, String abstractText, boolean complete, int abstractHash,
                 long votes, boolean myVote, String hintKey, String editRoute) {

    /** Characters of the abstract a card shows folded. */
    static final int EXCERPT = 160;
    /** The hint for visitors who are not logged in: their cards show the count only, the board one call to log in. */
    static final String VISITOR = "proposal.vote.hint.login";

    /**
     * The card as the viewer sees it now; {@code shown} is the card on screen (or {@code null}): if the abstract did
     * not change, its text (excerpt or unfolded) is taken over rather than made again.
     */
    static BoardItem of(ProposalCard card, String hintKey, String editRoute, BoardItem shown) {
        int hash = card.abstractText() == null ? 0 : card.abstractText().hashCode();
        boolean same = shown != null && shown.abstractHash == hash;
        String text = same ? shown.abstractText : plain(card.abstractText());
        boolean complete = same ? shown.complete : text.length() <= EXCERPT;
        return new BoardItem(card.id(), card.title(), card.hostName(), card.hostCity(), card.cohostNames(),
                card.format(), card.language(), card.slots(), card.status(), card.declineNote(),
                card.topics().stream().map(TopicDto::name).toList(), complete || same ? text : excerpt(text),
                complete, hash, card.votes(), card.myVote(), hintKey, editRoute);
    }

    /** The same card with all of its abstract, for a person who unfolded it. */
    BoardItem unfolded(ProposalCard card) {
        return new BoardItem(id, title, hostName, hostCity, cohostNames, format, language, slots, status, declineNote,
                topics, plain(card.abstractText()), true, abstractHash, votes, myVote, hintKey, editRoute);
    }

    boolean visitor() {
        return VISITOR.equals(hintKey);
    }

    boolean canVote() {
        return hintKey == null;
    }

    boolean decided() {
        return status == ProposalStatus.ACCEPTED || status == ProposalStatus.DECLINED;
    }

    /** The Markdown abstract as plain text: emphasis, code and heading marks go, links keep their text. */
    static String plain(String markdown) {
        if (markdown == null) {
            return "";
        }
        return markdown.replaceAll("\\[([^\\]]*)]\\([^)]*\\)", "$1").replaceAll("[*_`#>]+", "")
                .replaceAll("\\s+", " ").strip();
    }

    private static String excerpt(String plain) {
        int cut = plain.lastIndexOf(' ', EXCERPT);
        return plain.substring(0, cut > EXCERPT / 2 ? cut : EXCERPT).stripTrailing() + " …";
    }
}
