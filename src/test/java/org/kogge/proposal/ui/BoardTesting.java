package org.kogge.proposal.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H3;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.kogge.account.Role;
import org.kogge.proposal.ProposalCard;
import org.kogge.proposal.ProposalForm;
import org.kogge.proposal.ProposalFormat;
import org.kogge.proposal.ProposalService;
import org.kogge.proposal.SessionLanguage;
import org.kogge.registration.RegistrationService;
import org.kogge.testing.Fixtures;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

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

    /**
     * Lets the broadcaster's background thread reach the UI, as push would in a browser: runs the UI's access queue
     * until the condition holds (the broadcaster fires about 300 ms after a change) or five seconds have passed.
     * The queue runs without a logged-in user, as on the broadcaster's thread in production, so that a view that
     * forgot to take its user along would show the board as an anonymous visitor.
     */
    static void awaitPush(BooleanSupplier condition) throws InterruptedException {
        long until = System.currentTimeMillis() + 5_000;
        Thread.sleep(600);
        runQueueAsNobody();
        while (!condition.getAsBoolean() && System.currentTimeMillis() < until) {
            Thread.sleep(100);
            runQueueAsNobody();
        }
    }

    private static void runQueueAsNobody() {
        SecurityContext testUser = SecurityContextHolder.getContext();
        SecurityContextHolder.clearContext();
        try {
            MockVaadin.runUIQueue();
        } finally {
            SecurityContextHolder.setContext(testUser);
        }
    }
}
