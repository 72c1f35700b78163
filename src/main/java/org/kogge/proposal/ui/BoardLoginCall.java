package org.kogge.proposal.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import org.kogge.common.ui.LoginLink;
import org.kogge.proposal.BoardSnapshot;

/**
 * The proposal board's one call to action for visitors who are not logged in, shown once at the top instead of a
 * greyed-out vote button on every card: "Zum Abstimmen einloggen" while voting is open, "Zum Vorschlagen einloggen"
 * while only proposing is, and nothing once both are over (the phases are those in force, see {@link BoardSnapshot}).
 * Hidden for people who are logged in; after logging in the person is back on the board.
 */
public class BoardLoginCall extends Div {

    private final Paragraph text = new Paragraph();
    private final LoginLink login = new LoginLink("");

    public BoardLoginCall() {
        addClassName("kogge-board-login-call");
        login.addClassName("kogge-board-login-link");
        add(text, login);
        setVisible(false);
    }

    /** Shows the call that fits the board, or hides it. */
    public void show(BoardSnapshot board) {
        boolean vote = board.phases().votingOpen();
        setVisible(!board.loggedIn() && (vote || board.phases().proposalsOpen()));
        // Set only when changed: a live refresh of the board then sends nothing for them.
        ProposalBoardView.text(text, getTranslation(vote ? "proposal.board.login-call.vote.hint"
                : "proposal.board.login-call.propose.hint"));
        ProposalBoardView.text(login, getTranslation(vote ? "proposal.board.login-call.vote"
                : "proposal.board.login-call.propose"));
    }
}
