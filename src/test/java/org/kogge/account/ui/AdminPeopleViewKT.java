package org.kogge.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.kogge.testing.Karibu._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.textfield.TextField;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kogge.account.AccountService;
import org.kogge.account.PersonDto;
import org.kogge.account.Role;
import org.kogge.testing.Fixtures;
import org.kogge.testing.Karibu;
import org.kogge.testing.KaribuTestBase;
import org.springframework.beans.factory.annotation.Autowired;

class AdminPeopleViewKT extends KaribuTestBase {

    @Autowired
    AccountService accounts;

    @SuppressWarnings("unchecked")
    private Grid<PersonDto> grid() {
        return _get(Grid.class);
    }

    private List<String> names() {
        Grid<PersonDto> grid = grid();
        return java.util.stream.IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i).displayName())
                .toList();
    }

    private int rowOf(String name) {
        return names().indexOf(name);
    }

    @SuppressWarnings("unchecked")
    private CheckboxGroup<Role> rolesField() {
        return _get(CheckboxGroup.class, s -> s.withLabel("Rollen"));
    }

    @Test
    void onAPhoneEmailOrganisationAndCityFoldIntoTheRowsDetails() {
        fixtures.person("Anna Attendee");
        login(Fixtures.ADMIN);
        UI.getCurrent().navigate("admin/people");
        assertThat(visibleColumns()).containsExactly("name", "email", "organisation", "city", "roles", "actions");

        Karibu._resizeWindow(390, 844);

        assertThat(visibleColumns()).containsExactly("name", "roles", "actions");
        int anna = rowOf("Anna Attendee");
        // The browser opens a row's details on a click or Space (the grid's web component does that, not the server).
        assertThat(grid().isDetailsVisibleOnClick()).isTrue();
        grid().setDetailsVisible(GridKt._get(grid(), anna), true);
        assertThat(GridKt._getItemDetailsComponent(grid(), anna).getElement().getTextRecursively())
                .contains("E-Mail: ").contains("@");

        Karibu._resizeWindow(1366, 900);

        assertThat(visibleColumns()).containsExactly("name", "email", "organisation", "city", "roles", "actions");
        assertThat(grid().isDetailsVisibleOnClick()).isFalse();
        assertThat(GridKt._getItemDetailsComponent(grid(), anna).getElement().getTextRecursively()).isEmpty();
    }

    private List<String> visibleColumns() {
        return grid().getColumns().stream().filter(Grid.Column::isVisible).map(Grid.Column::getKey).toList();
    }

    @Test
    void adminSeesEveryoneAndSearches() {
        fixtures.person("Anna Attendee");
        fixtures.person("Karl Kutter", Role.ORGANIZER);
        login(Fixtures.ADMIN);
        UI.getCurrent().navigate("admin/people");

        assertThat(names()).containsExactly("Ada Admin", "Anna Attendee", "Karl Kutter");
        int karl = rowOf("Karl Kutter");
        assertThat(GridKt._getFormatted(grid(), karl, "roles")).isEqualTo("Organisation, Teilnehmende");

        _setValue(_get(TextField.class, s -> s.withLabel("Suche nach Name, E-Mail oder Organisation")), "KUTTER");
        assertThat(names()).containsExactly("Karl Kutter");
        _setValue(_get(TextField.class, s -> s.withLabel("Suche nach Name, E-Mail oder Organisation")), "stadt lübeck");
        assertThat(names()).containsExactly("Anna Attendee", "Karl Kutter");
    }

    @Test
    void adminMakesSomeoneAnOrganizer() {
        PersonDto anna = fixtures.person("Anna Attendee");
        login(Fixtures.ADMIN);
        UI.getCurrent().navigate("admin/people");

        Button edit = (Button) GridKt._getCellComponent(grid(), rowOf("Anna Attendee"), "actions");
        assertThat(edit.getAriaLabel()).contains("Rollen bearbeiten: Anna Attendee");
        _click(edit);
        Dialog dialog = _get(Dialog.class);
        assertThat(dialog.getHeaderTitle()).isEqualTo("Rollen von Anna Attendee");
        assertThat(rolesField().getValue()).containsExactly(Role.ATTENDEE);
        _setValue(rolesField(), EnumSet.of(Role.ORGANIZER, Role.ATTENDEE));
        _click(_get(dialog, Button.class, s -> s.withText("Speichern")));

        NotificationsKt.expectNotifications("Rollen von Anna Attendee gespeichert.");
        assertThat(dialog.isOpened()).isFalse();
        assertThat(GridKt._getFormatted(grid(), rowOf("Anna Attendee"), "roles")).isEqualTo("Organisation, Teilnehmende");
        assertThat(accounts.find(anna.id()).orElseThrow().roles()).containsExactlyInAnyOrder(Role.ORGANIZER, Role.ATTENDEE);
    }

    @Test
    void adminCannotTakeTheirOwnAdminRole() {
        login(Fixtures.ADMIN);
        UI.getCurrent().navigate("admin/people");

        _click((Button) GridKt._getCellComponent(grid(), rowOf("Ada Admin"), "actions"));
        _setValue(rolesField(), EnumSet.of(Role.ATTENDEE));
        _click(_get(_get(Dialog.class), Button.class, s -> s.withText("Speichern")));

        NotificationsKt.expectNotifications("Sie können sich die Administrationsrolle nicht selbst entziehen.");
        assertThat(accounts.me().roles()).contains(Role.ADMIN);
    }

    @Test
    void organizerIsRefused() {
        fixtures.person("Olga Organisator", Role.ORGANIZER);
        login("olga@test.example");
        UI.getCurrent().navigate("admin/people");

        assertThat(_get(H1.class).getText()).isEqualTo("Kein Zugriff");
        assertThat(_find(Grid.class)).isEmpty();
    }

    @Test
    void attendeeIsRefused() {
        fixtures.person("Anna Attendee");
        login("anna@test.example");
        UI.getCurrent().navigate("admin/people");

        assertThat(_get(H1.class).getText()).isEqualTo("Kein Zugriff");
        assertThat(_find(Grid.class)).isEmpty();
    }

    @Test
    void anonymousVisitorIsSentToLogin() {
        UI.getCurrent().navigate("admin/people");
        _get(LoginForm.class);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("login");
    }
}
