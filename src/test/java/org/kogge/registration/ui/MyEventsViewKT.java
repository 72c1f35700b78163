package org.kogge.registration.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kogge.account.Role;
import org.kogge.common.Formats;
import org.kogge.event.EventDetails;
import org.kogge.event.EventForm;
import org.kogge.event.EventKind;
import org.kogge.event.EventService;
import org.kogge.event.EventState;
import org.kogge.registration.RegistrationService;
import org.kogge.testing.KaribuTestBase;
import org.springframework.beans.factory.annotation.Autowired;

class MyEventsViewKT extends KaribuTestBase {

    @Autowired
    RegistrationService registrations;

    @Autowired
    EventService events;

    String organizer;
    String anna;

    @BeforeEach
    void people() {
        organizer = fixtures.person("Olga Orga", Role.ORGANIZER).email();
        anna = fixtures.person("Anna A").email();
    }

    private EventDetails event(String title, int daysAhead) {
        return fixtures.event(organizer, title, EventKind.BARCAMP, daysAhead, EventState.PUBLISHED);
    }

    private static List<String> texts(Div card, String className) {
        return _find(card, Span.class, s -> s.withClasses(className)).stream().map(Span::getText).toList();
    }

    @Test
    void participantSeesUpcomingAndPastRegistrationsWithTheirStatus() {
        EventDetails soon = event("Barcamp Wasser", 10);
        EventDetails full = event("Barcamp Energie", 20);
        EventDetails dropped = event("Barcamp Mobilität", 30);
        EventDetails over = event("Barcamp Rückblick", 40);
        fixtures.as(organizer, () -> registrations.changeCapacity(full.slug(), 1));
        String bernd = fixtures.person("Bernd B").email();
        fixtures.as(bernd, () -> registrations.register(full.slug()));
        fixtures.as(anna, () -> {
            registrations.register(soon.slug());
            registrations.register(full.slug());
            registrations.register(dropped.slug());
            registrations.cancel(dropped.slug());
            registrations.register(over.slug());
        });
        fixtures.as(organizer, () -> {
            EventForm f = events.formFor(over.slug());
            LocalDateTime start = LocalDateTime.now().minusDays(5).withHour(10).withMinute(0).withSecond(0).withNano(0);
            f.setStart(start);
            f.setEnd(start.withHour(16));
            events.update(over.slug(), f);
        });
        login(anna);

        UI.getCurrent().navigate("me/events");

        assertThat(_find(H2.class)).extracting(H2::getText).containsExactly("Demnächst", "Vergangen");
        List<Div> cards = _find(Div.class, s -> s.withClasses("kogge-my-event"));
        assertThat(cards).extracting(c -> _get(c, H3.class).getElement().getTextRecursively())
                .containsExactly("Barcamp Wasser", "Barcamp Energie", "Barcamp Mobilität", "Barcamp Rückblick");
        assertThat(cards).extracting(c -> texts(c, "kogge-my-events-status").get(0))
                .containsExactly("Angemeldet", "Warteliste, Platz 1", "Storniert", "Angemeldet");
        Anchor link = _get(cards.get(0), Anchor.class);
        assertThat(link.getHref()).isEqualTo("events/" + soon.slug());
        assertThat(texts(cards.get(0), "kogge-my-events-when"))
                .containsExactly(Formats.range(soon.startsAt(), soon.endsAt(), soon.zone(), Locale.GERMAN));
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Meine Veranstaltungen · Kogge");
    }

    @Test
    void cancelledEventIsMarkedAsCancelled() {
        EventDetails e = event("Barcamp Abgesagt", 10);
        fixtures.as(anna, () -> registrations.register(e.slug()));
        fixtures.as(organizer, () -> events.changeState(e.slug(), EventState.CANCELLED));
        login(anna);

        UI.getCurrent().navigate("me/events");

        Div card = _get(Div.class, s -> s.withClasses("kogge-my-event"));
        assertThat(_get(card, Span.class, s -> s.withClasses("kogge-badge-cancelled")).getText())
                .isEqualTo("Veranstaltung abgesagt");
    }

    @Test
    void withoutRegistrationsTheViewPointsToTheEventList() {
        login(anna);

        UI.getCurrent().navigate("me/events");

        assertThat(_get(Paragraph.class, s -> s.withClasses("kogge-my-events-empty")).getText())
                .isEqualTo("Sie sind noch für keine Veranstaltung angemeldet.");
        assertThat(_get(Anchor.class, s -> s.withText("Veranstaltungen ansehen")).getHref()).isEqualTo("events");
        _assertNone(Div.class, s -> s.withClasses("kogge-my-event"));
    }

    @Test
    void anonymousVisitorIsSentToLogin() {
        UI.getCurrent().navigate("me/events");

        _get(LoginForm.class);
        _assertNone(MyEventsView.class);
    }
}
