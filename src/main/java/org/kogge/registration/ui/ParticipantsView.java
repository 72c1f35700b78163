package org.kogge.registration.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.function.ValueProvider;
import org.kogge.common.ui.Confirmations;
import org.kogge.common.ui.CsvDownload;
import org.kogge.common.ui.EventSlug;
import org.kogge.common.ui.FilterSelect;
import org.kogge.common.ui.FoldingColumns;
import org.kogge.common.ui.PeopleGrid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.Map;
import org.kogge.common.Formats;
import org.kogge.common.InvalidInputException;
import org.kogge.common.ui.PageTitles;
import org.kogge.common.ui.RowButton;
import org.kogge.event.EventGate;
import org.kogge.event.EventKind;
import org.kogge.event.EventRef;
import org.kogge.registration.Participant;
import org.kogge.registration.RegistrationCounts;
import org.kogge.registration.RegistrationService;
import org.kogge.registration.RegistrationStatus;
import org.kogge.common.ui.FormErrors;
import org.kogge.common.ui.OrganizerHeader;
import org.kogge.common.ui.OrganizerNavigation;
import org.springframework.data.domain.PageRequest;

/**
 * The organizer's list of an event's participants: counts, the capacity (raising it lets the waitlist move up at
 * once), a lazy grid with a status filter and per-row actions, and a CSV export. The service refuses anyone who
 * does not organize this event; that refusal shows the "not allowed" page.
 */
@Route("organize/events/:slug/participants")
@RolesAllowed({"ORGANIZER", "ADMIN"})
public class ParticipantsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {


    private final transient RegistrationService registrations;
    private final transient EventGate events;
    private final OrganizerNavigation navigation;

    private String slug;
    private String eventTitle;
    private ZoneId zone;
    private EventKind kind;
    private final Span counts = new Span();
    private final IntegerField capacity = new IntegerField();
    private final Grid<Participant> grid = new Grid<>();
    private final FilterSelect<RegistrationStatus> filter = new FilterSelect<>(
            getTranslation("registration.participants.filter"), getTranslation("registration.participants.filter.all"),
            s -> getTranslation(s.messageKey()), () -> grid.getDataProvider().refreshAll());

