package org.kogge.ceremony.ui;

import org.kogge.testing.Karibu;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kogge.account.Role;
import org.kogge.ceremony.CeremonyService;
import org.kogge.ceremony.CeremonySettingsForm;
import org.kogge.ceremony.CheckinRow;
import org.kogge.ceremony.CheckinService;
import org.kogge.ceremony.GuestRow;
import org.kogge.ceremony.RsvpForm;
import org.kogge.ceremony.RsvpService;
import org.kogge.testing.CeremonyFixtures;
import org.kogge.testing.KaribuTestBase;
import org.springframework.beans.factory.annotation.Autowired;

class CheckinViewKT extends KaribuTestBase {

    @Autowired
    CeremonyService ceremonies;
    @Autowired
    RsvpService rsvp;
    @Autowired
    org.kogge.ceremony.InvitationService invitations;
    @Autowired
    CheckinService checkin;
    @Autowired
    CeremonyFixtures ceremonyFixtures;

    String organizer;
    String slug;
    List<GuestRow> guests;

    @BeforeEach
    void guests() {
        organizer = fixtures.person("Olga Orga", Role.ORGANIZER).email();
        slug = ceremonyFixtures.ceremony(organizer, "Unterzeichnung");
        fixtures.as(organizer, () -> ceremonies.saveSettings(slug, new CeremonySettingsForm(null, 2, false)));
        guests = ceremonyFixtures.invite(organizer, slug, "Jürgen Müller", "Anna Schmidt", "Bernd Bode");
        rsvp.answer(CeremonyFixtures.token(guests.get(1)), new RsvpForm(true, 2, "Rollstuhl"));
    }

    private void open() {
        UI.getCurrent().navigate("organize/events/" + slug + "/checkin");
    }

    private static List<String> names() {
        return _find(H2.class).stream().map(H2::getText).toList();
    }

    private static Div card(String name) {
        return _get(Div.class, s -> s.withClasses("kogge-checkin-card")
                .withPredicate(d -> d.getChildren().anyMatch(c -> c.getChildren()
                        .anyMatch(x -> x instanceof H2 h && h.getText().equals(name)))));
    }

    private static String counts() {
        return _get(Paragraph.class, s -> s.withClasses("kogge-checkin-counts")).getText();
    }

    private static void search(String text) {
        Karibu._setValue(_get(TextField.class, s -> s.withLabel("Name suchen")), text);
    }

    @Test
    void staffFindAGuestWithATypoTickThemAndUndo() {
        login(organizer);
        open();
        assertThat(_get(H1.class).getText()).isEqualTo("Einlass: Unterzeichnung");
        assertThat(names()).containsExactly("Anna Schmidt", "Bernd Bode", "Jürgen Müller");
        assertThat(counts()).isEqualTo("Angekommen: 0 von 1 zugesagten Gästen, 0 von 2 Begleitpersonen");

        search("Shcmidt");
        assertThat(names()).containsExactly("Anna Schmidt");
        Div anna = card("Anna Schmidt");
        _get(anna, Span.class, s -> s.withText("+2 Begleitpersonen"));
        _get(anna, Paragraph.class, s -> s.withText("Hinweis: Rollstuhl"));
        Button arrive = _get(anna, Button.class, s -> s.withText("Angekommen"));
        assertThat(arrive.getAriaLabel()).contains("Angekommen: Anna Schmidt");
        _click(arrive);

        assertThat(counts()).isEqualTo("Angekommen: 1 von 1 zugesagten Gästen, 2 von 2 Begleitpersonen");
        anna = card("Anna Schmidt");
        assertThat(_get(anna, Span.class, s -> s.withClasses("kogge-checkin-when")).getText()).startsWith("Angekommen um ");
        NotificationsKt.clearNotifications();

        _click(_get(anna, Button.class, s -> s.withText("Rückgängig")));
        assertThat(counts()).startsWith("Angekommen: 0 von 1");
        _get(card("Anna Schmidt"), Button.class, s -> s.withText("Angekommen"));
    }

    @Test
    void aColleagueWasQuickerAndNothingIsCountedTwice() {
        login(organizer);
        open();
        search("müller");
        Button arrive = _get(card("Jürgen Müller"), Button.class, s -> s.withText("Angekommen"));
        fixtures.as(organizer, () -> checkin.checkIn(slug, guests.get(0).id()));
        _click(arrive);

        assertThat(NotificationsKt.getNotifications()).extracting(n -> n.getElement().getProperty("text"))
                .anyMatch(t -> t.startsWith("Jürgen Müller wurde bereits um "));
        assertThat(fixtures.as(organizer, () -> checkin.counts(slug)).arrived()).isEqualTo(1);
        _get(card("Jürgen Müller"), Button.class, s -> s.withText("Rückgängig"));
    }

