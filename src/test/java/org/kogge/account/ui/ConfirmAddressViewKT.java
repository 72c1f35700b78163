package org.kogge.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kogge.account.PersonDto;
import org.kogge.account.Role;
import org.kogge.event.EventKind;
import org.kogge.event.EventState;
import org.kogge.testing.CapturedMails;
import org.kogge.testing.KaribuTestBase;
import org.springframework.beans.factory.annotation.Autowired;

/** The confirmation link's page, and the notice with "send again" that an unconfirmed person sees. */
class ConfirmAddressViewKT extends KaribuTestBase {

    @Autowired CapturedMails mails;

    PersonDto greta;
    String slug;

    @BeforeEach
    void unconfirmedPersonAndAnEvent() {
        String organizer = fixtures.person("Olga Orga", Role.ORGANIZER).email();
        slug = fixtures.event(organizer, "Barcamp Smart Water", EventKind.BARCAMP, 20, EventState.PUBLISHED).slug();
        greta = fixtures.unconfirmedPerson("Greta Gans");
    }

    @Test
    void theLinkConfirmsOnceWithoutLogin() {
        String link = mails.newestLinkTo(greta.email(), "/confirm/");

        UI.getCurrent().navigate(link.substring(1));
        assertThat(_get(Paragraph.class, spec -> spec.withAttribute("role", "status")).getText())
                .startsWith("Danke! Ihre E-Mail-Adresse ist bestätigt.");

        UI.getCurrent().navigate(link.substring(1));
        assertThat(_get(Paragraph.class, spec -> spec.withAttribute("role", "alert")).getText())
                .startsWith("Dieser Link wurde schon benutzt");
    }

    @Test
    void aBadLinkIsUnknown() {
        UI.getCurrent().navigate("confirm/" + "Z".repeat(43));
        assertThat(_get(Paragraph.class, spec -> spec.withAttribute("role", "alert")).getText())
                .startsWith("Diesen Link kennen wir nicht.");
    }

    @Test
    void anUnconfirmedPersonSeesWhyOnTheEventPageAndCanHaveTheLinkSentAgain() {
        login(greta.email());
        UI.getCurrent().navigate("events/" + slug);

        assertThat(_get(UnconfirmedAddressNotice.class).isVisible()).isTrue();
        _click(_get(Button.class, spec -> spec.withText("Link noch einmal senden")));
        assertThat(mails.countTo(greta.email())).isEqualTo(2);

        UI.getCurrent().navigate(mails.newestLinkTo(greta.email(), "/confirm/").substring(1));
        UI.getCurrent().navigate("events/" + slug);
        assertThat(_find(UnconfirmedAddressNotice.class)).isEmpty();
    }

    @Test
    void confirmedPeopleAndVisitorsSeeNoNotice() {
        UI.getCurrent().navigate("events/" + slug);
        assertThat(_find(UnconfirmedAddressNotice.class)).isEmpty();
        login(fixtures.person("Kai Kluge").email());
        UI.getCurrent().navigate("events/" + slug + "/proposals");
        assertThat(_find(UnconfirmedAddressNotice.class)).allSatisfy(n -> assertThat(n.isVisible()).isFalse());
    }
}
