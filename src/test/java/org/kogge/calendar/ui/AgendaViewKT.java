package org.kogge.calendar.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.github.mvysny.kaributesting.v23.VirtualListsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
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
import org.kogge.testing.LitRenderers;
import org.kogge.calendar.ui.AgendaList.Card;
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

    /** The agenda's lines as the browser gets them (none while the list is hidden). */
    static List<AgendaList.Row> rows() {
        return _find(AgendaList.class).stream().flatMap(l -> VirtualListsKt._findAll(l).stream()).toList();
    }

    static List<String> days() {
        return rows().stream().filter(r -> r.line() == null)
                .map(r -> (String) LitRenderers.property(_get(AgendaList.class), r, "day")).toList();
    }

    static List<Card> cards() {
        return rows().stream().filter(r -> r.line() != null)
                .map(r -> (Card) LitRenderers.property(_get(AgendaList.class), r, "card")).toList();
    }

    static List<String> titles() {
        return cards().stream().map(Card::title).toList();
    }

    static Card card(String title) {
        return cards().stream().filter(c -> c.title().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no card " + title));
    }

    /** Clicks a line's unstar button, as the browser's template does. */
    static void clickUnstar(String title) {
        AgendaList.Row row = rows().stream().filter(r -> r.line() != null && r.line().title().equals(title))
                .findFirst().orElseThrow();
        LitRenderers.call(_get(AgendaList.class), row, "unstar");
    }

    @Test
    void starredSessionsAndRegisteredEventsAppearByDayInTimeOrderWithOverlapsMarked() {
        Camp camp = camp();
        String me = cf.attendee(camp);
        List<Long> ids = camp.sessions();
        fixtures.as(me, () -> {
            stars.toggle(camp.slug(), ids.get(0));
            stars.toggle(camp.slug(), ids.get(2));
            stars.toggle(camp.slug(), ids.get(3));
        });
        login(me);
        UI.getCurrent().navigate("me/agenda");

        assertThat(days()).containsExactly("Samstag, 30. Oktober 2027", "Sonntag, 31. Oktober 2027");
        assertThat(rows().stream().map(r -> r.line() == null ? "day" : r.line().title()))
                .containsExactly("day", "Barcamp Smart Water", "Regenwasser", "Watt", "day", "Moore");
        Card regenwasser = card("Regenwasser");
        assertThat(regenwasser.overlap()).isEqualTo("Überschneidung mit Watt");
        assertThat(card("Watt").overlap()).isEqualTo("Überschneidung mit Regenwasser");
        assertThat(card("Barcamp Smart Water").overlap()).isNull();
        assertThat(card("Moore").overlap()).isNull();
        assertThat(regenwasser.when()).isEqualTo("10:00 – 10:45");
        assertThat(regenwasser.kind()).isEqualTo("Session");
        assertThat(regenwasser.partOf()).isEqualTo("Teil von Barcamp Smart Water");
        assertThat(regenwasser.where()).isEqualTo("Trave");
        assertThat(regenwasser.hosts()).isEqualTo("Mit Hanna Host");
        assertThat(regenwasser.href()).isEqualTo("events/" + camp.slug() + "/sessions/" + ids.get(0));
        Card barcamp = card("Barcamp Smart Water");
        assertThat(barcamp.href()).isEqualTo("events/" + camp.slug());
        assertThat(barcamp.kind()).isEqualTo("Veranstaltung");
        assertThat(barcamp.unstar()).as("events carry no star").isNull();
        assertThat(cards().stream().map(Card::key)).doesNotHaveDuplicates();
    }

    @Test
    void unstarringFromTheAgendaRemovesTheSessionAndItsOverlap() {
        Camp camp = camp();
        String me = cf.attendee(camp);
        fixtures.as(me, () -> {
            stars.toggle(camp.slug(), camp.sessions().get(0));
            stars.toggle(camp.slug(), camp.sessions().get(3));
        });
        login(me);
        UI.getCurrent().navigate("me/agenda");
        assertThat(card("Watt").unstar()).isEqualTo("Stern entfernen");
        assertThat(card("Watt").unstarLabel()).isEqualTo("Stern entfernen: „Watt“");
        clickUnstar("Watt");

        NotificationsKt.expectNotifications("„Watt“ ist nicht mehr in Ihrer Agenda.");
        assertThat(titles()).containsExactly("Barcamp Smart Water", "Regenwasser");
        assertThat(card("Regenwasser").overlap()).isNull();
        assertThat(fixtures.as(me, () -> stars.myStarsIn(camp.slug()))).containsExactly(camp.sessions().get(0));
    }

    @Test
    void cancelledSessionsAndWaitlistedEventsAreMarkedInWords() {
        Camp camp = camp();
        String me = cf.attendee(camp);
        fixtures.as(me, () -> {
            stars.toggle(camp.slug(), camp.sessions().get(0));
            stars.toggle(camp.slug(), camp.sessions().get(3));
        });
        fixtures.as(camp.organizer(), () -> planning.cancel(camp.slug(), camp.sessions().get(3)));
        String full = fixtures.event(camp.organizer(), "Barcamp Voll", EventKind.BARCAMP, 5, EventState.PUBLISHED).slug();
        fixtures.as(camp.organizer(), () -> registrations.changeCapacity(full, 1));
        String bernd = fixtures.person("Bernd B").email();
        fixtures.as(bernd, () -> registrations.register(full));
        fixtures.as(me, () -> registrations.register(full));
        login(me);
        UI.getCurrent().navigate("me/agenda");

        assertThat(titles()).containsExactly("Barcamp Voll", "Barcamp Smart Water", "Regenwasser", "Watt");
        assertThat(card("Barcamp Voll").waitlisted()).isEqualTo("Warteliste: noch kein Platz");
        assertThat(card("Barcamp Smart Water").waitlisted()).isNull();
        assertThat(card("Watt").cancelled()).isEqualTo("Abgesagt");
        assertThat(card("Regenwasser").cancelled()).isNull();
        // A cancelled session overlaps nothing.
        assertThat(card("Regenwasser").overlap()).isNull();
    }

    /** The sessions one hosts are in one's agenda without a star, said in words, with no star to remove. */
    @Test
    void aHostsOwnSessionsAreInTheirAgendaMarkedAndKeptWithoutAStar() {
        Camp camp = camp();
        // A star on one's own session changes nothing.
        fixtures.as(camp.host(), () -> stars.toggle(camp.slug(), camp.sessions().get(0)));
        login(camp.host());
        UI.getCurrent().navigate("me/agenda");

        assertThat(titles()).as("Watt is Bea Berg's").containsExactly("Barcamp Smart Water", "Regenwasser", "Deiche",
                "Moore");
        for (String title : List.of("Regenwasser", "Deiche", "Moore")) {
            assertThat(card(title).hosting()).isEqualTo("Ihre Session");
            assertThat(card(title).unstar()).isNull();
        }
        assertThat(card("Barcamp Smart Water").hosting()).isNull();
        LitRenderers.call(_get(AgendaList.class), rows().stream()
                .filter(r -> r.line() != null && r.line().title().equals("Regenwasser")).findFirst().orElseThrow(),
                "unstar");
        assertThat(titles()).contains("Regenwasser");
        assertThat(fixtures.as(camp.host(), () -> stars.myStarsIn(camp.slug()))).containsExactly(camp.sessions().get(0));

        english();
        UI.getCurrent().navigate("me/agenda");
        assertThat(card("Deiche").hosting()).isEqualTo("Your session");
    }

    @Test
    void theFeedAddressCanBeCopiedAndReplaced() {
        Camp camp = camp();
        String me = cf.attendee(camp);
        login(me);
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
        // Karibu's round trip for the lazy agenda list puts its own request back as the current one; the browser's
        // next request comes from the same address again.
        browserAt("https", "kogge.example.org", 443);
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
        String me = cf.attendee(camp);
        fixtures.as(me, () -> stars.toggle(camp.slug(), camp.sessions().get(0)));
        english();
        login(me);
        UI.getCurrent().navigate("me/agenda");
        assertThat(days()).containsExactly("Saturday, 30 October 2027");
        assertThat(card("Regenwasser").unstarLabel()).isEqualTo("Remove star: “Regenwasser”");
        _get(TextField.class, s -> s.withLabel("Address of your personal calendar"));
    }

    /** The list scrolls in its own box: keyboard users reach it with Tab, screen readers hear its name. */
    @Test
    void theLazyListIsReachableByKeyboardAndNamed() {
        Camp camp = camp();
        String me = cf.attendee(camp);
        fixtures.as(me, () -> stars.toggle(camp.slug(), camp.sessions().get(0)));
        login(me);
        UI.getCurrent().navigate("me/agenda");
        AgendaList list = _get(AgendaList.class);
        assertThat(list.getElement().getAttribute("tabindex")).isEqualTo("0");
        assertThat(list.getElement().getAttribute("aria-label")).isEqualTo("Meine Agenda, nach Tagen");
    }

    @Test
    void anonymousVisitorIsSentToLogin() {
        UI.getCurrent().navigate("me/agenda");
        _get(LoginForm.class);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("login");
    }
}
