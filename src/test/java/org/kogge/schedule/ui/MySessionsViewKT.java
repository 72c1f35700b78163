package org.kogge.schedule.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v23.VirtualListsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.dom.Element;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kogge.schedule.ui.MySessionsList.Card;
import org.kogge.testing.KaribuTestBase;
import org.kogge.testing.LitRenderers;
import org.kogge.testing.MySessionsFixtures;
import org.kogge.testing.MySessionsFixtures.Scenario;
import org.kogge.testing.StoppedClock;
import org.springframework.beans.factory.annotation.Autowired;

class MySessionsViewKT extends KaribuTestBase {

    @Autowired MySessionsFixtures mf;
    @Autowired StoppedClock clock;

    /** The list's lines as the browser gets them. */
    static List<MySessionsList.Row> rows() {
        return _find(MySessionsList.class).stream().flatMap(l -> VirtualListsKt._findAll(l).stream()).toList();
    }

    static List<String> headings() {
        return rows().stream().filter(r -> r.session() == null)
                .map(r -> (String) LitRenderers.property(_get(MySessionsList.class), r, "heading")).toList();
    }

    static List<Card> cards() {
        return rows().stream().filter(r -> r.session() != null)
                .map(r -> (Card) LitRenderers.property(_get(MySessionsList.class), r, "card")).toList();
    }

    static Card card(String title) {
        return cards().stream().filter(c -> c.title().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no card " + title));
    }

    @Test
    void showsMySessionsWithStatusVotesCoHostsAndPlacesInGerman() {
        Scenario s = mf.scenario();
        login(s.host());
        UI.getCurrent().navigate("me/sessions");

        assertThat(_get(H1.class).getText()).isEqualTo("Meine Sessions");
        assertThat(UI.getCurrent().getInternals().getTitle()).startsWith("Meine Sessions");
        assertThat(headings()).containsExactly("Demnächst");
        assertThat(cards()).extracting(Card::title).containsExactly("Abgelehnte Idee", "Hafen digital",
                "Offene Daten", "Regenwasser", "Deiche", "Stadtgrün gemeinsam");

        String later = "events/" + s.later();
        Card open = card("Offene Daten");
        assertThat(open.status()).isEqualTo("Offen");
        assertThat(open.votes()).isEqualTo("1 Stimme");
        assertThat(open.href()).isEqualTo(later + "/proposals/" + s.open() + "/edit");
        assertThat(open.event()).isEqualTo("Barcamp Kiel");
        assertThat(open.eventHref()).isEqualTo(later);
        assertThat(open.role()).isEqualTo("Von Ihnen vorgeschlagen.");
        assertThat(open.when()).as("no programme yet").isNull();
        assertThat(card("Abgelehnte Idee").status()).isEqualTo("Abgelehnt");
        assertThat(card("Abgelehnte Idee").href()).isEqualTo(later + "/proposals");
        Card unpublished = card("Hafen digital");
        assertThat(unpublished.status()).isEqualTo("Angenommen");
        assertThat(unpublished.when()).as("placed in a programme not published").isNull();
        assertThat(unpublished.href()).isEqualTo(later + "/proposals");

        String first = "events/" + s.first().slug();
        Card placed = card("Regenwasser");
        assertThat(placed.when()).isEqualTo("30. Oktober 2027, 10:00 – 10:45");
        assertThat(placed.room()).isEqualTo("Raum: Trave");
        assertThat(placed.cancelled()).isNull();
        assertThat(placed.href()).isEqualTo(first + "/sessions/" + s.placed());
        assertThat(placed.votes()).isEqualTo("0 Stimmen");
        assertThat(card("Deiche").cancelled()).isEqualTo("Abgesagt");
        Card cohosted = card("Stadtgrün gemeinsam");
        assertThat(cohosted.role()).isEqualTo("Sie sind Co-Host; vorgeschlagen von Bea Berg.");
        assertThat(cohosted.cohosts()).isEqualTo("Co-Hosts: Hanna Host");
        assertThat(cohosted.href()).isEqualTo(first + "/proposals");

        ListItem invite = _get(ListItem.class, li -> li.withClasses("kogge-my-sessions-invite"));
        assertThat(invite.getElement().getTextRecursively()).contains("„Nur gefragt“ von Bea Berg");
        assertThat(_get(invite, Anchor.class).getHref()).isEqualTo(first + "/proposals");
        assertThat(_get(invite, Anchor.class).getText())
                .isEqualTo("Auf der Vorschlagsseite von Barcamp Lübeck beantworten");
    }

    @Test
    void theMenuOffersMySessionsBetweenMyEventsAndMyAgenda() {
        Scenario s = mf.scenario();
        login(s.host());
        UI.getCurrent().navigate("me/sessions");
        UI.getCurrent().getPage().reload();

        List<String> labels = menuLabels();
        assertThat(labels).containsSubsequence("Meine Veranstaltungen", "Meine Sessions", "Meine Agenda");
    }

    @Test
    void sessionsOfEventsThatAreOverComeLastUnderTheirOwnHeading() {
        Scenario s = mf.scenario();
        clock.stopAt(Instant.parse("2028-01-01T12:00:00Z"));
        login(s.host());
        UI.getCurrent().navigate("me/sessions");

        assertThat(headings()).containsExactly("Demnächst", "Vergangen");
        assertThat(rows().stream().map(r -> r.session() == null ? "heading" : r.session().proposal().title()))
                .containsExactly("heading", "Abgelehnte Idee", "Hafen digital", "Offene Daten",
                        "heading", "Regenwasser", "Deiche", "Stadtgrün gemeinsam");
    }

    @Test
    void inEnglish() {
        Scenario s = mf.scenario();
        english();
        login(s.host());
        UI.getCurrent().navigate("me/sessions");

        assertThat(_get(H1.class).getText()).isEqualTo("My sessions");
        Card cohosted = card("Stadtgrün gemeinsam");
        assertThat(cohosted.status()).isEqualTo("Accepted");
        assertThat(cohosted.role()).isEqualTo("You are a co-host; proposed by Bea Berg.");
        assertThat(card("Deiche").cancelled()).isEqualTo("Cancelled");
    }

    @Test
    void withoutSessionsItSaysSoAndLinksToTheEvents() {
        String nobody = fixtures.person("Nina Neu").email();
        login(nobody);
        UI.getCurrent().navigate("me/sessions");

        _assertNone(MySessionsList.class);
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class,
                p -> p.withClasses("kogge-my-sessions-empty")).getText()).startsWith("Sie halten noch keine Session");
        assertThat(_get(Anchor.class, a -> a.withText("Veranstaltungen ansehen")).getHref()).isEqualTo("events");
    }

    @Test
    void anonymousVisitorIsSentToLogin() {
        UI.getCurrent().navigate("me/sessions");
        _get(LoginForm.class);
        _assertNone(MySessionsView.class);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("login");
    }

    /** The drawer is a slot of AppLayout, which Karibu's component search does not enter; its elements do. */
    private static List<String> menuLabels() {
        List<String> labels = new ArrayList<>();
        UI.getCurrent().getChildren().forEach(c -> collect(c.getElement(), labels));
        return labels;
    }

    private static void collect(Element element, List<String> labels) {
        element.getComponent().filter(SideNavItem.class::isInstance)
                .ifPresent(c -> labels.add(((SideNavItem) c).getLabel()));
        element.getChildren().forEach(child -> collect(child, labels));
    }
}
