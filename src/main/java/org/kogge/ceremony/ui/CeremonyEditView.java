package org.kogge.ceremony.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dnd.GridDropLocation;
import com.vaadin.flow.component.grid.dnd.GridDropMode;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.kogge.ceremony.AgendaEntry;
import org.kogge.ceremony.AgendaItemForm;
import org.kogge.ceremony.AgreementForm;
import org.kogge.ceremony.CeremonyContent;
import org.kogge.ceremony.CeremonyService;
import org.kogge.ceremony.CeremonySettingsForm;
import org.kogge.ceremony.SignatoryEntry;
import org.kogge.ceremony.SignatoryForm;
import org.kogge.common.Formats;
import org.kogge.common.InvalidInputException;
import org.kogge.common.ui.Confirmations;
import org.kogge.common.ui.DialogFooters;
import org.kogge.common.ui.FormErrors;
import org.kogge.common.ui.OrganizerNavigation;
import org.kogge.common.ui.RequiredFields;

/**
 * The organizer's ceremony page: the agreement, the agenda (points must fit the event and not overlap; the service
 * says which point is in the way), the signatories in signing order (drag and drop, or the up and down buttons for
 * keyboards), and the invitation settings. Everything is checked again by the service.
 */
@Route("organize/events/:slug/ceremony")
@RolesAllowed({"ORGANIZER", "ADMIN"})
public class CeremonyEditView extends CeremonyOrganizerPage {

    private final Grid<AgendaEntry> agendaGrid = new Grid<>();
    private final Grid<SignatoryEntry> signatoryGrid = new Grid<>();
    private SignatoryEntry dragged;

    public CeremonyEditView(CeremonyService ceremonies, OrganizerNavigation navigation) {
        super(ceremonies, navigation, "ceremony.edit.heading", "ceremony.edit.title",
                "kogge-ceremony-edit");
    }

    @Override
    protected void build() {
        add(agreement(), agenda(), signatories(), settings());
        showContent(ceremony);
    }

    private void showContent(CeremonyContent c) {
        ceremony = c;
        agendaGrid.setItems(c.agenda());
        signatoryGrid.setItems(c.signatories());
    }

    // ---- agreement ------------------------------------------------------------------------------------------

