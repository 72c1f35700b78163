package org.kogge.ceremony.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kogge.account.Role;
import org.kogge.ceremony.AgendaItemForm;
import org.kogge.ceremony.CeremonyService;
import org.kogge.ceremony.CeremonySettingsForm;
import org.kogge.ceremony.SignatoryForm;
import org.kogge.registration.ui.RegistrationPanel;
import org.kogge.testing.CeremonyFixtures;
import org.kogge.testing.KaribuTestBase;
import org.springframework.beans.factory.annotation.Autowired;

/** The ceremony's part of the public event page: programme yes, guest list never, open sign-up only if public. */
class CeremonySectionKT extends KaribuTestBase {

    @Autowired
    CeremonyService ceremonies;
    @Autowired
    CeremonyFixtures ceremonyFixtures;

    String organizer;
    String slug;

    @BeforeEach
    void ceremony() {
        organizer = fixtures.person("Olga Orga", Role.ORGANIZER).email();
        slug = ceremonyFixtures.ceremony(organizer, "Unterzeichnung");
        var start = fixtures.as(organizer, () -> ceremonies.forOrganizer(slug)).startsAt()
                .atZone(ZoneId.of("Europe/Berlin")).toLocalDateTime();
        fixtures.as(organizer, () -> {
            ceremonies.saveAgendaItem(slug, null, new AgendaItemForm(start, 15, "Begrüßung", "Katrin Albers",
                    "Bürgermeisterin", "Hansestadt Lübeck"));
            return ceremonies.saveSignatory(slug, null, new SignatoryForm("Jens Ohlsen", "Oberbürgermeister", "Kiel",
                    "Birte Lorenzen"));
        });
        ceremonyFixtures.invite(organizer, slug, "Geheime Gästin");
    }

    private void open() {
        UI.getCurrent().navigate("events/" + slug);
    }

    @Test
    void visitorsSeeTheProgrammeButNoGuestsAndNoOpenSignUp() {
        open();
        _get(Span.class, s -> s.withText("Begrüßung"));
        _get(Span.class, s -> s.withText("Katrin Albers, Bürgermeisterin, Hansestadt Lübeck"));
        _get(Span.class, s -> s.withText("Jens Ohlsen, Oberbürgermeister – Kiel"));
        _get(Span.class, s -> s.withText("vertreten durch Birte Lorenzen"));
        _get(Paragraph.class, s -> s.withClasses("kogge-ceremony-invitation-only"));
        _assertNone(RegistrationPanel.class);
        assertThat(_find(Anchor.class)).extracting(Anchor::getHref).noneMatch(href -> href.startsWith("organize/"));
        assertThat(UI.getCurrent().getElement().getOuterHTML()).doesNotContain("Geheime");
    }

    @Test
    void aPublicCeremonyOffersTheNormalRegistration() {
        fixtures.as(organizer, () -> ceremonies.saveSettings(slug, new CeremonySettingsForm(null, 0, true)));
        open();
        _get(RegistrationPanel.class);
        _assertNone(Paragraph.class, s -> s.withClasses("kogge-ceremony-invitation-only"));
    }

    @Test
    void organizersFindTheirWayToGuestsAndCheckIn() {
        login(organizer);
        open();
        // The event page has one way to the organizer's pages: its cockpit, whose navigation leads everywhere else.
        Anchor organize = _get(Anchor.class, s -> s.withText("Organisieren"));
        assertThat(organize.getHref()).isEqualTo("organize/events/" + slug);
        UI.getCurrent().navigate(organize.getHref());
        Nav nav = _get(Nav.class, s -> s.withClasses("kogge-organizer-nav"));
        assertThat(_find(nav, RouterLink.class)).extracting(RouterLink::getHref).contains(
                "organize/events/" + slug + "/ceremony", "organize/events/" + slug + "/guests",
                "organize/events/" + slug + "/checkin");
    }
}