    @Test
    void aClickSentRightAfterTypingChecksInTheGuestClicked() {
        long felix = ceremonyFixtures.invite(organizer, slug, "Felix Wagner").get(0).id();
        login(organizer);
        open();
        Button arrive = _get(card("Felix Wagner"), Button.class, s -> s.withText("Angekommen"));
        // In the browser the click follows the typing within the search's 150 ms: the value change reaches the
        // server first, then the click on the button that was on screen.
        Runnable click = Karibu._clickInFlight(arrive);
        search("Felx");
        click.run();

        assertThat(names()).containsExactly("Felix Wagner");
        assertThat(fixtures.as(organizer, () -> checkin.search(slug, "Felix Wagner")))
                .filteredOn(r -> r.id() == felix).singleElement().matches(CheckinRow::arrived);
        assertThat(announcement()).startsWith("Felix Wagner ist angekommen (");
        _get(card("Felix Wagner"), Button.class, s -> s.withText("Rückgängig"));
    }

    @Test
    void aGuestWhoMovesUpTheListKeepsTheirButton() {
        ceremonyFixtures.invite(organizer, slug, "Anne-Marie Schmitz");
        login(organizer);
        open();
        assertThat(names()).startsWith("Anna Schmidt", "Anne-Marie Schmitz");
        // "schmit" ranks the exact match first: Schmitz moves above Schmidt (one typo) while the click is on its way.
        Button arrive = _get(card("Anne-Marie Schmitz"), Button.class, s -> s.withText("Angekommen"));
        Runnable click = Karibu._clickInFlight(arrive);
        search("schmit");
        click.run();

        assertThat(fixtures.as(organizer, () -> checkin.counts(slug)).arrived()).isEqualTo(1);
        assertThat(names()).containsExactly("Anne-Marie Schmitz", "Anna Schmidt");
        assertThat(announcement()).startsWith("Anne-Marie Schmitz ist angekommen (");
    }

    @Test
    void aGuestRevokedMeanwhileIsNotCheckedInAndTheDoorIsTold() {
        login(organizer);
        open();
        Button arrive = _get(card("Bernd Bode"), Button.class, s -> s.withText("Angekommen"));
        fixtures.as(organizer, () -> invitations.revoke(slug, guests.get(2).id()));
        _click(arrive);

        assertThat(announcement()).isEqualTo("Bernd Bode steht nicht mehr auf der Gästeliste und wurde nicht eingelassen.");
        assertThat(names()).doesNotContain("Bernd Bode");
        assertThat(fixtures.as(organizer, () -> checkin.counts(slug)).arrived()).isZero();
    }

    @Test
    void aGuestWhoDeclinedIsCheckedInAndTheDoorIsToldTheyHadDeclined() {
        rsvp.answer(CeremonyFixtures.token(guests.get(2)), new RsvpForm(false, 0, null));
        login(organizer);
        open();
        // Guests expected at the door first; the one who declined last, with a quieter button of its own.
        assertThat(names()).containsExactly("Anna Schmidt", "Jürgen Müller", "Bernd Bode");
        assertThat(card("Bernd Bode").hasClassName("kogge-checkin-declined")).isTrue();
        assertThat(_find(card("Bernd Bode"), Button.class, s -> s.withText("Angekommen"))).isEmpty();
        Button cameAnyway = _get(card("Bernd Bode"), Button.class, s -> s.withText("Doch gekommen"));
        assertThat(cameAnyway.getAriaLabel()).contains("Doch gekommen, hatte abgesagt: Bernd Bode");
        assertThat(cameAnyway.getThemeNames()).doesNotContain("primary", "success");
        _click(cameAnyway);

        assertThat(announcement()).startsWith("Bernd Bode ist angekommen (").endsWith("); hatte abgesagt.");
        _get(card("Bernd Bode"), Button.class, s -> s.withText("Rückgängig"));
    }

    private static String announcement() {
        Paragraph p = _get(Paragraph.class, s -> s.withClasses("kogge-checkin-announce"));
        assertThat(p.getElement().getAttribute("aria-live")).isEqualTo("polite");
        return p.getText();
    }

    @Test
    void nobodyFound() {
        login(organizer);
        open();
        search("Xaver");
        _get(Paragraph.class, s -> s.withText("Niemand gefunden."));
    }

    @Test
    void wrongRoleIsRefused() {
        login(fixtures.person("Erika Expertin", Role.EXPERT).email());
        open();
        assertThat(_get(H1.class).getText()).isEqualTo("Kein Zugriff");
        _assertNone(CheckinView.class);
    }

    @Test
    void anonymousVisitorIsSentToLogin() {
        open();
        _get(LoginForm.class);
        _assertNone(CheckinView.class);
    }
}
