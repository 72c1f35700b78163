package org.kogge.ceremony.ui;

import org.kogge.testing.Karibu;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kogge.account.Role;
import org.kogge.ceremony.GuestFilter;
import org.kogge.ceremony.GuestListService;
import org.kogge.ceremony.GuestRow;
import org.kogge.ceremony.PreviewLine;
import org.kogge.ceremony.RsvpForm;
import org.kogge.ceremony.RsvpService;
import org.kogge.ceremony.RsvpStatus;
import org.kogge.testing.CeremonyFixtures;
import org.kogge.testing.KaribuTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

class GuestListViewKT extends KaribuTestBase {

    @Autowired
    GuestListService guestList;
    @Autowired
    RsvpService rsvp;
    @Autowired
    CeremonyFixtures ceremonyFixtures;

    String organizer;
    String slug;
    List<GuestRow> guests;

    @BeforeEach
    void guests() {
        organizer = fixtures.person("Olga Orga", Role.ORGANIZER).email();
        slug = ceremonyFixtures.ceremony(organizer, "Unterzeichnung");
        guests = ceremonyFixtures.invite(organizer, slug, "Carla Chef", "Anna Alt", "Bernd Bode");
        rsvp.answer(CeremonyFixtures.token(guests.get(1)), new RsvpForm(true, 0, null));
        rsvp.answer(CeremonyFixtures.token(guests.get(2)), new RsvpForm(false, 0, null));
    }

    private void open() {
        UI.getCurrent().navigate("organize/events/" + slug + "/guests");
    }

    @SuppressWarnings("unchecked")
    private static Grid<GuestRow> grid() {
        return _get(Grid.class, s -> s.withPredicate(g -> "Gästeliste".equals(g.getAriaLabel().orElse(null))));
    }

    @SuppressWarnings("unchecked")
    private static Grid<PreviewLine> preview() {
        return _get(Grid.class, s -> s.withPredicate(g -> "Geprüfte Liste".equals(g.getAriaLabel().orElse(null))));
    }

