package org.kogge.calendar.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kogge.calendar.CalendarFeedService;
import org.kogge.event.EventKind;
import org.kogge.event.EventState;
import org.kogge.registration.RegistrationService;
import org.kogge.schedule.PlanningService;
import org.kogge.schedule.StarService;
import org.kogge.testing.CalendarFixtures.Camp;
import org.kogge.testing.CalendarFixtures;
import org.kogge.testing.KaribuTestBase;
import org.springframework.beans.factory.annotation.Autowired;

class AgendaViewKT extends KaribuTestBase {

    @Autowired CalendarFixtures cf;
    @Autowired StarService stars;
    @Autowired PlanningService planning;
    @Autowired RegistrationService registrations;
    @Autowired CalendarFeedService feeds;

    /** Regenwasser, Deiche (day 1, Trave), Moore (day 2), Watt (day 1 10:00, Wakenitz: at the same time). */
    Camp camp() {
        return cf.camp("Barcamp Smart Water", true, "Regenwasser", "Deiche", "Moore", "Watt");
    }

    static List<Div> cards() {
        return _find(Div.class, s -> s.withClasses("kogge-agenda-item"));
    }

    static List<String> titles() {
        return cards().stream().map(c -> _find(c, Anchor.class).get(0).getText()).toList();
    }

