package org.kogge.ceremony.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kogge.account.Role;
import org.kogge.ceremony.GuestFilter;
import org.kogge.ceremony.GuestListService;
import org.kogge.ceremony.GuestRow;
import org.kogge.ceremony.InvitationMailService;
import org.kogge.mail.OutboxSender;
import org.kogge.testing.CeremonyFixtures;
import org.kogge.testing.KaribuTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;

/** The guest list's mail actions: to one guest, to the selected guests, to all not yet invited; others refused. */
class GuestListMailKT extends KaribuTestBase {

    @Autowired GuestListService guestList;
    @Autowired InvitationMailService mails;
    @Autowired OutboxSender sender;
    @Autowired CeremonyFixtures ceremonyFixtures;

    String organizer;
    String slug;

    @BeforeEach
    void guests() {
        organizer = fixtures.person("Olga Orga", Role.ORGANIZER).email();
        slug = ceremonyFixtures.ceremony(organizer, "Unterzeichnung");
        ceremonyFixtures.invite(organizer, slug, "Carla Chef", "Anna Alt", "Bernd Bode");
    }

    private void open() {
        UI.getCurrent().navigate("organize/events/" + slug + "/guests");
    }

    @SuppressWarnings("unchecked")
    private static Grid<GuestRow> grid() {
        return _get(Grid.class, s -> s.withPredicate(g -> "Gästeliste".equals(g.getAriaLabel().orElse(null))));
    }

    private static List<String> mailColumn() {
        Grid<GuestRow> grid = grid();
        List<String> values = new ArrayList<>();
        for (int i = 0; i < GridKt._size(grid); i++) {
            values.add(GridKt._getFormatted(grid, i, "mail"));
        }
        return values;
    }

    @Test
    void oneGuestIsInvitedByMailFromTheirRow() {
        login(organizer);
        open();
        assertThat(mailColumn()).containsExactly("nicht gesendet", "nicht gesendet", "nicht gesendet");

        Component actions = GridKt._getCellComponent(grid(), 1, "actions"); // Bernd Bode
        _click(_get(actions, Button.class, s -> s.withText("Einladen per Mail")));

        NotificationsKt.expectNotifications("Eine Einladung geht per Mail hinaus.");
        assertThat(mailColumn()).containsExactly("nicht gesendet", "wird gesendet", "nicht gesendet");
        sender.sendDue();
        _click(_get(Button.class, s -> s.withText("Allen noch nicht Eingeladenen senden")));
        NotificationsKt.expectNotifications("2 Einladungen gehen per Mail hinaus.");
        assertThat(mailColumn()).containsExactly("wird gesendet", "gesendet", "wird gesendet");
    }

    @Test
    void selectedGuestsAreInvitedByMail() {
        login(organizer);
        open();
        _click(_get(Button.class, s -> s.withText("Ausgewählten Gästen senden")));
        NotificationsKt.expectNotifications("Bitte wählen Sie zuerst Gäste in der Liste aus.");

        Grid<GuestRow> grid = grid();
        grid.select(GridKt._get(grid, 0));
        grid.select(GridKt._get(grid, 2));
        _click(_get(Button.class, s -> s.withText("Ausgewählten Gästen senden")));

        NotificationsKt.expectNotifications("2 Einladungen gehen per Mail hinaus.");
        assertThat(mailColumn()).containsExactly("wird gesendet", "nicht gesendet", "wird gesendet");
        assertThat(grid().getSelectedItems()).isEmpty();
    }

    @Test
    void allNotYetInvitedAreInvitedByMailOnce() {
        login(organizer);
        open();
        _click(_get(Button.class, s -> s.withText("Allen noch nicht Eingeladenen senden")));
        NotificationsKt.expectNotifications("3 Einladungen gehen per Mail hinaus.");
        assertThat(mailColumn()).containsOnly("wird gesendet");

        _click(_get(Button.class, s -> s.withText("Allen noch nicht Eingeladenen senden")));
        NotificationsKt.expectNotifications("Alle Gäste haben schon eine Einladung per Mail erhalten.");
    }

    @Test
    void attendeeIsRefusedThePageAndTheSending() {
        String attendee = fixtures.person("Anton Attendee").email();
        login(attendee);
        open();
        assertThat(_get(H1.class).getText()).isEqualTo("Kein Zugriff");
        _assertNone(GuestListView.class);
        assertThatThrownBy(() -> mails.sendToAllNotYetMailed(slug)).isInstanceOf(AccessDeniedException.class);
        assertThat(fixtures.as(organizer, () -> guestList.guests(slug, GuestFilter.ALL, Pageable.unpaged())))
                .extracting(g -> g.mail().name()).containsOnly("NOT_SENT");
    }

    @Test
    void anotherCeremonysOrganizerIsRefused() {
        login(fixtures.person("Otto Orga", Role.ORGANIZER).email());
        open();
        _assertNone(GuestListView.class);
        assertThatThrownBy(() -> mails.sendToAllNotYetMailed(slug)).isInstanceOf(AccessDeniedException.class);
    }
}