    private static List<String> column(Grid<?> grid, String key) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < GridKt._size(grid); i++) {
            values.add(GridKt._getFormatted(grid, i, key));
        }
        return values;
    }

    private static String counts() {
        return _get(Span.class, s -> s.withClasses("kogge-guest-counts")).getText();
    }

    private List<String> stored() {
        return fixtures.as(organizer, () -> guestList.guests(slug, GuestFilter.ALL, Pageable.unpaged()))
                .stream().map(GuestRow::name).toList();
    }

    @Test
    void organizerSeesGuestsByNameWithCountsAndFilters() {
        login(organizer);
        open();
        assertThat(_get(H1.class).getText()).isEqualTo("Gästeliste: Unterzeichnung");
        assertThat(counts()).isEqualTo("3 eingeladen: 1 zugesagt, 1 abgesagt, 1 ohne Antwort · 0 Begleitpersonen · "
                + "0 Presse · erwartet: 1 Personen");
        assertThat(column(grid(), "name")).containsExactly("Anna Alt", "Bernd Bode", "Carla Chef");
        assertThat(column(grid(), "answer")).containsExactly("Zugesagt", "Abgesagt", "Keine Antwort");

        @SuppressWarnings("unchecked")
        Select<RsvpStatus> status = _get(Select.class, s -> s.withLabel("Antwort"));
        Karibu._setValue(status, RsvpStatus.ACCEPTED);
        assertThat(column(grid(), "name")).containsExactly("Anna Alt");
    }

    @Test
    void oneGuestIsInvitedAndTheirLinkShown() {
        login(organizer);
        open();
        Karibu._setValue(_get(TextField.class, s -> s.withLabel("Name")), "Dora Dahl");
        Karibu._setValue(_get(TextField.class, s -> s.withLabel("E-Mail")), "anna@guest.example");
        _click(_get(Button.class, s -> s.withText("Gast einladen")));
        TextField email = _get(TextField.class, s -> s.withLabel("E-Mail"));
        assertThat(email.getErrorMessage()).isEqualTo("Diese Person ist bereits eingeladen.");

        Karibu._setValue(email, "dora@guest.example");
        _click(_get(Button.class, s -> s.withText("Gast einladen")));
        Dialog dialog = _get(Dialog.class);
        String link = _get(dialog, TextField.class, s -> s.withLabel("Persönlicher Link")).getValue();
        // Shown in the browser: the address the browser used (Karibu's); kogge.base-url is not set in the tests.
        assertThat(link).matches("http://127\\.0\\.0\\.1:8080/invitation/[A-Za-z0-9_-]{43}");
        Anchor mail = _get(dialog, Anchor.class, s -> s.withText("Als E-Mail vorbereiten"));
        // A mail leaves the browser: its link uses the setting, here the default.
        String mailed = link.replace("http://127.0.0.1:8080", "http://localhost:8080");
        assertThat(mail.getHref()).startsWith("mailto:dora@guest.example?subject=Einladung%3A%20Unterzeichnung")
                .contains(mailed.replace(":", "%3A").replace("/", "%2F"));
        assertThat(stored()).contains("Dora Dahl");
    }

    @Test
    void pastedListIsCheckedFirstAndOnlyValidLinesAreSaved() {
        login(organizer);
        open();
        Karibu._setValue(_get(TextArea.class, s -> s.withLabel("Liste einfügen")), """
                Erik Elbe <erik@kiel.example>
                Fiona Förde;fiona@rostock.example;Hansestadt Rostock;Presse
                Gero Gast;gero-at-example;;
                Anna Doppelt <anna@guest.example>
                """);
        _click(_get(Button.class, s -> s.withText("Liste prüfen")));
        Grid<PreviewLine> preview = preview();
        assertThat(column(preview, "name")).containsExactly("Erik Elbe", "Fiona Förde", "Gero Gast", "Anna Doppelt");
        Component bad = GridKt._getCellComponent(preview, 2, "check");
        assertThat(((Span) bad).getText()).isEqualTo("Fehler: Keine gültige E-Mail-Adresse.");
        assertThat(((Span) GridKt._getCellComponent(preview, 3, "check")).getText())
                .isEqualTo("Fehler: Diese Person ist bereits eingeladen.");
        assertThat(stored()).hasSize(3);

        Button invite = _get(Button.class, s -> s.withText(
                "2 Gäste einladen; 2 Zeilen fehlerhaft"));
        _click(invite);
        assertThat(stored()).containsExactly("Anna Alt", "Bernd Bode", "Carla Chef", "Erik Elbe", "Fiona Förde");
        assertThat(counts()).contains("1 Presse");
    }

    @Test
    void revokingMovesTheGuestToTheRevokedList() {
        login(organizer);
        open();
        Component actions = GridKt._getCellComponent(grid(), 2, "actions");
        _click(_get(actions, Button.class, s -> s.withText("Widerrufen")));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getHeader(confirm)).isEqualTo("Einladung von Carla Chef widerrufen?");
        ConfirmDialogKt._fireConfirm(confirm);
        assertThat(column(grid(), "name")).containsExactly("Anna Alt", "Bernd Bode");
        _get(Span.class, s -> s.withText("Carla Chef · carla@guest.example"));
    }

    @Test
    void csvExportIsExcelFriendly() {
        login(organizer);
        open();
        byte[] bytes = DownloadKt._download(_get(Anchor.class, s -> s.withClasses("kogge-guests-csv")));
        assertThat(bytes[0]).isEqualTo((byte) 0xEF);
        List<String> lines = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(0)).isEqualTo("Name;E-Mail;Organisation;Rolle;Antwort;Begleitpersonen;Hinweis;Geantwortet am;Angekommen");
        assertThat(lines.get(1)).startsWith("Anna Alt;anna@guest.example;Stadt Kiel;Gast;Zugesagt;0;;");
        assertThat(lines).hasSize(4);
    }

    @Test
    void printableListForTheDoorSkipsDeclinedGuests() {
        login(organizer);
        UI.getCurrent().navigate("organize/events/" + slug + "/guests/print");
        assertThat(_get(H1.class).getText()).isEqualTo("Gästeliste: Unterzeichnung");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Gästeliste zum Drucken: Unterzeichnung · Kogge");
        GuestPrintView view = _get(GuestPrintView.class);
        String html = view.getElement().getOuterHTML();
        assertThat(html).contains("Anna Alt").contains("Carla Chef").doesNotContain("Bernd Bode");
        assertThat(html.indexOf("Anna Alt")).isLessThan(html.indexOf("Carla Chef"));
    }

    @Test
    void attendeeIsRefused() {
        login(fixtures.person("Anton Attendee").email());
        open();
        assertThat(_get(H1.class).getText()).isEqualTo("Kein Zugriff");
        _assertNone(GuestListView.class);
        UI.getCurrent().navigate("organize/events/" + slug + "/guests/print");
        _assertNone(GuestPrintView.class);
    }

    @Test
    void anonymousVisitorIsSentToLogin() {
        open();
        _get(LoginForm.class);
        _assertNone(GuestListView.class);
    }
}
