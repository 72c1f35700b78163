package org.kogge.event.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.kogge.testing.Karibu._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.github.mvysny.kaributesting.v10.RouterLinkKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kogge.account.Role;
import org.kogge.common.Formats;
import org.kogge.event.EventDetails;
import org.kogge.event.EventForm;
import org.kogge.event.EventKind;
import org.kogge.event.EventService;
import org.kogge.event.EventState;
import org.kogge.network.CityDto;
import org.kogge.testing.KaribuTestBase;
import org.springframework.beans.factory.annotation.Autowired;

class EventListViewKT extends KaribuTestBase {

    private static final String OLGA = "olga@test.example";

    @Autowired
    EventService events;

    @BeforeEach
    void organizer() {
        fixtures.person("Olga Organizer", Role.ORGANIZER);
    }

    @Test
    void anonymousSeesPublishedAndCancelledEventsButNoDrafts() {
        fixtures.event(OLGA, "Barcamp Entwurf", EventKind.BARCAMP, 5, EventState.DRAFT);
        fixtures.event(OLGA, "Barcamp Smart Water", EventKind.BARCAMP, 6, EventState.PUBLISHED);
        fixtures.event(OLGA, "Festakt im Rathaus", EventKind.CEREMONY, 7, EventState.CANCELLED);

        UI.getCurrent().navigate("");

        assertThat(cardTitles()).containsExactly("Barcamp Smart Water", "Festakt im Rathaus");
        _assertNone(RouterLink.class, spec -> spec.withText("Barcamp Entwurf"));
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Veranstaltungen · Kogge");
    }

    @Test
    void cardShowsKindCityVenueDatesAndTeaserAndCancelledInWords() {
        EventDetails e = fixtures.event(OLGA, "Festakt im Rathaus", EventKind.CEREMONY, 7, EventState.CANCELLED);

        UI.getCurrent().navigate("events");

        EventCard card = _get(EventCard.class);
        String text = BasicUtilsKt.get_textRecursively(card);
        assertThat(text).contains("Festakt/Zeremonie").contains("Abgesagt").contains("Lübeck · Rathaus")
                .contains("Beschreibung von Festakt im Rathaus")
                .contains(Formats.range(e.startsAt(), e.endsAt(), ZoneId.of("Europe/Berlin"), Locale.GERMAN));
    }

    @Test
    void cardTitleLeadsToTheEventPage() {
        EventDetails e = fixtures.event(OLGA, "Barcamp Smart Water", EventKind.BARCAMP, 6, EventState.PUBLISHED);
        UI.getCurrent().navigate("");

        RouterLinkKt._click(_get(RouterLink.class, spec -> spec.withText("Barcamp Smart Water")));

        assertThat(location().getPath()).isEqualTo("events/" + e.slug());
        _get(EventDetailView.class);
    }

    @Test
    void choosingACityFiltersTheListAndPutsItIntoTheAddress() {
        long kiel = fixtures.city("Kiel");
        fixtures.event(OLGA, "Barcamp Lübeck", EventKind.BARCAMP, 6, EventState.PUBLISHED);
        fixtures.as(OLGA, () -> {
            EventForm f = fixtures.eventForm("Barcamp Kiel", EventKind.BARCAMP, 8);
            f.setHostCityId(kiel);
            events.changeState(events.create(f).slug(), EventState.PUBLISHED);
        });
        UI.getCurrent().navigate("");
        assertThat(cardTitles()).containsExactly("Barcamp Lübeck", "Barcamp Kiel");

        @SuppressWarnings("unchecked")
        Select<CityDto> city = _get(Select.class, spec -> spec.withLabel("Stadt"));
        CityDto kielCity = city.getListDataView().getItems().filter(c -> c.name().equals("Kiel")).findFirst().orElseThrow();
        _setValue(city, kielCity);

        assertThat(cardTitles()).containsExactly("Barcamp Kiel");
        assertThat(location().getPath()).isEqualTo("events");
        assertThat(location().getQueryParameters().getParameters()).containsEntry("city", List.of(String.valueOf(kiel)));
        // The same choice as a calendar to subscribe to (the past/upcoming choice is not the calendar's).
        assertThat(_get(Anchor.class, spec -> spec.withClasses("kogge-event-list-subscribe")).getHref())
                .startsWith("webcal://").endsWith(":8080/calendar/events.ics?city=" + kiel);
        assertThat(_get(Anchor.class, spec -> spec.withClasses("kogge-event-list-download")).getHref())
                .startsWith("http://").endsWith(":8080/calendar/events.ics?city=" + kiel);
    }

