package org.kogge.proposal.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H1;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kogge.account.Role;
import org.kogge.event.EventKind;
import org.kogge.event.EventState;
import org.kogge.proposal.BarcampSettingsService;
import org.kogge.testing.Karibu;
import org.kogge.testing.KaribuTestBase;
import org.springframework.beans.factory.annotation.Autowired;

/** The organizers switch the mail for each new proposal in the moderation's phases panel; nobody else sees it. */
class NewProposalMailSettingKT extends KaribuTestBase {

    @Autowired BarcampSettingsService barcampSettings;

    String organizer;
    String slug;

    @BeforeEach
    void barcamp() {
        organizer = fixtures.person("Olga Orga", Role.ORGANIZER).email();
        slug = fixtures.event(organizer, "Barcamp Smart Water", EventKind.BARCAMP, 30, EventState.PUBLISHED).slug();
    }

    private void open() {
        UI.getCurrent().navigate("organize/events/" + slug + "/proposals");
    }

    private static Checkbox setting() {
        return _get(Checkbox.class, s -> s.withLabel("Bei jedem neuen Vorschlag eine Mail an die Organisation"));
    }

    @Test
    void theOrganizerSwitchesTheMailOnAndOffAndTheSettingIsKept() {
        login(organizer);
        open();
        assertThat(setting().getValue()).isFalse();

        Karibu._setValue(setting(), true);
        NotificationsKt.expectNotifications("Die Organisation bekommt nun bei jedem neuen Vorschlag eine Mail.");
        assertThat(fixtures.as(organizer, () -> barcampSettings.mailsNewProposals(slug))).isTrue();
        open();
        assertThat(setting().getValue()).isTrue();

        Karibu._setValue(setting(), false);
        NotificationsKt.expectNotifications("Keine Mails mehr bei neuen Vorschlägen.");
        assertThat(fixtures.as(organizer, () -> barcampSettings.mailsNewProposals(slug))).isFalse();
    }

    @Test
    void anExpertIsRefused() {
        login(fixtures.person("Erika Expertin", Role.EXPERT).email());
        open();
        assertThat(_get(H1.class).getText()).isEqualTo("Kein Zugriff");
        _assertNone(ModerationView.class);
    }
}
