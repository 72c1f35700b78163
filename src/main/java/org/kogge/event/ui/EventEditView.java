package org.kogge.event.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import org.kogge.common.InvalidInputException;
import org.kogge.common.Markdown;
import org.kogge.event.EventDetails;
import org.kogge.event.EventForm;
import org.kogge.event.EventKind;
import org.kogge.event.EventService;
import org.kogge.event.EventState;
import org.kogge.network.CityDto;
import org.kogge.network.NetworkService;
import org.kogge.common.ui.FormErrors;

/**
 * Creates ({@code organize/events/new}) or edits an event, moves it through its states and adds co-organizers.
 * The service checks the rules and who may edit; this view shows what it refuses beside the fields.
 */
@Route("organize/events/:slug")
@RolesAllowed({"ORGANIZER", "ADMIN"})
public class EventEditView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String NEW = "new";

    private final EventService events;
    private final List<CityDto> cities;

    private final H2 heading = new H2();
    private final TextField title = new TextField();
    private final TextField slug = new TextField();
    private final RadioButtonGroup<EventKind> kind = new RadioButtonGroup<>();
    private final TextField teaser = new TextField();
    private final TextArea description = new TextArea();
    private final Div preview = new Div();
    private final ComboBox<CityDto> hostCity = new ComboBox<>();
    private final TextField venueName = new TextField();
    private final TextField venueAddress = new TextField();
    private final DateTimePicker start = new DateTimePicker();
    private final DateTimePicker end = new DateTimePicker();
    private final IntegerField capacity = new IntegerField();
    private final DateTimePicker registrationOpens = new DateTimePicker();
    private final DateTimePicker registrationCloses = new DateTimePicker();
    private final Button save = new Button();
    private final BeanValidationBinder<EventForm> binder = new BeanValidationBinder<>(EventForm.class);
    private final Map<String, HasValidation> fields;

    private final VerticalLayout stateSection = new VerticalLayout();
    private final VerticalLayout organizerSection = new VerticalLayout();
    private final HorizontalLayout headerActions = new HorizontalLayout();

    /** The slug the event has now; {@code null} while creating. */
    private String currentSlug;
    private EventDetails details;
    /** Once the person types a slug, the title no longer changes it. */
    private boolean slugEdited;
    private boolean settingSlug;

    public EventEditView(EventService events, NetworkService network) {
        this.events = events;
        this.cities = network.cities();
        addClassName("kogge-page");
        setPadding(false);

        configureFields();
        bind();
        fields = Map.ofEntries(Map.entry("title", title), Map.entry("slug", slug), Map.entry("kind", kind),
                Map.entry("teaser", teaser), Map.entry("description", description), Map.entry("hostCityId", hostCity),
                Map.entry("venueName", venueName), Map.entry("venueAddress", venueAddress), Map.entry("start", start),
                Map.entry("end", end), Map.entry("capacity", capacity),
                Map.entry("registrationOpens", registrationOpens), Map.entry("registrationCloses", registrationCloses));

        save.setText(getTranslation("common.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setDisableOnClick(true);
        save.addClickListener(e -> save());

        Details previewBox = new Details(getTranslation("event.edit.preview"), preview);
        previewBox.setOpened(true);
        preview.addClassName("kogge-preview");

        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        form.add(title, slug, kind, hostCity, teaser);
        form.setColspan(teaser, 2);
        form.add(description, 2);
        form.add(previewBox, 2);
        form.add(venueName, venueAddress, start, end, registrationOpens, registrationCloses, capacity);

        headerActions.setWrap(true);
        headerActions.setAlignItems(FlexComponent.Alignment.BASELINE);
        stateSection.setPadding(false);
        organizerSection.setPadding(false);

        add(heading, headerActions, stateSection, form, save, organizerSection);
    }

    private void configureFields() {
        title.setLabel(getTranslation("event.field.title"));
        title.setMaxLength(EventForm.TITLE_MAX);
        title.addValueChangeListener(e -> titleChanged());

        slug.setLabel(getTranslation("event.field.slug"));
        slug.setHelperText(getTranslation("event.field.slug.help"));
        slug.setMaxLength(EventForm.SLUG_MAX);
        slug.addValueChangeListener(e -> {
            if (!settingSlug) {
                slugEdited = true;
            }
        });

        kind.setLabel(getTranslation("event.field.kind"));
        kind.setItems(EventKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.messageKey()));

        teaser.setLabel(getTranslation("event.field.teaser"));
        teaser.setHelperText(getTranslation("event.field.teaser.help"));
        teaser.setMaxLength(EventForm.TEASER_MAX);

        description.setLabel(getTranslation("event.field.description"));
        description.setHelperText(getTranslation("event.field.description.help"));
        description.setMaxLength(EventForm.DESCRIPTION_MAX);
        description.setMinHeight("12em");
        description.setValueChangeMode(ValueChangeMode.LAZY);
        description.addValueChangeListener(e -> showPreview(e.getValue()));

        hostCity.setLabel(getTranslation("event.field.host-city"));
        hostCity.setItems(cities);
        hostCity.setItemLabelGenerator(CityDto::name);

        venueName.setLabel(getTranslation("event.field.venue-name"));
        venueAddress.setLabel(getTranslation("event.field.venue-address"));

        for (DateTimePicker picker : List.of(start, end, registrationOpens, registrationCloses)) {
            picker.setLocale(getLocale());
        }
        start.setLabel(getTranslation("event.field.start"));
        end.setLabel(getTranslation("event.field.end"));
        registrationOpens.setLabel(getTranslation("event.field.registration-opens"));
        registrationOpens.setHelperText(getTranslation("event.field.optional"));
        registrationCloses.setLabel(getTranslation("event.field.registration-closes"));
        registrationCloses.setHelperText(getTranslation("event.field.optional"));
        // Choosing the start suggests an end on the same day, the usual case for barcamps and ceremonies.
        start.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null && end.isEmpty()) {
                end.setValue(e.getValue().plusHours(8));
            }
        });

        capacity.setLabel(getTranslation("event.field.capacity"));
        capacity.setMin(1);
        capacity.setMax(100_000);
        capacity.setStepButtonsVisible(true);
    }

    private void bind() {
        binder.forField(title).bind("title");
        binder.forField(slug).withNullRepresentation("").bind("slug");
        binder.forField(kind).bind("kind");
        binder.forField(teaser).bind("teaser");
        binder.forField(description).bind("description");
        binder.forField(hostCity)
                .withConverter(c -> c == null ? null : c.id(), this::cityById)
                .bind("hostCityId");
        binder.forField(venueName).bind("venueName");
        binder.forField(venueAddress).bind("venueAddress");
        binder.forField(start).bind("start");
        binder.forField(end).bind("end");
        binder.forField(capacity).bind("capacity");
        binder.forField(registrationOpens).bind("registrationOpens");
        binder.forField(registrationCloses).bind("registrationCloses");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String param = event.getRouteParameters().get("slug").orElse(NEW);
        if (NEW.equals(param)) {
            currentSlug = null;
            details = null;
            EventForm blank = new EventForm();
            blank.setKind(EventKind.BARCAMP);
            load(blank);
        } else {
            // Both calls refuse an event the caller may not edit (AccessDeniedException → "not allowed" page).
            EventForm form = events.formFor(param);
            currentSlug = param;
            details = events.details(param);
            load(form);
        }
    }

    private void load(EventForm form) {
        settingSlug = true;
        try {
            binder.readBean(form);
        } finally {
            settingSlug = false;
        }
        slugEdited = currentSlug != null;
        for (HasValidation f : fields.values()) {
            f.setInvalid(false);
        }
        showPreview(form.getDescription());
        heading.setText(currentSlug == null ? getTranslation("event.edit.new-heading")
                : getTranslation("event.edit.heading", details.title()));
        showHeaderActions();
        showState();
        showOrganizers();
    }

    private void titleChanged() {
        if (slugEdited || settingSlug) {
            return;
        }
        String t = title.getValue();
        settingSlug = true;
        try {
            slug.setValue(t == null || t.isBlank() ? "" : events.suggestSlug(t));
        } finally {
            settingSlug = false;
        }
    }

    private void showPreview(String markdown) {
        preview.removeAll();
        if (markdown == null || markdown.isBlank()) {
            Paragraph nothing = new Paragraph(getTranslation("event.edit.preview.empty"));
            nothing.addClassName("kogge-muted");
            preview.add(nothing);
        } else {
            preview.add(new Html(Markdown.toSafeHtml(markdown)));
        }
    }

    private void save() {
        try {
            EventForm form = new EventForm();
            if (!binder.writeBeanIfValid(form)) {
                FormErrors.error(getTranslation("error.form-invalid"));
                return;
            }
            boolean creating = currentSlug == null;
            EventDetails saved = creating ? events.create(form) : events.update(currentSlug, form);
            FormErrors.success(getTranslation(creating ? "event.edit.created" : "event.edit.saved", saved.title()));
            if (saved.slug().equals(currentSlug)) {
                details = saved;
                load(events.formFor(saved.slug()));
            } else {
                UI.getCurrent().navigate("organize/events/" + saved.slug());
            }
        } catch (InvalidInputException e) {
            FormErrors.show(this, e, fields);
        } finally {
            save.setEnabled(true);
        }
    }

    private void showHeaderActions() {
        headerActions.removeAll();
        headerActions.add(new RouterLink(getTranslation("event.edit.back"), OrganizeView.class));
        if (details != null) {
            headerActions.add(new RouterLink(getTranslation("event.edit.public-page"), EventDetailView.class,
                    new RouteParameters("slug", details.slug())));
        }
        if (details != null && details.kind() == EventKind.BARCAMP) {
            // The schedule's pages by route (the schedule feature depends on events, not the other way round).
            headerActions.add(new com.vaadin.flow.component.html.Anchor("organize/events/" + details.slug() + "/rooms",
                    getTranslation("schedule.section.rooms")));
            headerActions.add(new com.vaadin.flow.component.html.Anchor("organize/events/" + details.slug() + "/schedule",
                    getTranslation("schedule.section.planner")));
        }
    }

    private void showState() {
        stateSection.removeAll();
        stateSection.setVisible(details != null);
        if (details == null) {
            return;
        }
        Span state = new Span(getTranslation("event.edit.state", getTranslation(details.state().messageKey())));
        state.addClassNames("kogge-badge", "kogge-badge-state");
        if (details.state() == EventState.CANCELLED) {
            state.addClassName("kogge-badge-cancelled");
        }
        HorizontalLayout actions = new HorizontalLayout(state);
        actions.setWrap(true);
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        EventState now = details.state();
        if (now.next().contains(EventState.PUBLISHED)) {
            Button publish = new Button(getTranslation("event.action.publish"), VaadinIcon.GLOBE.create(),
                    e -> changeState(EventState.PUBLISHED));
            publish.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
            publish.setDisableOnClick(true);
            actions.add(publish);
        }
        if (now.next().contains(EventState.CANCELLED)) {
            Button cancel = new Button(getTranslation("event.action.cancel"), VaadinIcon.BAN.create(),
                    e -> confirmCancel());
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(cancel);
        }
        if (now.next().contains(EventState.ARCHIVED)) {
            Button archive = new Button(getTranslation("event.action.archive"), VaadinIcon.ARCHIVE.create(),
                    e -> changeState(EventState.ARCHIVED));
            archive.setDisableOnClick(true);
            actions.add(archive);
        }
        stateSection.add(actions);
        if (now == EventState.DRAFT) {
            Paragraph hint = new Paragraph(getTranslation("event.edit.draft-hint"));
            hint.addClassName("kogge-muted");
            stateSection.add(hint);
        }
    }

    private void confirmCancel() {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("event.cancel.confirm.title"));
        dialog.setText(getTranslation("event.cancel.confirm.text", details.title()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("event.cancel.confirm.keep"));
        dialog.setConfirmText(getTranslation("event.action.cancel"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> changeState(EventState.CANCELLED));
        dialog.open();
    }

    private void changeState(EventState next) {
        try {
            details = events.changeState(currentSlug, next);
            FormErrors.success(getTranslation("event.edit.state-changed", getTranslation(next.messageKey())));
        } catch (InvalidInputException e) {
            FormErrors.show(this, e, Map.of());
            details = events.details(currentSlug);
        }
        showState();
    }

    private void showOrganizers() {
        organizerSection.removeAll();
        organizerSection.setVisible(details != null);
        if (details == null) {
            return;
        }
        UnorderedList names = new UnorderedList();
        details.organizers().forEach(n -> names.add(new ListItem(n)));
        EmailField email = new EmailField(getTranslation("event.organizers.email"));
        email.setHelperText(getTranslation("event.organizers.email.help"));
        email.setWidth("20em");
        Button add = new Button(getTranslation("event.organizers.add"), VaadinIcon.PLUS.create());
        add.setDisableOnClick(true);
        add.addClickListener(e -> {
            try {
                details = events.addOrganizerByEmail(currentSlug, email.getValue());
                FormErrors.success(getTranslation("event.organizers.added", email.getValue().strip()));
                showOrganizers();
            } catch (InvalidInputException ex) {
                FormErrors.show(this, ex, Map.of("organizer", email));
            } finally {
                add.setEnabled(true);
            }
        });
        HorizontalLayout addRow = new HorizontalLayout(email, add);
        addRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        addRow.setWrap(true);
        organizerSection.add(new H3(getTranslation("event.organizers.heading")), names, addRow);
    }

    private CityDto cityById(Long id) {
        return id == null ? null : cities.stream().filter(c -> c.id().equals(id)).findFirst().orElse(null);
    }

    @Override
    public String getPageTitle() {
        String text = details == null ? getTranslation("event.edit.new-heading")
                : getTranslation("event.edit.heading", details.title());
        return text + " · " + getTranslation("app.name");
    }
}