    @Test
    void choosingAKindFiltersTheList() {
        fixtures.event(OLGA, "Barcamp Smart Water", EventKind.BARCAMP, 6, EventState.PUBLISHED);
        fixtures.event(OLGA, "Festakt im Rathaus", EventKind.CEREMONY, 7, EventState.PUBLISHED);
        UI.getCurrent().navigate("");

        @SuppressWarnings("unchecked")
        Select<EventKind> kind = _get(Select.class, spec -> spec.withLabel("Art"));
        _setValue(kind, EventKind.CEREMONY);

        assertThat(cardTitles()).containsExactly("Festakt im Rathaus");
        assertThat(location().getQueryParameters().getParameters()).containsEntry("kind", List.of("CEREMONY"));
        assertThat(_get(Anchor.class, spec -> spec.withClasses("kogge-event-list-subscribe")).getHref())
                .endsWith("/calendar/events.ics?kind=CEREMONY");
    }

    @Test
    void bookmarkedAddressOpensTheFilteredList() {
        fixtures.event(OLGA, "Barcamp Smart Water", EventKind.BARCAMP, 6, EventState.PUBLISHED);
        fixtures.event(OLGA, "Festakt im Rathaus", EventKind.CEREMONY, 7, EventState.PUBLISHED);
        fixtures.event(OLGA, "Barcamp von damals", EventKind.BARCAMP, -30, EventState.PUBLISHED);

        UI.getCurrent().navigate("events", QueryParameters.simple(Map.of("kind", "BARCAMP", "past", "true")));

        assertThat(cardTitles()).containsExactly("Barcamp von damals");
        assertThat(_get(Select.class, spec -> spec.withLabel("Art")).getValue()).isEqualTo(EventKind.BARCAMP);
        assertThat(_get(RadioButtonGroup.class, spec -> spec.withLabel("Zeitraum")).getValue()).isEqualTo(true);
    }

    @Test
    void pastEventsAreShownWhenChosen() {
        fixtures.event(OLGA, "Barcamp kommt", EventKind.BARCAMP, 6, EventState.PUBLISHED);
        fixtures.event(OLGA, "Barcamp war", EventKind.BARCAMP, -6, EventState.ARCHIVED);
        UI.getCurrent().navigate("");
        assertThat(cardTitles()).containsExactly("Barcamp kommt");

        @SuppressWarnings("unchecked")
        RadioButtonGroup<Boolean> when = _get(RadioButtonGroup.class, spec -> spec.withLabel("Zeitraum"));
        _setValue(when, true);

        assertThat(cardTitles()).containsExactly("Barcamp war");
        assertThat(BasicUtilsKt.get_textRecursively(_get(EventCard.class))).contains("Archiviert");
        assertThat(location().getQueryParameters().getParameters()).containsEntry("past", List.of("true"));
    }

    @Test
    void unknownFilterValuesInTheAddressAreIgnored() {
        fixtures.event(OLGA, "Barcamp Smart Water", EventKind.BARCAMP, 6, EventState.PUBLISHED);

        UI.getCurrent().navigate("events", QueryParameters.simple(Map.of("city", "abc", "kind", "PARTY")));

        assertThat(cardTitles()).containsExactly("Barcamp Smart Water");
    }

    @Test
    void moreButtonLoadsTheNextTwenty() {
        for (int i = 1; i <= 23; i++) {
            fixtures.event(OLGA, String.format("Barcamp %02d", i), EventKind.BARCAMP, i, EventState.PUBLISHED);
        }
        UI.getCurrent().navigate("");
        assertThat(cardTitles()).hasSize(20).startsWith("Barcamp 01").endsWith("Barcamp 20");
        assertThat(_get(Paragraph.class, spec -> spec.withText("Angezeigt: 20 von 23"))).isNotNull();

        _click(_get(Button.class, spec -> spec.withText("Weitere laden")));

        assertThat(cardTitles()).hasSize(23).endsWith("Barcamp 21", "Barcamp 22", "Barcamp 23");
        _assertNone(Button.class, spec -> spec.withText("Weitere laden"));
    }

    @Test
    void emptyListSaysSo() {
        fixtures.event(OLGA, "Barcamp Entwurf", EventKind.BARCAMP, 5, EventState.DRAFT);

        UI.getCurrent().navigate("");

        assertThat(_find(EventCard.class)).isEmpty();
        _get(Paragraph.class, spec -> spec.withText("Für diese Auswahl gibt es keine Veranstaltungen."));
        _assertNone(Button.class, spec -> spec.withText("Weitere laden"));
    }

    @Test
    void englishListNamesTheKindInEnglish() {
        fixtures.event(OLGA, "Signing ceremony", EventKind.CEREMONY, 7, EventState.PUBLISHED);
        english();

        UI.getCurrent().navigate("");

        assertThat(BasicUtilsKt.get_textRecursively(_get(EventCard.class))).contains("Ceremony");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Events · Kogge");
    }

    private static List<String> cardTitles() {
        return _find(EventCard.class).stream()
                .map(card -> _get(card, RouterLink.class).getText())
                .toList();
    }

    private static Location location() {
        return UI.getCurrent().getInternals().getActiveViewLocation();
    }
}
