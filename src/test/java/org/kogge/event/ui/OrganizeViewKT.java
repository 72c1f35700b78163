package org.kogge.event.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kogge.account.Role;
import org.kogge.account.ui.LoginView;
import org.kogge.common.Formats;
import org.kogge.event.EventDetails;
import org.kogge.event.EventKind;
import org.kogge.event.EventState;
import org.kogge.event.EventSummary;
import org.kogge.organize.ui.CockpitView;
import org.kogge.testing.Fixtures;
import org.kogge.testing.KaribuTestBase;

class OrganizeViewKT extends KaribuTestBase {

    private static final String OLGA = "olga@test.example";
    private static final String OTTO = "otto@test.example";
    private static final String ANNA = "anna@test.example";

    @BeforeEach
    void people() {
        fixtures.person("Olga Organizer", Role.ORGANIZER);
        fixtures.person("Otto Organizer", Role.ORGANIZER);
        fixtures.person("Anna Attendee");
    }

    @Test
    void organizerSeesTheirOwnEventsWithKindStateStartAndCity() {
        EventDetails mine = fixtures.event(OLGA, "Olgas Festakt", EventKind.CEREMONY, 9, EventState.PUBLISHED);
        fixtures.event(OTTO, "Ottos Barcamp", EventKind.BARCAMP, 5, EventState.DRAFT);
        login(OLGA);

        UI.getCurrent().navigate("organize");

        Grid<EventSummary> grid = grid();
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._get(grid, 0).title()).isEqualTo("Olgas Festakt");
        assertThat(GridKt._getFormatted(grid, 0, "kind")).isEqualTo("Festakt/Zeremonie");
        assertThat(GridKt._getFormatted(grid, 0, "state")).isEqualTo("Veröffentlicht");
        assertThat(GridKt._getFormatted(grid, 0, "start"))
                .isEqualTo(Formats.dateTime(mine.startsAt(), mine.zone(), Locale.GERMAN));
        assertThat(GridKt._getFormatted(grid, 0, "city")).isEqualTo("Lübeck");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Organisieren · Kogge");
    }

    @Test
    void adminSeesEveryonesEvents() {
        fixtures.event(OLGA, "Olgas Festakt", EventKind.CEREMONY, 9, EventState.PUBLISHED);
        fixtures.event(OTTO, "Ottos Barcamp", EventKind.BARCAMP, 5, EventState.DRAFT);
        login(Fixtures.ADMIN);

        UI.getCurrent().navigate("organize");

        // Upcoming events soonest first: Otto's barcamp (in 5 days) before Olga's ceremony (in 9).
        assertThat(GridKt._findAll(grid())).extracting(EventSummary::title)
                .containsExactly("Ottos Barcamp", "Olgas Festakt");
    }

    @Test
    void clickingARowOpensTheEventsCockpit() {
        EventDetails mine = fixtures.event(OLGA, "Olgas Festakt", EventKind.CEREMONY, 9, EventState.DRAFT);
        login(OLGA);
        UI.getCurrent().navigate("organize");

        GridKt._clickItem(grid(), 0, 0, false, false, false, false);

        assertThat(path()).isEqualTo("organize/events/" + mine.slug());
        _get(CockpitView.class);
    }

    @Test
    void titlesAreWrittenOutInFullAsLinksToTheCockpitAndPastEventsAreMarkedAndListedLast() {
        String longTitle = "Barcamp Klimaanpassung an der Küste: Überflutungskarten, Schwammstadt und Deichpflege";
        EventDetails past = fixtures.event(OLGA, "Olgas vergangenes Barcamp", EventKind.BARCAMP, -30, EventState.PUBLISHED);
        EventDetails later = fixtures.event(OLGA, "Olgas späterer Festakt", EventKind.CEREMONY, 40, EventState.PUBLISHED);
        EventDetails soon = fixtures.event(OLGA, longTitle, EventKind.BARCAMP, 5, EventState.DRAFT);
        login(OLGA);

        UI.getCurrent().navigate("organize");

        Grid<EventSummary> grid = grid();
        assertThat(GridKt._findAll(grid)).extracting(EventSummary::slug)
                .containsExactly(soon.slug(), later.slug(), past.slug());
        assertThat(grid.getThemeNames()).contains("wrap-cell-content");
        Div first = (Div) GridKt._getCellComponent(grid, 0, "title");
        Anchor link = _get(first, Anchor.class);
        assertThat(link.getText()).isEqualTo(longTitle);
        assertThat(link.getHref()).isEqualTo("organize/events/" + soon.slug());
        _assertNone(first, Span.class, s -> s.withText("Vergangen"));
        Div last = (Div) GridKt._getCellComponent(grid, 2, "title");
        _get(last, Span.class, s -> s.withText("Vergangen"));
    }

    @Test
    void newEventButtonOpensAnEmptyForm() {
        login(OLGA);
        UI.getCurrent().navigate("organize");
        assertThat(GridKt._size(grid())).isZero();

        _click(_get(Button.class, spec -> spec.withText("Neue Veranstaltung")));

        assertThat(path()).isEqualTo("organize/events/new");
        _get(H1.class, spec -> spec.withText("Neue Veranstaltung"));
    }

    @Test
    void menuOffersOrganizingOnlyToOrganizers() {
        UI.getCurrent().navigate("");
        assertThat(menuLabels()).contains("Veranstaltungen").doesNotContain("Organisieren");

        login(OLGA);
        UI.getCurrent().getPage().reload();
        assertThat(menuLabels()).contains("Veranstaltungen", "Organisieren");
    }

    @Test
    void anonymousIsSentToLogin() {
        UI.getCurrent().navigate("organize");

        _get(LoginView.class);
        _assertNone(OrganizeView.class);
    }

    @Test
    void attendeeIsRefused() {
        login(ANNA);

        UI.getCurrent().navigate("organize");

        _assertNone(OrganizeView.class);
        _assertNone(Grid.class);
        assertThat(_get(H1.class).getText()).isIn("Kein Zugriff", "Nicht gefunden");
    }

    @SuppressWarnings("unchecked")
    private static Grid<EventSummary> grid() {
        return _get(Grid.class);
    }

    /** The drawer is a slot of AppLayout, which Karibu's component search does not enter; its elements do. */
    private static List<String> menuLabels() {
        List<String> labels = new ArrayList<>();
        UI.getCurrent().getChildren().forEach(c -> collectMenuLabels(c.getElement(), labels));
        return labels;
    }

    private static void collectMenuLabels(Element element, List<String> labels) {
        element.getComponent().filter(SideNavItem.class::isInstance)
                .ifPresent(c -> labels.add(((SideNavItem) c).getLabel()));
        element.getChildren().forEach(child -> collectMenuLabels(child, labels));
    }

    private static String path() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }
}
