package org.kogge.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.grid.GridVariant;
import org.kogge.common.ui.DialogFooters;
import org.kogge.common.ui.FoldingColumns;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.stream.Collectors;
import org.kogge.account.AccountService;
import org.kogge.account.PersonDto;
import org.kogge.account.Role;
import org.kogge.common.InvalidInputException;
import org.kogge.common.ui.FormErrors;
import org.kogge.common.ui.PageTitles;
import org.kogge.common.ui.RowButton;
import org.springframework.data.domain.PageRequest;

/** Admins find people and grant or take their roles. */
@Route("admin/people")
@RolesAllowed("ADMIN")
@Menu(order = 100, title = "nav.admin-people", icon = "USERS")
public class AdminPeopleView extends VerticalLayout implements HasDynamicTitle {

    private final AccountService accounts;
    private final TextField search = new TextField();
    private final Grid<PersonDto> grid = new Grid<>(PersonDto.class, false);

    public AdminPeopleView(AccountService accounts) {
        this.accounts = accounts;
        addClassName("kogge-page");
        setHeightFull();

        search.setLabel(getTranslation("account.people.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        search.setWidth("24em");
        search.setMaxWidth("100%");

        grid.addColumn(PersonDto::displayName).setHeader(getTranslation("account.field.name")).setKey("name")
                .setAutoWidth(true);
        // On a phone email, organisation and city fold into the row's details.
        FoldingColumns.of(grid)
                .fold(grid.addColumn(PersonDto::email).setHeader(getTranslation("account.field.email")).setKey("email")
                        .setAutoWidth(true), PersonDto::email)
                .fold(grid.addColumn(PersonDto::organisation).setHeader(getTranslation("account.field.organisation"))
                        .setKey("organisation"), PersonDto::organisation)
                .fold(grid.addColumn(PersonDto::cityName).setHeader(getTranslation("account.field.city"))
                        .setKey("city"), PersonDto::cityName);
        grid.addColumn(this::roleLabels).setHeader(getTranslation("account.people.roles")).setKey("roles");
        grid.addComponentColumn(p -> RowButton.of(getTranslation("account.people.edit-roles"),
                        getTranslation("account.people.edit-roles.aria", p.displayName()), () -> editRoles(p)))
                .setHeader(getTranslation("account.people.actions")).setKey("actions").setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItems(q -> accounts.people(search.getValue(), PageRequest.of(q.getPage(), q.getPageSize())).stream(),
                q -> (int) accounts.countPeople(search.getValue()));
        grid.setHeight("32em");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);      // organisation, city and roles wrap, never cut
        grid.setAriaLabel(getTranslation("nav.admin-people"));

        add(new H1(getTranslation("nav.admin-people")), search, grid);
    }

    private String roleLabels(PersonDto p) {
        return p.roles().stream().sorted().map(r -> getTranslation(r.messageKey())).collect(Collectors.joining(", "));
    }

    private void editRoles(PersonDto person) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("account.people.roles.title", person.displayName()));
        CheckboxGroup<Role> roles = new CheckboxGroup<>(getTranslation("account.people.roles"));
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(r -> getTranslation(r.messageKey()));
        roles.setItemEnabledProvider(r -> r != Role.ATTENDEE);
        roles.setHelperText(getTranslation("account.people.roles.help"));
        roles.setValue(person.roles());
        dialog.add(roles);
        Button save = new Button(getTranslation("common.save"), e -> {
            try {
                PersonDto saved = accounts.setRoles(person.id(), roles.getValue());
                dialog.close();
                grid.getDataProvider().refreshAll();
                FormErrors.success(getTranslation("account.people.roles.saved", saved.displayName()));
            } catch (InvalidInputException ex) {
                FormErrors.show(this, ex, Map.of());
            }
        });
        DialogFooters.cancelThen(dialog, getTranslation("common.cancel"), save);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("nav.admin-people"));
    }
}
