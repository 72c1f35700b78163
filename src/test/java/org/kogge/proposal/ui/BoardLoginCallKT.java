package org.kogge.proposal.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import org.junit.jupiter.api.Test;
import org.kogge.proposal.BarcampSettingsService;
import org.kogge.proposal.BoardService;
import org.kogge.proposal.BoardSnapshot;
import org.kogge.testing.KaribuTestBase;
import org.kogge.testing.ProgrammeFixtures;
import org.kogge.testing.ProgrammeFixtures.Programme;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Visitors get one call to log in on the board, fitting the phases in force: to vote while voting is open, to
 * propose while only proposing is, none once the programme is published (the switches may still be on).
 */
class BoardLoginCallKT extends KaribuTestBase {

    @Autowired ProgrammeFixtures programmes;
    @Autowired BoardService boards;
    @Autowired BarcampSettingsService barcampSettings;

    private BoardLoginCall shown(BoardSnapshot board) {
        BoardLoginCall call = new BoardLoginCall();
        UI.getCurrent().add(call);
        call.show(board);
        return call;
    }

    @Test
    void visitorsAreAskedOnceToLogInToVoteThenToProposeThenNotAtAll() {
        Programme p = programmes.programme();

        BoardLoginCall call = shown(boards.board(p.slug(), null, null, null));
        assertThat(call.isVisible()).isTrue();
        assertThat(_get(call, Anchor.class).getText()).isEqualTo("Zum Abstimmen einloggen");
        assertThat(_get(call, Anchor.class).getHref()).isEqualTo("login");

        fixtures.as(p.organizer(), () -> barcampSettings.changePhases(p.slug(), true, false, null));
        call.show(boards.board(p.slug(), null, null, null));
        assertThat(call.isVisible()).isTrue();
        assertThat(_get(call, Anchor.class).getText()).isEqualTo("Zum Vorschlagen einloggen");

        fixtures.as(p.organizer(), () -> barcampSettings.changePhases(p.slug(), false, false, null));
        BoardSnapshot closed = boards.board(p.slug(), null, null, null);
        assertThat(closed.phases().proposalsOpen()).isFalse();
        assertThat(closed.phases().votingOpen()).isFalse();
        call.show(closed);
        assertThat(call.isVisible()).isFalse();
    }

    @Test
    void peopleWhoAreLoggedInGetNoCall() {
        Programme p = programmes.programme();
        login(p.erika());
        BoardSnapshot board = boards.board(p.slug(), null, null, null);
        assertThat(board.loggedIn()).isTrue();
        assertThat(board.canVote()).isTrue();
        assertThat(shown(board).isVisible()).isFalse();
    }
}