    static Div card(String title) {
        return cards().stream().filter(c -> _find(c, Anchor.class).get(0).getText().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no card " + title));
    }

    static List<String> spans(Div card, String className) {
        return _find(card, Span.class, s -> s.withClasses(className)).stream()
                .map(s -> s.getElement().getTextRecursively()).toList();
    }

    @Test
    void starredSessionsAndRegisteredEventsAppearByDayInTimeOrderWithOverlapsMarked() {
        Camp camp = camp();
        List<Long> ids = camp.sessions();
        fixtures.as(camp.host(), () -> {
            stars.toggle(camp.slug(), ids.get(0));
            stars.toggle(camp.slug(), ids.get(2));
            stars.toggle(camp.slug(), ids.get(3));
        });
        login(camp.host());
        UI.getCurrent().navigate("me/agenda");

        assertThat(_find(H3.class, s -> s.withClasses("kogge-agenda-day")).stream().map(H3::getText))
                .containsExactly("Samstag, 30. Oktober 2027", "Sonntag, 31. Oktober 2027");
        assertThat(titles()).containsExactly("Barcamp Smart Water", "Regenwasser", "Watt", "Moore");
        Div regenwasser = card("Regenwasser");
        assertThat(spans(regenwasser, "kogge-agenda-overlap")).containsExactly("Überschneidung mit Watt");
        assertThat(_find(regenwasser, com.vaadin.flow.component.icon.Icon.class)).isNotEmpty();
        assertThat(spans(card("Watt"), "kogge-agenda-overlap")).containsExactly("Überschneidung mit Regenwasser");
        assertThat(spans(card("Barcamp Smart Water"), "kogge-agenda-overlap")).isEmpty();
        assertThat(spans(card("Moore"), "kogge-agenda-overlap")).isEmpty();
        assertThat(spans(regenwasser, "kogge-agenda-when")).containsExactly("10:00 – 10:45");
        assertThat(spans(regenwasser, "kogge-agenda-where")).containsExactly("Trave");
        assertThat(spans(regenwasser, "kogge-agenda-hosts")).containsExactly("Mit Hanna Host");
        assertThat(_get(regenwasser, Anchor.class).getHref())
                .isEqualTo("events/" + camp.slug() + "/sessions/" + ids.get(0));
        assertThat(_get(card("Barcamp Smart Water"), Anchor.class).getHref()).isEqualTo("events/" + camp.slug());
    }

    @Test
    void unstarringFromTheAgendaRemovesTheSessionAndItsOverlap() {
        Camp camp = camp();
        fixtures.as(camp.host(), () -> {
            stars.toggle(camp.slug(), camp.sessions().get(0));
            stars.toggle(camp.slug(), camp.sessions().get(3));
        });
        login(camp.host());
        UI.getCurrent().navigate("me/agenda");
        Button unstar = _get(card("Watt"), Button.class, s -> s.withText("Stern entfernen"));
        assertThat(unstar.getElement().getAttribute("aria-label")).isEqualTo("Stern entfernen: „Watt“");
        _click(unstar);

        NotificationsKt.expectNotifications("„Watt“ ist nicht mehr in Ihrer Agenda.");
        assertThat(titles()).containsExactly("Barcamp Smart Water", "Regenwasser");
        assertThat(spans(card("Regenwasser"), "kogge-agenda-overlap")).isEmpty();
        assertThat(fixtures.as(camp.host(), () -> stars.myStarsIn(camp.slug()))).containsExactly(camp.sessions().get(0));
    }

    @Test
    void cancelledSessionsAndWaitlistedEventsAreMarkedInWords() {
        Camp camp = camp();
        fixtures.as(camp.host(), () -> {
            stars.toggle(camp.slug(), camp.sessions().get(0));
            stars.toggle(camp.slug(), camp.sessions().get(3));
        });
        fixtures.as(camp.organizer(), () -> planning.cancel(camp.slug(), camp.sessions().get(3)));
        String full = fixtures.event(camp.organizer(), "Barcamp Voll", EventKind.BARCAMP, 5, EventState.PUBLISHED).slug();
        fixtures.as(camp.organizer(), () -> registrations.changeCapacity(full, 1));
        String bernd = fixtures.person("Bernd B").email();
        fixtures.as(bernd, () -> registrations.register(full));
        fixtures.as(camp.host(), () -> registrations.register(full));
        login(camp.host());
        UI.getCurrent().navigate("me/agenda");

        assertThat(titles()).containsExactly("Barcamp Voll", "Barcamp Smart Water", "Regenwasser", "Watt");
        assertThat(spans(card("Barcamp Voll"), "kogge-agenda-waitlisted")).containsExactly("Warteliste: noch kein Platz");
        assertThat(spans(card("Watt"), "kogge-badge-cancelled")).containsExactly("Abgesagt");
        // A cancelled session overlaps nothing.
        assertThat(spans(card("Regenwasser"), "kogge-agenda-overlap")).isEmpty();
    }

    @Test
    void theFeedAddressCanBeCopiedAndReplaced() {
        Camp camp = camp();
        login(camp.host());
        // kogge.base-url is not set in the tests: the address shown is the one the browser used.
        browserAt("https", "kogge.example.org", 443);
        UI.getCurrent().navigate("me/agenda");
        TextField url = _get(TextField.class, s -> s.withLabel("Adresse Ihres persönlichen Kalenders"));
        String old = url.getValue();
        assertThat(old).startsWith("https://kogge.example.org/calendar/feed/").endsWith(".ics");
        assertThat(url.isReadOnly()).isTrue();
        Anchor subscribe = _get(Anchor.class, s -> s.withText("In der Kalender-App abonnieren"));
        assertThat(subscribe.getHref()).isEqualTo(old.replace("https://", "webcal://"));
        _click(_get(Button.class, s -> s.withText("Adresse kopieren")));
        NotificationsKt.expectNotifications("Adresse kopiert.");

        _click(_get(Button.class, s -> s.withText("Neue Adresse erzeugen")));
        ConfirmDialog dialog = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getHeader(dialog)).isEqualTo("Neue Kalender-Adresse erzeugen?");
        ConfirmDialogKt._fireConfirm(dialog);
        NotificationsKt.expectNotifications("Neue Adresse erzeugt; die alte funktioniert nicht mehr.");
        String fresh = url.getValue();
        assertThat(fresh).isNotEqualTo(old).startsWith("https://kogge.example.org/calendar/feed/");
        assertThat(subscribe.getHref()).isEqualTo(fresh.replace("https://", "webcal://"));
        assertThat(feeds.personOf(token(old))).isEmpty();
        assertThat(feeds.personOf(token(fresh))).isPresent();
    }

    static String token(String url) {
        return url.substring(url.lastIndexOf('/') + 1, url.length() - ".ics".length());
    }

    @Test
    void anEmptyAgendaSaysHowToFillIt() {
        String anna = fixtures.person("Anna A").email();
        login(anna);
        UI.getCurrent().navigate("me/agenda");
        assertThat(_get(Paragraph.class, s -> s.withClasses("kogge-agenda-empty")).getText())
                .startsWith("Noch nichts in Ihrer Agenda");
        assertThat(cards()).isEmpty();
    }

    @Test
    void englishWorksToo() {
        Camp camp = camp();
        fixtures.as(camp.host(), () -> stars.toggle(camp.slug(), camp.sessions().get(0)));
        english();
        login(camp.host());
        UI.getCurrent().navigate("me/agenda");
        assertThat(_find(H3.class, s -> s.withClasses("kogge-agenda-day")).get(0).getText())
                .isEqualTo("Saturday, 30 October 2027");
        _get(TextField.class, s -> s.withLabel("Address of your personal calendar"));
    }

    @Test
    void anonymousVisitorIsSentToLogin() {
        UI.getCurrent().navigate("me/agenda");
        _get(LoginForm.class);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("login");
    }
}