    private Component agreement() {
        TextField title = new TextField(getTranslation("ceremony.agreement.title"));
        TextArea summary = new TextArea(getTranslation("ceremony.agreement.summary"));
        summary.setMaxLength(2000);
        TextField url = new TextField(getTranslation("ceremony.agreement.url"));
        url.setHelperText(getTranslation("ceremony.agreement.url.helper"));
        String slug = ceremony.slug();
        CeremonyForm<AgreementForm> edit = new CeremonyForm<>(AgreementForm.class, AgreementForm::new,
                () -> AgreementForm.of(ceremonies.forOrganizer(slug)), f -> ceremonies.saveAgreement(slug, f));
        edit.binder.forField(title).withNullRepresentation("").bind("title");
        edit.binder.forField(summary).withNullRepresentation("").bind("summary");
        edit.binder.forField(url).withNullRepresentation("").bind("url");
        edit.load(AgreementForm.of(ceremony));
        Button save = new Button(getTranslation("ceremony.agreement.save"), e -> {
            if (edit.save(this::run, "ceremony.agreement.saved", Map.of("title", title, "summary", summary, "url", url))) {
                edit.load(AgreementForm.of(ceremony));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(title, url, summary);
        form.setColspan(summary, 2);
        return section("ceremony.agreement.heading", edit.notice(), form, save);
    }

    // ---- agenda ---------------------------------------------------------------------------------------------

    private Component agenda() {
        agendaGrid.removeAllColumns();
        agendaGrid.addColumn(a -> Formats.time(a.startsAt(), ceremony.zone(), getLocale()) + " – "
                + Formats.time(a.endsAt(), ceremony.zone(), getLocale())).setKey("time")
                .setHeader(getTranslation("ceremony.agenda.col.time")).setAutoWidth(true).setFlexGrow(0);
        agendaGrid.addColumn(AgendaEntry::title).setKey("title").setHeader(getTranslation("ceremony.agenda.col.title"));
        agendaGrid.addColumn(AgendaEntry::speaker).setKey("speaker").setHeader(getTranslation("ceremony.agenda.col.speaker"));
        agendaGrid.addComponentColumn(a -> {
            Button edit = small(VaadinIcon.EDIT, getTranslation("ceremony.edit.edit.aria", a.title()),
                    () -> agendaDialog(a.id()));
            Button delete = small(VaadinIcon.TRASH, getTranslation("ceremony.edit.delete.aria", a.title()),
                    () -> confirmDelete(a.title(), () -> ceremonies.deleteAgendaItem(ceremony.slug(), a.id())));
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            return new HorizontalLayout(edit, delete);
        }).setKey("actions").setHeader(getTranslation("ceremony.edit.col.actions")).setAutoWidth(true).setFlexGrow(0);
        agendaGrid.setAllRowsVisible(true);
        agendaGrid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        agendaGrid.setAriaLabel(getTranslation("ceremony.agenda.heading"));
        Button add = new Button(getTranslation("ceremony.agenda.add"), VaadinIcon.PLUS.create(), e -> agendaDialog(null));
        Paragraph hint = new Paragraph(getTranslation("ceremony.agenda.hint",
                Formats.range(ceremony.startsAt(), ceremony.endsAt(), ceremony.zone(), getLocale())));
        return section("ceremony.agenda.heading", hint, agendaGrid, add);
    }

    private void agendaDialog(Long id) {
        DateTimePicker start = new DateTimePicker(getTranslation("ceremony.agenda.start"));
        start.setMin(ceremony.startsAt().atZone(ceremony.zone()).toLocalDateTime());
        start.setMax(ceremony.endsAt().atZone(ceremony.zone()).toLocalDateTime());
        start.setStep(java.time.Duration.ofMinutes(5));
        RequiredFields.withValidAria(start);
        IntegerField minutes = new IntegerField(getTranslation("ceremony.agenda.minutes"));
        minutes.setMin(1);
        minutes.setMax(600);
        minutes.setStepButtonsVisible(true);
        TextField title = new TextField(getTranslation("ceremony.agenda.title"));
        TextField speaker = new TextField(getTranslation("ceremony.agenda.speaker-name"));
        TextField office = new TextField(getTranslation("ceremony.agenda.speaker-office"));
        TextField city = new TextField(getTranslation("ceremony.agenda.speaker-city"));
        String slug = ceremony.slug();
        CeremonyForm<AgendaItemForm> edit = new CeremonyForm<>(AgendaItemForm.class, AgendaItemForm::new,
                () -> ceremonies.agendaForm(slug, id), f -> ceremonies.saveAgendaItem(slug, id, f));
        edit.binder.forField(start).asRequired(getTranslation("validation.required")).bind("start");
        edit.binder.forField(minutes).asRequired(getTranslation("validation.required")).bind("minutes");
        edit.binder.forField(title).bind("title");
        edit.binder.forField(speaker).withNullRepresentation("").bind("speakerName");
        edit.binder.forField(office).withNullRepresentation("").bind("speakerOffice");
        edit.binder.forField(city).withNullRepresentation("").bind("speakerCity");
        edit.load(id == null ? new AgendaItemForm(nextFreeStart(), 15, null, null, null, null)
                : ceremonies.agendaForm(slug, id));
        FormLayout form = new FormLayout(start, minutes, title, speaker, office, city);
        form.setColspan(title, 2);
        dialog(id == null ? "ceremony.agenda.add" : "ceremony.agenda.edit", edit, form, "ceremony.agenda.saved",
                Map.of("start", start, "minutes", minutes, "title", title, "speakerName", speaker,
                        "speakerOffice", office, "speakerCity", city));
        start.focus();
    }

    /** Right after the last point, or the start of the ceremony. */
    private LocalDateTime nextFreeStart() {
        var last = ceremony.agenda().isEmpty() ? ceremony.startsAt() : ceremony.agenda().get(ceremony.agenda().size() - 1).endsAt();
        return last.atZone(ceremony.zone()).toLocalDateTime();
    }

    // ---- signatories ----------------------------------------------------------------------------------------

    private Component signatories() {
        signatoryGrid.removeAllColumns();
        signatoryGrid.addColumn(SignatoryEntry::order).setKey("order").setHeader(getTranslation("ceremony.signatories.col.order"))
                .setAutoWidth(true).setFlexGrow(0);
        signatoryGrid.addColumn(SignatoryEntry::name).setKey("name").setHeader(getTranslation("ceremony.signatories.col.name"));
        signatoryGrid.addColumn(s -> s.office() == null ? "" : s.office()).setKey("office")
                .setHeader(getTranslation("ceremony.signatories.col.office"));
        signatoryGrid.addColumn(SignatoryEntry::organisation).setKey("organisation")
                .setHeader(getTranslation("ceremony.signatories.col.organisation"));
        signatoryGrid.addColumn(s -> s.isRepresented()
                        ? getTranslation("ceremony.signatories.represented-by", s.representedBy())
                        : getTranslation("ceremony.signatories.present")).setKey("presence")
                .setHeader(getTranslation("ceremony.signatories.col.presence"));
        signatoryGrid.addComponentColumn(this::signatoryActions).setKey("actions")
                .setHeader(getTranslation("ceremony.edit.col.actions")).setAutoWidth(true).setFlexGrow(0);
        signatoryGrid.setAllRowsVisible(true);
        signatoryGrid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        signatoryGrid.setAriaLabel(getTranslation("ceremony.signatories.heading"));
        signatoryGrid.setRowsDraggable(true);
        signatoryGrid.setDropMode(GridDropMode.BETWEEN);
        signatoryGrid.addDragStartListener(e -> dragged = e.getDraggedItems().isEmpty() ? null : e.getDraggedItems().get(0));
        signatoryGrid.addDragEndListener(e -> dragged = null);
        signatoryGrid.addDropListener(e -> {
            SignatoryEntry target = e.getDropTargetItem().orElse(null);
            if (dragged == null || target == null || dragged.id() == target.id()) {
                return;
            }
            List<Long> order = new ArrayList<>(ceremony.signatories().stream().map(SignatoryEntry::id).toList());
            order.remove(dragged.id());
            int at = order.indexOf(target.id()) + (e.getDropLocation() == GridDropLocation.BELOW ? 1 : 0);
            order.add(at, dragged.id());
            run(() -> ceremonies.reorderSignatories(ceremony.slug(), order), "ceremony.signatories.reordered", Map.of());
        });
        Button add = new Button(getTranslation("ceremony.signatories.add"), VaadinIcon.PLUS.create(),
                e -> signatoryDialog(null));
        return section("ceremony.signatories.heading", new Paragraph(getTranslation("ceremony.signatories.hint")),
                signatoryGrid, add);
    }

    private HorizontalLayout signatoryActions(SignatoryEntry s) {
        Button up = small(VaadinIcon.ARROW_UP, getTranslation("ceremony.signatories.up.aria", s.name()),
                () -> run(() -> ceremonies.moveSignatory(ceremony.slug(), s.id(), -1), "ceremony.signatories.reordered", Map.of()));
        up.setEnabled(s.order() > 1);
        Button down = small(VaadinIcon.ARROW_DOWN, getTranslation("ceremony.signatories.down.aria", s.name()),
                () -> run(() -> ceremonies.moveSignatory(ceremony.slug(), s.id(), 1), "ceremony.signatories.reordered", Map.of()));
        down.setEnabled(s.order() < ceremony.signatories().size());
        Button edit = small(VaadinIcon.EDIT, getTranslation("ceremony.edit.edit.aria", s.name()), () -> signatoryDialog(s.id()));
        Button delete = small(VaadinIcon.TRASH, getTranslation("ceremony.edit.delete.aria", s.name()),
                () -> confirmDelete(s.name(), () -> ceremonies.deleteSignatory(ceremony.slug(), s.id())));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        return new HorizontalLayout(up, down, edit, delete);
    }

    private void signatoryDialog(Long id) {
        TextField name = new TextField(getTranslation("ceremony.signatories.name"));
        TextField office = new TextField(getTranslation("ceremony.signatories.office"));
        office.setHelperText(getTranslation("ceremony.signatories.office.helper"));
        TextField organisation = new TextField(getTranslation("ceremony.signatories.organisation"));
        TextField representedBy = new TextField(getTranslation("ceremony.signatories.represented"));
        representedBy.setHelperText(getTranslation("ceremony.signatories.represented.helper"));
        String slug = ceremony.slug();
        CeremonyForm<SignatoryForm> edit = new CeremonyForm<>(SignatoryForm.class, SignatoryForm::new,
                () -> ceremonies.signatoryForm(slug, id), f -> ceremonies.saveSignatory(slug, id, f));
        edit.binder.forField(name).bind("name");
        edit.binder.forField(office).withNullRepresentation("").bind("office");
        edit.binder.forField(organisation).bind("organisation");
        edit.binder.forField(representedBy).withNullRepresentation("").bind("representedBy");
        edit.load(id == null ? new SignatoryForm() : ceremonies.signatoryForm(slug, id));
        dialog(id == null ? "ceremony.signatories.add" : "ceremony.signatories.edit", edit,
                new FormLayout(name, office, organisation, representedBy), "ceremony.signatories.saved",
                Map.of("name", name, "office", office, "organisation", organisation, "representedBy", representedBy));
        name.focus();
    }

    // ---- settings -------------------------------------------------------------------------------------------

    private Component settings() {
        DateTimePicker deadline = new DateTimePicker(getTranslation("ceremony.settings.deadline"));
        deadline.setHelperText(getTranslation("ceremony.settings.deadline.helper"));
        RequiredFields.withValidAria(deadline);
        deadline.setMax(ceremony.startsAt().atZone(ceremony.zone()).toLocalDateTime());
        IntegerField companions = new IntegerField(getTranslation("ceremony.settings.companions"));
        companions.setMin(0);
        companions.setMax(10);
        companions.setStepButtonsVisible(true);
        companions.setHelperText(getTranslation("ceremony.settings.companions.helper"));
        Checkbox open = new Checkbox(getTranslation("ceremony.settings.public"));
        open.setHelperText(getTranslation("ceremony.settings.public.helper"));
        String slug = ceremony.slug();
        CeremonyForm<CeremonySettingsForm> edit = new CeremonyForm<>(CeremonySettingsForm.class,
                CeremonySettingsForm::new, () -> CeremonySettingsForm.of(ceremonies.forOrganizer(slug)),
                f -> ceremonies.saveSettings(slug, f));
        edit.binder.forField(deadline).bind("rsvpDeadline");
        edit.binder.forField(companions).asRequired(getTranslation("validation.required")).bind("maxCompanions");
        edit.binder.forField(open).bind("openToPublic");
        edit.load(CeremonySettingsForm.of(ceremony));
        Button save = new Button(getTranslation("ceremony.settings.save"), e -> {
            if (edit.save(this::run, "ceremony.settings.saved", Map.of("rsvpDeadline", deadline, "maxCompanions", companions))) {
                edit.load(CeremonySettingsForm.of(ceremony));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(deadline, companions, open);
        return section("ceremony.settings.heading", edit.notice(), form, save);
    }

    // ---- helpers --------------------------------------------------------------------------------------------

    private VerticalLayout section(String headingKey, Component... parts) {
        VerticalLayout s = new VerticalLayout();
        s.addClassNames("kogge-card", "kogge-ceremony-edit-section");
        s.setPadding(true);
        s.add(new H2(getTranslation(headingKey)));
        s.add(parts);
        return s;
    }

    /** A dialog for one agenda point or signatory: the form, then Cancel and Save; Save closes it once saved. */
    private void dialog(String titleKey, CeremonyForm<?> edit, FormLayout form, String successKey,
                        Map<String, ? extends HasValidation> fields) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(titleKey));
        Button save = new Button(getTranslation("ceremony.edit.save"), e -> {
            if (edit.save(this::run, successKey, fields)) {
                dialog.close();
            }
        });
        dialog.add(edit.notice(), form);
        DialogFooters.cancelThen(dialog, getTranslation("ceremony.edit.cancel"), save);
        dialog.open();
    }

    private Button small(VaadinIcon icon, String aria, Runnable onClick) {
        Button b = new Button(icon.create(), e -> onClick.run());
        b.addThemeVariants(ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_TERTIARY);
        b.setAriaLabel(aria);
        b.setTooltipText(aria);
        return b;
    }

    private void confirmDelete(String what, Supplier<CeremonyContent> delete) {
        Confirmations.destructive(getTranslation("ceremony.edit.delete.title", what),
                getTranslation("ceremony.edit.delete.text"), getTranslation("ceremony.edit.cancel"),
                getTranslation("ceremony.edit.delete"), () -> run(delete, "ceremony.edit.deleted", Map.of()));
    }

    /**
     * Runs a change; on success shows the new state and a note, on refusal the problems beside the fields. A change
     * that gives nothing back was refused because someone else saved first: its form says so, the lists show what is
     * stored now.
     */
    private boolean run(Supplier<CeremonyContent> change, String successKey, Map<String, ? extends HasValidation> fields) {
        try {
            CeremonyContent changed = change.get();
            if (changed == null) {
                showContent(ceremonies.forOrganizer(ceremony.slug()));
                return false;
            }
            showContent(changed);
            FormErrors.success(getTranslation(successKey));
            return true;
        } catch (InvalidInputException e) {
            FormErrors.show(this, e, fields);
            if (e.problems().stream().anyMatch(p -> "ceremony.signatories.changed".equals(p.messageKey()))) {
                showContent(ceremonies.forOrganizer(ceremony.slug()));
            }
            return false;
        }
    }
}
