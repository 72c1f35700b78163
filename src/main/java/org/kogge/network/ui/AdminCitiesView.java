package org.kogge.network.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import org.kogge.common.InvalidInputException;
import org.kogge.common.ui.Confirmations;
import org.kogge.common.ui.DialogFooters;
import org.kogge.common.ui.PageTitles;
import org.kogge.common.ui.RowButton;
import org.kogge.network.CityDto;
import org.kogge.network.CityForm;
import org.kogge.network.NetworkService;
import org.kogge.common.ui.FormErrors;
import org.kogge.common.ui.RequiredFields;
import org.springframework.data.domain.PageRequest;

/** Admins name the network and keep its list of cities (members and guest cities). */
@Route("admin/cities")
@RolesAllowed("ADMIN")
@Menu(order = 110, title = "nav.admin-cities", icon = "BUILDING")
public class AdminCitiesView extends VerticalLayout implements HasDynamicTitle {

    private final NetworkService network;
    private final TextField networkName = new TextField();
    private final Grid<CityDto> grid = new Grid<>(CityDto.class, false);

    public AdminCitiesView(NetworkService network) {
        this.network = network;
        addClassName("kogge-page");

        networkName.setLabel(getTranslation("network.name"));
        networkName.setValue(network.networkName());
        networkName.setWidth("24em");
        Button rename = new Button(getTranslation("network.rename"), e -> rename());
        HorizontalLayout nameRow = new HorizontalLayout(networkName, rename);
        nameRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        nameRow.addClassName("kogge-field-row");

        grid.addColumn(CityDto::name).setHeader(getTranslation("city.name")).setKey("name").setAutoWidth(true);
        grid.addColumn(CityDto::state).setHeader(getTranslation("city.state")).setAutoWidth(true);
        grid.addColumn(c -> getTranslation(c.member() ? "city.member.yes" : "city.member.no"))
                .setHeader(getTranslation("city.member")).setKey("member");
        grid.addComponentColumn(this::actions).setHeader(getTranslation("city.actions")).setKey("actions").setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItems(q -> network.cities(PageRequest.of(q.getPage(), q.getPageSize())).stream(),
                q -> (int) network.countCities());
        grid.setHeight("28em");
        grid.setAriaLabel(getTranslation("city.heading"));

        Button add = new Button(getTranslation("city.add"), VaadinIcon.PLUS.create(), e -> edit(null));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        add(new H1(getTranslation("nav.admin-cities")), nameRow, new H2(getTranslation("city.heading")), add, grid);
    }

    private HorizontalLayout actions(CityDto city) {
        Button edit = RowButton.of(getTranslation("common.edit"), getTranslation("city.edit.aria", city.name()),
                () -> edit(city));
        Button delete = RowButton.danger(getTranslation("common.delete"),
                getTranslation("city.delete.aria", city.name()), () -> confirmDelete(city));
        HorizontalLayout actions = new HorizontalLayout(edit, delete);
        actions.setSpacing(false);
        return actions;
    }

    private void rename() {
        try {
            network.renameNetwork(networkName.getValue());
            networkName.setInvalid(false);
            networkName.setValue(network.networkName());
            FormErrors.success(getTranslation("network.renamed"));
        } catch (InvalidInputException e) {
            FormErrors.show(this, e, Map.of("name", networkName));
        }
    }

    /** Adds a city ({@code city == null}) or edits one, in a dialog. */
    private void edit(CityDto city) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(city == null ? "city.dialog.new" : "city.dialog.edit"));
        TextField name = new TextField(getTranslation("city.name"));
        TextField state = new TextField(getTranslation("city.state"));
        Checkbox member = new Checkbox(getTranslation("city.member"));
        BeanValidationBinder<CityForm> binder = RequiredFields.binder(CityForm.class);
        binder.forField(name).bind("name");
        binder.forField(state).bind("state");
        binder.forField(member).bind("member");
        binder.readBean(city == null ? new CityForm() : new CityForm(city.name(), city.state(), city.member()));
        FormLayout form = new FormLayout(name, state, member);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        dialog.add(form);

        Button save = new Button(getTranslation("common.save"), e -> {
            CityForm bean = new CityForm();
            if (!binder.writeBeanIfValid(bean)) {
                return;
            }
            try {
                CityDto saved = network.saveCity(city == null ? null : city.id(), bean);
                dialog.close();
                grid.getDataProvider().refreshAll();
                FormErrors.success(getTranslation("city.saved", saved.name()));
            } catch (InvalidInputException ex) {
                FormErrors.show(this, ex, Map.of("name", name, "state", state));
            }
        });
        DialogFooters.cancelThen(dialog, getTranslation("common.cancel"), save);
        dialog.open();
        name.focus();
    }

    private void confirmDelete(CityDto city) {
        Confirmations.destructive(getTranslation("city.delete.confirm.title"),
                getTranslation("city.delete.confirm.text", city.name()), getTranslation("common.cancel"),
                getTranslation("common.delete"), () -> delete(city));
    }

    private void delete(CityDto city) {
        FormErrors.attempt(this, () -> {
            network.deleteCity(city.id());
            grid.getDataProvider().refreshAll();
        }, getTranslation("city.deleted", city.name()));
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("nav.admin-cities"));
    }
}
