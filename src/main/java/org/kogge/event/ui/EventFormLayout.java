package org.kogge.event.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.function.SerializableSupplier;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.kogge.common.Markdown;
import org.kogge.common.ui.ComponentTexts;
import org.kogge.common.ui.StaleEditGuard;
import org.kogge.common.ui.RequiredFields;
import org.kogge.event.EventForm;
import org.kogge.event.EventKind;
import org.kogge.network.CityDto;

/**
 * An event's fields bound to an {@link EventForm}: the slug follows the title until the person types one, the
 * description shows its Markdown preview, and a save refused because someone else saved first keeps the input and
 * marks what changed ({@link StaleEditGuard}).
 */
class EventFormLayout extends FormLayout {

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
    private final BeanValidationBinder<EventForm> binder = new BeanValidationBinder<>(EventForm.class);
    private final StaleEditGuard<EventForm> guard;
    private final Map<String, HasValidation> fields;

    private final List<CityDto> cities;
    private final SerializableFunction<String, String> suggestSlug;
    /** Once the person types a slug, the title no longer changes it. */
    private boolean slugEdited;
    private boolean settingSlug;

    /**
     * @param suggestSlug a free slug for a title
     * @param reload      the event's form as stored now (asked when a save is refused)
     */
    EventFormLayout(List<CityDto> cities, SerializableFunction<String, String> suggestSlug,
                    SerializableSupplier<EventForm> reload) {
        this.cities = cities;
        this.suggestSlug = suggestSlug;
        configureFields();
        bind();
        guard = new StaleEditGuard<>(binder, reload);
        guard.<Long>describe(hostCity, id -> {
            CityDto city = cityById(id);
            return city == null ? null : city.name();
        });
        fields = Map.ofEntries(Map.entry("title", title), Map.entry("slug", slug), Map.entry("kind", kind),
                Map.entry("teaser", teaser), Map.entry("description", description), Map.entry("hostCityId", hostCity),
                Map.entry("venueName", venueName), Map.entry("venueAddress", venueAddress), Map.entry("start", start),
                Map.entry("end", end), Map.entry("capacity", capacity),
                Map.entry("registrationOpens", registrationOpens), Map.entry("registrationCloses", registrationCloses));

        Details previewBox = new Details(getTranslation("event.edit.preview"), preview);
        previewBox.setOpened(true);
        preview.addClassName("kogge-preview");

        setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        add(guard.notice(), 2);
        add(title, slug, kind, hostCity, teaser);
        setColspan(teaser, 2);
        add(description, 2);
        add(previewBox, 2);
        add(venueName, venueAddress, start, end, registrationOpens, registrationCloses, capacity);
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
            ComponentTexts.dates(picker);
        }
        RequiredFields.withValidAria(start, end, registrationOpens, registrationCloses);
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

    /** Shows a stored event ({@code existing}: its slug stays unless the person changes it) or a blank one. */
    void load(EventForm form, boolean existing) {
        settingSlug = true;
        try {
            guard.load(form);
        } finally {
            settingSlug = false;
        }
        slugEdited = existing;
        for (HasValidation f : fields.values()) {
            f.setInvalid(false);
        }
        showPreview(form.getDescription());
    }

    /** The input as a form record, or {@code null} if a field is invalid (the field says why). */
    EventForm write() {
        EventForm form = new EventForm();
        return binder.writeBeanIfValid(form) ? form : null;
    }

    /** Saves with the version loaded; {@code null} if someone else saved first (the form then shows what changed). */
    <R> R save(EventForm form, Function<EventForm, R> save) {
        return guard.save(form, save);
    }

    /** The fields by the property names the service uses in its problems. */
    Map<String, HasValidation> fields() {
        return fields;
    }

    private void titleChanged() {
        if (slugEdited || settingSlug) {
            return;
        }
        String t = title.getValue();
        settingSlug = true;
        try {
            slug.setValue(t == null || t.isBlank() ? "" : suggestSlug.apply(t));
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
            preview.add(new Html(Markdown.toSafeHtml(markdown, Markdown.BELOW_PAGE_TITLE)));
        }
    }

    private CityDto cityById(Long id) {
        return id == null ? null : cities.stream().filter(c -> c.id().equals(id)).findFirst().orElse(null);
    }
}