    public ParticipantsView(RegistrationService registrations, EventGate events, OrganizerNavigation navigation) {
        this.registrations = registrations;
        this.events = events;
        this.navigation = navigation;
        addClassName("kogge-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String requested = EventSlug.of(event);
        EventRef terms = events.organized(requested);
        slug = terms.slug();
        eventTitle = terms.title();
        zone = terms.zone();
        kind = terms.kind();
        build();
    }

    private void build() {
        removeAll();
        OrganizerHeader header = navigation.header(this, getTranslation("registration.participants.heading", eventTitle),
                slug, kind).link("events/" + slug, getTranslation("registration.participants.back"));
        counts.addClassName("kogge-participants-counts");
        add(header, counts, capacityForm(), toolbar(), grid());
        showCounts(registrations.countsForOrganizer(slug));
    }

    // ---- counts and capacity --------------------------------------------------------------------------------

    private void showCounts(RegistrationCounts c) {
        String cap = c.capacity() == null ? getTranslation("registration.participants.unlimited")
                : getTranslation("registration.participants.number", c.capacity());
        counts.setText(getTranslation("registration.participants.counts", c.registered(), c.waitlisted(),
                c.cancelled(), cap));
        capacity.setValue(c.capacity());
        capacity.setInvalid(false);
    }

    private HorizontalLayout capacityForm() {
        capacity.setLabel(getTranslation("registration.participants.capacity"));
        capacity.setHelperText(getTranslation("registration.participants.capacity.helper"));
        capacity.setMin(1);
        capacity.setMax(100_000);
        capacity.setClearButtonVisible(true);
        capacity.setWidth("18rem");
        capacity.setI18n(new IntegerField.IntegerFieldI18n()
                .setBadInputErrorMessage(getTranslation("registration.participants.capacity.bad-input"))
                .setMinErrorMessage(getTranslation("event.capacity.range"))
                .setMaxErrorMessage(getTranslation("event.capacity.range")));
        Button apply = new Button(getTranslation("registration.participants.capacity.apply"), e -> changeCapacity());
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(capacity, apply);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.addClassName("kogge-field-row");
        return form;
    }

    private void changeCapacity() {
        Integer value = capacity.getValue();
        ValidationResult check = capacity.getDefaultValidator().apply(value, new ValueContext(capacity));
        if (check.isError()) {
            capacity.setErrorMessage(check.getErrorMessage());
            capacity.setInvalid(true);
            return;
        }
        long before = registrations.countsForOrganizer(slug).registered();
        try {
            RegistrationCounts after = registrations.changeCapacity(slug, value);
            showCounts(after);
            grid.getDataProvider().refreshAll();
            String saved = getTranslation("registration.participants.capacity.saved");
            long promoted = after.registered() - before;
            FormErrors.success(promoted > 0
                    ? saved + " " + getTranslation("registration.participants.capacity.promoted", promoted) : saved);
        } catch (InvalidInputException e) {
            FormErrors.show(this, e, Map.of("capacity", capacity));
        }
    }

    // ---- list -----------------------------------------------------------------------------------------------

    private HorizontalLayout toolbar() {
        filter.setItems(RegistrationStatus.values());

        String fileName = "teilnehmende-" + slug + ".csv";
        String currentSlug = slug;
        Anchor csv = CsvDownload.link(this, getTranslation("registration.participants.csv"), fileName,
                (locale, translate) -> registrations.exportCsv(currentSlug, locale, translate));
        csv.setDownload(true);
        csv.addClassName("kogge-participants-csv");
        var icon = VaadinIcon.DOWNLOAD_ALT.create();
        icon.setSize("var(--lumo-icon-size-s)");
        icon.getStyle().set("margin-inline-end", "var(--lumo-space-xs)");
        csv.addComponentAsFirst(icon);

        HorizontalLayout bar = new HorizontalLayout(filter, csv);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        return bar;
    }

    private Grid<Participant> grid() {
        grid.removeAllColumns();
        // The status comes right after the name, so it is on screen beside the pinned actions at 1366 px; email,
        // organisation and city share what is left and wrap.
        grid.addColumn(p -> text(p.displayName())).setKey("name")
                .setHeader(getTranslation("registration.participants.col.name")).setAutoWidth(true);
        grid.addColumn(this::statusText).setKey("status")
                .setHeader(getTranslation("registration.participants.col.status")).setAutoWidth(true);
        ValueProvider<Participant, String> joined = p -> Formats.dateTime(p.joinedAt(), zone, getLocale());
        ValueProvider<Participant, String> email = p -> text(p.email());
        ValueProvider<Participant, String> organisation = p -> text(p.organisation());
        ValueProvider<Participant, String> city = p -> text(p.city());
        // On a phone these four fold into the row's details.
        FoldingColumns.of(grid)
                .fold(grid.addColumn(joined).setKey("joined")
                        .setHeader(getTranslation("registration.participants.col.joined")).setAutoWidth(true), joined)
                .fold(grid.addColumn(email).setKey("email").setHeader(getTranslation("registration.participants.col.email"))
                        .setWidth("10rem").setFlexGrow(1), email)
                .fold(grid.addColumn(organisation).setKey("organisation")
                        .setHeader(getTranslation("registration.participants.col.organisation")).setWidth("9rem")
                        .setFlexGrow(1), organisation)
                .fold(grid.addColumn(city).setKey("city").setHeader(getTranslation("registration.participants.col.city"))
                        .setWidth("7rem").setFlexGrow(1), city);
        PeopleGrid.finish(grid, this::actions, getTranslation("registration.participants.col.actions"),
                getTranslation("registration.participants.title"));
        grid.setItems(q -> registrations.participants(slug, filter.getValue(),
                        PageRequest.of(q.getPage(), q.getPageSize())).stream(),
                q -> (int) registrations.countParticipants(slug, filter.getValue()));
        return grid;
    }

    String statusText(Participant p) {
        return p.status() == RegistrationStatus.WAITLISTED
                ? getTranslation("registration.participants.status.waitlisted", p.waitlistPosition())
                : getTranslation(p.status().messageKey());
    }

    private HorizontalLayout actions(Participant p) {
        HorizontalLayout row = new HorizontalLayout();
        row.setSpacing(false);
        row.addClassName("kogge-participant-actions");
        if (p.status() == RegistrationStatus.CANCELLED) {
            return row;
        }
        String name = text(p.displayName());
        if (p.status() == RegistrationStatus.WAITLISTED) {
            row.add(action("registration.participants.promote", "registration.participants.promote.aria", name,
                    false, () -> run(() -> registrations.promote(slug, p.personId()),
                            getTranslation("registration.participants.promoted", name))));
        } else {
            row.add(action("registration.participants.to-waitlist", "registration.participants.to-waitlist.aria", name,
                    false, () -> confirm(getTranslation("registration.participants.to-waitlist.title", name),
                            getTranslation("registration.participants.to-waitlist.text"),
                            getTranslation("registration.participants.to-waitlist"),
                            () -> run(() -> registrations.moveToWaitlist(slug, p.personId()),
                                    getTranslation("registration.participants.moved", name)))));
        }
        row.add(action("registration.participants.remove", "registration.participants.remove.aria", name, true,
                () -> confirm(getTranslation("registration.participants.remove.title", name),
                        getTranslation("registration.participants.remove.text"),
                        getTranslation("registration.participants.remove"),
                        () -> run(() -> registrations.remove(slug, p.personId()),
                                getTranslation("registration.participants.removed", name)))));
        return row;
    }

    private Button action(String textKey, String ariaKey, String name, boolean danger, Runnable onClick) {
        String text = getTranslation(textKey);
        String aria = getTranslation(ariaKey, name);
        return danger ? RowButton.danger(text, aria, onClick) : RowButton.of(text, aria, onClick);
    }

    private void confirm(String header, String text, String confirmText, Runnable onConfirm) {
        Confirmations.destructive(header, text, getTranslation("registration.participants.keep"), confirmText,
                onConfirm);
    }

    /** Runs an organizer action, then shows the new counts and rows; a refusal becomes a notification. */
    private void run(Runnable change, String success) {
        FormErrors.attempt(this, change, success);
        showCounts(registrations.countsForOrganizer(slug));
        grid.getDataProvider().refreshAll();
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.ofEvent(this, eventTitle, "registration.participants.title",
                "registration.participants.heading");
    }
}
