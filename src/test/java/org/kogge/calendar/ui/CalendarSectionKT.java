package org.kogge.calendar.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kogge.account.Role;
import org.kogge.event.EventKind;
import org.kogge.event.EventState;
import org.kogge.testing.KaribuTestBase;

class CalendarSectionKT extends KaribuTestBase {

    private static final String OLGA = "olga@test.example";

    @BeforeEach
    void organizer() {
        fixtures.person("Olga Organizer", Role.ORGANIZER);
    }

    @Test
    void publicEventPageOffersItsCalendarFileOutsideTheRouter() {
        String slug = fixtures.event(OLGA, "Festakt im Rathaus", EventKind.CEREMONY, 7, EventState.PUBLISHED).slug();

        UI.getCurrent().navigate("events/" + slug);

        Anchor ics = _get(Anchor.class, spec -> spec.withText("In den Kalender (.ics)"));
        assertThat(ics.getHref()).isEqualTo("calendar/events/" + slug + ".ics");
        assertThat(ics.getElement().hasAttribute("router-ignore")).isTrue();
        assertThat(_get(Anchor.class, spec -> spec.withText("Meine Agenda und Kalender-Abo")).getHref())
                .isEqualTo("me/agenda");
    }

    @Test
    void draftHasNoCalendarFileEvenForItsOrganizer() {
        String slug = fixtures.event(OLGA, "Entwurf", EventKind.BARCAMP, 7, EventState.DRAFT).slug();
        login(OLGA);

        UI.getCurrent().navigate("events/" + slug);

        _assertNone(Anchor.class, spec -> spec.withText("In den Kalender (.ics)"));
    }

    @Test
    void englishPageSaysItInEnglish() {
        String slug = fixtures.event(OLGA, "Signing", EventKind.CEREMONY, 7, EventState.PUBLISHED).slug();
        english();

        UI.getCurrent().navigate("events/" + slug);

        assertThat(_get(Anchor.class, spec -> spec.withText("Add to calendar (.ics)")).getHref())
                .endsWith(slug + ".ics");
    }
}
