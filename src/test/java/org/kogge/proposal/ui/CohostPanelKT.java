package org.kogge.proposal.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.kogge.proposal.ui.BoardTesting.participant;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kogge.account.Role;
import org.kogge.event.EventKind;
import org.kogge.event.EventState;
import org.kogge.proposal.BarcampSettingsService;
import org.kogge.proposal.BoardService;
import org.kogge.proposal.CohostService;
import org.kogge.proposal.ProposalForm;
import org.kogge.proposal.ProposalService;
import org.kogge.registration.RegistrationService;
import org.kogge.testing.KaribuTestBase;
import org.springframework.beans.factory.annotation.Autowired;

/** The co-host requests on the board and the event page: declining, registering first, withdrawing. */
class CohostPanelKT extends KaribuTestBase {

    @Autowired ProposalService proposals;
    @Autowired BarcampSettingsService barcampSettings;
    @Autowired BoardService boards;
    @Autowired CohostService cohosts;
    @Autowired RegistrationService registrations;

    String slug;
    String erika;
    long id;

    @BeforeEach
    void erikaNamesOtto() {
        String organizer = fixtures.person("Olga Orga", Role.ORGANIZER).email();
        slug = fixtures.event(organizer, "Barcamp Smart Water", EventKind.BARCAMP, 30, EventState.PUBLISHED).slug();
        fixtures.as(organizer, () -> barcampSettings.changePhases(slug, true, true, null));
        erika = participant(fixtures, registrations, slug, "Erika Expertin");
        fixtures.person("Otto Ohneplatz", Role.EXPERT);
        ProposalForm f = new ProposalForm();
        f.setTitle("Gemeinsam");
        f.setCohostEmails(Set.of("otto@test.example"));
        id = fixtures.as(erika, () -> proposals.propose(slug, f)).id();
    }

    @Test
    void withoutASeatTheNamedPersonIsToldToRegisterFirstAndCanDecline() {
        login("otto@test.example");
        UI.getCurrent().navigate("events/" + slug);
        _get(Paragraph.class, p -> p.withText("Eine Co-Host-Anfrage an Sie"));

        UI.getCurrent().navigate("events/" + slug + "/proposals");
        CohostPanel panel = _get(CohostPanel.class);
        _get(panel, Paragraph.class, p -> p.withText(
                "Um als Co-Host zuzustimmen, melden Sie sich bitte zuerst für dieses Barcamp an."));
        assertThat(_get(panel, Button.class, b -> b.withText("Zustimmen")).isEnabled()).isFalse();

        _click(_get(panel, Button.class, b -> b.withText("Ablehnen")));

        NotificationsKt.expectNotifications("Anfrage abgelehnt.");
        assertThat(panel.isVisible()).isFalse();
        assertThat(fixtures.as(erika, () -> cohosts.overview(slug)).sent()).isEmpty();
        assertThat(boards.board(slug, null, null, null).proposals().get(0).cohostNames()).isEmpty();
    }

    @Test
    void theProposerSeesWhomSheAskedAndWithdrawsTheRequest() {
        login(erika);
        UI.getCurrent().navigate("events/" + slug + "/proposals");
        CohostPanel panel = _get(CohostPanel.class);
        _get(panel, Span.class, s -> s.withText("otto@test.example für „Gemeinsam“: wartet auf Zustimmung"));

        _click(_get(panel, Button.class, b -> b.withText("Anfrage zurückziehen")));

        NotificationsKt.expectNotifications("Anfrage zurückgezogen.");
        assertThat(panel.isVisible()).isFalse();
        logout();
        login("otto@test.example");
        UI.getCurrent().navigate("events/" + slug);
        _assertNone(Paragraph.class, p -> p.withText("Eine Co-Host-Anfrage an Sie"));
    }
}
