package org.kogge.network.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.kogge.testing.Karibu._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.kogge.account.Role;
import org.kogge.network.CityDto;
import org.kogge.network.NetworkService;
import org.kogge.testing.Fixtures;
import org.kogge.testing.KaribuTestBase;
import org.springframework.beans.factory.annotation.Autowired;

class AdminCitiesViewKT extends KaribuTestBase {

    @Autowired
    NetworkService network;

    @SuppressWarnings("unchecked")
    private Grid<CityDto> grid() {
        return _get(Grid.class);
    }

    private List<List<String>> rows() {
        Grid<CityDto> grid = grid();
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> List.of(
                GridKt._getFormatted(grid, i, "name"), GridKt._getFormatted(grid, i, "member"))).toList();
    }

    private void openAsAdmin() {
        login(Fixtures.ADMIN);
        UI.getCurrent().navigate("admin/cities");
    }

    private Button rowButton(String city, String text) {
        Grid<CityDto> grid = grid();
        int row = IntStream.range(0, GridKt._size(grid)).filter(i -> GridKt._get(grid, i).name().equals(city))
                .findFirst().orElseThrow();
        return _get(GridKt._getCellComponent(grid, row, "actions"), Button.class, s -> s.withText(text));
    }

    @Test
    void adminAddsAGuestCity() {
        openAsAdmin();
        assertThat(rows()).containsExactly(List.of("Lübeck", "Ja"));

        _click(_get(Button.class, s -> s.withText("Stadt hinzufügen")));
        Dialog dialog = _get(Dialog.class);
        assertThat(dialog.getHeaderTitle()).isEqualTo("Neue Stadt");
        _setValue(_get(dialog, TextField.class, s -> s.withLabel("Name")), "Hamburg");
        _setValue(_get(dialog, TextField.class, s -> s.withLabel("Bundesland")), "Hamburg");
        _setValue(_get(dialog, Checkbox.class, s -> s.withLabel("Mitglied des Netzwerks")), false);
        _click(_get(dialog, Button.class, s -> s.withText("Speichern")));

        NotificationsKt.expectNotifications("Hamburg gespeichert.");
        assertThat(dialog.isOpened()).isFalse();
        assertThat(rows()).containsExactly(List.of("Hamburg", "Nein, Gaststadt"), List.of("Lübeck", "Ja"));
        assertThat(network.cities()).filteredOn(CityDto::member).extracting(CityDto::name).containsExactly("Lübeck");
    }

    @Test
    void duplicateNameIsMarkedBesideTheField() {
        openAsAdmin();
        _click(_get(Button.class, s -> s.withText("Stadt hinzufügen")));
        Dialog dialog = _get(Dialog.class);
        TextField name = _get(dialog, TextField.class, s -> s.withLabel("Name"));
        _setValue(name, " lübeck ");
        _click(_get(dialog, Button.class, s -> s.withText("Speichern")));

        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Eine Stadt mit diesem Namen gibt es schon.");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(rows()).hasSize(1);
    }

    @Test
    void adminRenamesACity() {
        openAsAdmin();
        _click(rowButton("Lübeck", "Bearbeiten"));
        Dialog dialog = _get(Dialog.class);
        TextField name = _get(dialog, TextField.class, s -> s.withLabel("Name"));
        assertThat(name.getValue()).isEqualTo("Lübeck");
        _setValue(name, "Hansestadt Lübeck");
        _click(_get(dialog, Button.class, s -> s.withText("Speichern")));

        assertThat(rows()).containsExactly(List.of("Hansestadt Lübeck", "Ja"));
    }

    @Test
    void cityInUseCannotBeDeletedButAnUnusedOneCan() {
        fixtures.city("Kiel");
        fixtures.person("Anna Attendee");          // lives in Lübeck
        openAsAdmin();

        _click(rowButton("Lübeck", "Löschen"));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        NotificationsKt.expectNotifications("Diese Stadt gehört noch zu Personen oder Veranstaltungen und kann nicht "
                + "gelöscht werden. Sie können sie stattdessen als Gaststadt führen (nicht Mitglied).");
        assertThat(rows()).extracting(r -> r.get(0)).containsExactly("Kiel", "Lübeck");

        _click(rowButton("Kiel", "Löschen"));
        ConfirmDialog confirm = _find(ConfirmDialog.class).stream().filter(ConfirmDialog::isOpened).findFirst()
                .orElseThrow();
        assertThat(ConfirmDialogKt.getText(confirm)).isEqualTo("Kiel wird aus der Liste gelöscht.");
        ConfirmDialogKt._fireConfirm(confirm);
        NotificationsKt.expectNotifications("Kiel gelöscht.");
        assertThat(rows()).extracting(r -> r.get(0)).containsExactly("Lübeck");
    }

    @Test
    void adminRenamesTheNetwork() {
        openAsAdmin();
        TextField name = _get(TextField.class, s -> s.withLabel("Name des Netzwerks"));
        _setValue(name, "  Smarte Hanse ");
        _click(_get(Button.class, s -> s.withText("Namen speichern")));

        NotificationsKt.expectNotifications("Name des Netzwerks gespeichert.");
        assertThat(network.networkName()).isEqualTo("Smarte Hanse");
        assertThat(name.getValue()).isEqualTo("Smarte Hanse");

        _setValue(name, "");
        _click(_get(Button.class, s -> s.withText("Namen speichern")));
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Bitte ausfüllen.");
        assertThat(network.networkName()).isEqualTo("Smarte Hanse");
    }

    @Test
    void organizerIsRefused() {
        fixtures.person("Olga Organisator", Role.ORGANIZER);
        login("olga@test.example");
        UI.getCurrent().navigate("admin/cities");

        assertThat(_get(H1.class).getText()).isEqualTo("Kein Zugriff");
        assertThat(_find(Grid.class)).isEmpty();
    }

    @Test
    void anonymousVisitorIsSentToLogin() {
        UI.getCurrent().navigate("admin/cities");
        _get(LoginForm.class);
    }
}
