package org.kogge.proposal.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H3;
import java.util.List;
import org.kogge.account.Role;
import org.kogge.proposal.ProposalCard;
import org.kogge.proposal.ProposalForm;
import org.kogge.proposal.ProposalFormat;
import org.kogge.proposal.ProposalService;
import org.kogge.proposal.SessionLanguage;
import org.kogge.registration.RegistrationService;
import org.kogge.testing.Fixtures;

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

    static List<ProposalCardView> cards() {
        return _find(ProposalCardView.class);
    }

    static List<String> titles() {
        return cards().stream().map(c -> _get(c, H3.class).getText()).toList();
    }

    static ProposalCardView card(String title) {
        return cards().stream().filter(c -> _get(c, H3.class).getText().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no card " + title + " among " + titles()));
    }

    static VoteButton voteButton(String title) {
        return _get(card(title), VoteButton.class);
    }

    static String path() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }
}
