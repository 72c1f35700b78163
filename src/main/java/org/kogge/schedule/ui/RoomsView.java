package org.kogge.schedule.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.kogge.common.Formats;
import org.kogge.common.InvalidInputException;
import org.kogge.common.ui.FormErrors;
import org.kogge.schedule.DayPlanForm;
import org.kogge.schedule.RoomDto;
import org.kogge.schedule.RoomForm;
import org.kogge.schedule.ScheduleService;
import org.kogge.schedule.ScheduleSnapshot;
import org.kogge.schedule.ScheduledSession;
import org.kogge.schedule.SlotDto;
import org.kogge.schedule.SlotForm;
import org.kogge.schedule.SlotKind;

/**
 * The organizer defines a barcamp's rooms (name, capacity, notes, step-free; in column order) and, per day, its time
 * slots, one by one or generated for a whole day. Times are entered and shown in the event's zone. Removing a room
 * or slot that holds sessions says so first; those sessions go back to the planner's list.
 */
@Route("organize/events/:slug/rooms")
@RolesAllowed({"ORGANIZER", "ADMIN"})
public class RoomsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient ScheduleService schedule;

    private String slug;
    private String eventTitle;
    private ZoneId zone;
    private List<LocalDate> days = List.of();
    private final Grid<RoomDto> roomGrid = new Grid<>();
    private final VerticalLayout slotDays = new VerticalLayout();
    /** How many sessions each room ("r" + id) and slot ("s" + id) holds, for the removal question. */
    private Map<String, Integer> placedIn = new HashMap<>();
    private int roomCount;

    public RoomsView(ScheduleService schedule) {
        this.schedule = schedule;
        addClassName("kogge-page");
        addClassName("kogge-rooms");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String requested = event.getRouteParameters().get("slug").orElse("");
        ScheduleSnapshot s = schedule.planner(requested);
        slug = s.event().slug();
        eventTitle = s.event().title();
        zone = s.event().zone();
        days = schedule.days(slug);
        build();
        show(s);
    }

    private void build() {
        removeAll();
        var header = new org.kogge.common.ui.OrganizerHeader(getTranslation("schedule.rooms.heading", eventTitle))
                .link("organize/events/" + slug + "/schedule", getTranslation("schedule.rooms.to-planner"))
                .link("events/" + slug, getTranslation("schedule.back-to-event"));
        Paragraph zoneHint = new Paragraph(getTranslation("schedule.rooms.zone-hint", zone.getId()));
        zoneHint.addClassName("kogge-schedule-hint");

        Button addRoom = new Button(getTranslation("schedule.rooms.add"), e -> roomDialog(null));
        addRoom.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        roomGrid.removeAllColumns();
        roomGrid.addColumn(RoomDto::name).setKey("name").setHeader(getTranslation("schedule.rooms.col.name"))
                .setAutoWidth(true).setFlexGrow(1);
        roomGrid.addColumn(r -> r.capacity() == null ? getTranslation("schedule.rooms.capacity.unknown")
                        : String.valueOf(r.capacity())).setKey("capacity")
                .setHeader(getTranslation("schedule.rooms.col.capacity")).setAutoWidth(true);
        roomGrid.addColumn(r -> getTranslation(r.accessible() ? "schedule.rooms.step-free" : "schedule.rooms.not-step-free"))
                .setKey("access").setHeader(getTranslation("schedule.rooms.col.access")).setAutoWidth(true);
        roomGrid.addColumn(r -> r.notes() == null ? "" : r.notes()).setKey("notes")
                .setHeader(getTranslation("schedule.rooms.col.notes")).setFlexGrow(2);
        roomGrid.addComponentColumn(this::roomActions).setKey("actions")
                .setHeader(getTranslation("schedule.col.actions")).setAutoWidth(true).setFlexGrow(0);
        roomGrid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        roomGrid.setAllRowsVisible(true);
        roomGrid.setAriaLabel(getTranslation("schedule.rooms.title"));

        Button addSlot = new Button(getTranslation("schedule.slots.add"), e -> slotDialog(null, null));
        addSlot.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button generate = new Button(getTranslation("schedule.slots.generate"), e -> generateDialog());
        slotDays.setPadding(false);

        add(header, zoneHint,
                new H3(getTranslation("schedule.rooms.title")), addRoom, roomGrid,
                new H3(getTranslation("schedule.slots.title")), new HorizontalLayout(addSlot, generate), slotDays);
    }

    private void refresh() {
        show(schedule.planner(slug));
    }

    private void show(ScheduleSnapshot s) {
        roomCount = s.rooms().size();
        roomGrid.setItems(s.rooms());
        placedIn = new HashMap<>();
        for (ScheduledSession x : s.placed()) {
            placedIn.merge("r" + x.roomId(), 1, Integer::sum);
            placedIn.merge("s" + x.slotId(), 1, Integer::sum);
        }
        slotDays.removeAll();
        for (LocalDate day : days) {
            List<SlotDto> ofDay = s.slots().stream().filter(x -> x.day(zone).equals(day)).toList();
            H3 dayHeading = new H3(dayLabel(day));
            dayHeading.addClassName("kogge-slots-day");
            slotDays.add(dayHeading);
            if (ofDay.isEmpty()) {
                slotDays.add(new Paragraph(getTranslation("schedule.slots.none")));
                continue;
            }
            Grid<SlotDto> grid = new Grid<>();
            grid.addColumn(x -> Formats.time(x.startsAt(), zone, getLocale()) + " – "
                    + Formats.time(x.endsAt(), zone, getLocale())).setKey("time")
                    .setHeader(getTranslation("schedule.slots.col.time")).setAutoWidth(true);
            grid.addColumn(x -> getTranslation("schedule.slots.minutes",
                    Duration.between(x.startsAt(), x.endsAt()).toMinutes())).setKey("length")
                    .setHeader(getTranslation("schedule.slots.col.length")).setAutoWidth(true);
            grid.addColumn(x -> getTranslation(x.kind().messageKey())).setKey("kind")
                    .setHeader(getTranslation("schedule.slots.col.kind")).setAutoWidth(true);
            grid.addColumn(x -> x.label() == null ? "" : x.label()).setKey("label")
                    .setHeader(getTranslation("schedule.slots.col.label")).setFlexGrow(1);
            grid.addComponentColumn(x -> slotActions(x, day)).setKey("actions")
                    .setHeader(getTranslation("schedule.col.actions")).setAutoWidth(true).setFlexGrow(0);
            grid.setItems(ofDay);
            grid.setAllRowsVisible(true);
            grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
            grid.setAriaLabel(getTranslation("schedule.slots.of-day", dayLabel(day)));
            grid.addClassName("kogge-slot-grid");
            slotDays.add(grid);
        }
    }

    String dayLabel(LocalDate day) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(getLocale()).format(day);
    }

    // ---- rooms --------------------------------------------------------------------------------------------------

    private Component roomActions(RoomDto r) {
        Button up = small(getTranslation("schedule.rooms.left"), getTranslation("schedule.rooms.left.aria", r.name()),
                () -> run(() -> schedule.moveRoom(slug, r.id(), -1), null));
        up.setEnabled(r.position() > 0);
        Button down = small(getTranslation("schedule.rooms.right"), getTranslation("schedule.rooms.right.aria", r.name()),
                () -> run(() -> schedule.moveRoom(slug, r.id(), 1), null));
        down.setEnabled(r.position() < roomCount - 1);
        Button edit = small(getTranslation("schedule.edit"), getTranslation("schedule.rooms.edit.aria", r.name()),
                () -> roomDialog(r));
        Button remove = small(getTranslation("schedule.remove"), getTranslation("schedule.rooms.remove.aria", r.name()),
                () -> confirmRemoval(getTranslation("schedule.rooms.remove.title", r.name()),
                        placedIn.getOrDefault("r" + r.id(), 0),
                        () -> {
                            int sent = schedule.removeRoom(slug, r.id());
                            return getTranslation("schedule.rooms.removed", r.name(), sent);
                        }));
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        HorizontalLayout row = new HorizontalLayout(up, down, edit, remove);
        row.setSpacing(false);
        return row;
    }

    private void roomDialog(RoomDto existing) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(existing == null ? "schedule.rooms.add" : "schedule.rooms.edit"));
        TextField name = new TextField(getTranslation("schedule.rooms.field.name"));
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(RoomForm.NAME_MAX);
        IntegerField capacity = new IntegerField(getTranslation("schedule.rooms.field.capacity"));
        capacity.setHelperText(getTranslation("schedule.rooms.field.capacity.helper"));
        capacity.setMin(1);
        capacity.setMax(RoomForm.CAPACITY_MAX);
        TextArea notes = new TextArea(getTranslation("schedule.rooms.field.notes"));
        notes.setHelperText(getTranslation("schedule.rooms.field.notes.helper"));
        notes.setMaxLength(RoomForm.NOTES_MAX);
        Checkbox accessible = new Checkbox(getTranslation("schedule.rooms.field.step-free"));

        Binder<RoomForm> binder = new BeanValidationBinder<>(RoomForm.class);
        binder.forField(name).bind("name");
        binder.forField(capacity).bind("capacity");
        binder.forField(notes).bind("notes");
        binder.forField(accessible).bind("accessible");
        binder.readBean(existing == null ? new RoomForm() : RoomForm.of(existing));

        Button save = new Button(getTranslation("schedule.save"), e -> {
            RoomForm form = new RoomForm();
            if (!binder.writeBeanIfValid(form)) {
                return;
            }
            try {
                if (existing == null) {
                    schedule.addRoom(slug, form);
                } else {
                    schedule.updateRoom(slug, existing.id(), form);
                }
                dialog.close();
                FormErrors.success(getTranslation("schedule.rooms.saved", form.getName().strip()));
                refresh();
            } catch (InvalidInputException ex) {
                FormErrors.show(this, ex, Map.of("name", name, "capacity", capacity, "notes", notes));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("schedule.cancel"), e -> dialog.close());
        FormLayout fields = new FormLayout(name, capacity, notes, accessible);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        dialog.add(fields);
        dialog.getFooter().add(cancel, save);
        dialog.open();
        name.focus();
    }

    // ---- slots --------------------------------------------------------------------------------------------------

    private Component slotActions(SlotDto s, LocalDate day) {
        String label = dayLabel(day) + " " + Formats.time(s.startsAt(), zone, getLocale());
        Button edit = small(getTranslation("schedule.edit"), getTranslation("schedule.slots.edit.aria", label),
                () -> slotDialog(s, schedule.slotForm(slug, s.id())));
        Button remove = small(getTranslation("schedule.remove"), getTranslation("schedule.slots.remove.aria", label),
                () -> confirmRemoval(getTranslation("schedule.slots.remove.title", label),
                        placedIn.getOrDefault("s" + s.id(), 0),
                        () -> {
                            int sent = schedule.removeSlot(slug, s.id());
                            return getTranslation("schedule.slots.removed", label, sent);
                        }));
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        HorizontalLayout row = new HorizontalLayout(edit, remove);
        row.setSpacing(false);
        return row;
    }

    private Select<LocalDate> daySelect() {
        Select<LocalDate> day = new Select<>();
        day.setLabel(getTranslation("schedule.slots.field.day"));
        day.setItems(days);
        day.setItemLabelGenerator(this::dayLabel);
        day.setRequiredIndicatorVisible(true);
        return day;
    }

    private TimePicker timePicker(String key) {
        TimePicker t = new TimePicker(getTranslation(key));
        t.setStep(Duration.ofMinutes(15));
        t.setLocale(getLocale());
        return t;
    }

    private void slotDialog(SlotDto existing, SlotForm form) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(existing == null ? "schedule.slots.add" : "schedule.slots.edit"));
        Select<LocalDate> day = daySelect();
        TimePicker start = timePicker("schedule.slots.field.start");
        start.setRequiredIndicatorVisible(true);
        TimePicker end = timePicker("schedule.slots.field.end");
        end.setRequiredIndicatorVisible(true);
        Select<SlotKind> kind = new Select<>();
        kind.setLabel(getTranslation("schedule.slots.field.kind"));
        kind.setItems(SlotKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.messageKey()));
        TextField label = new TextField(getTranslation("schedule.slots.field.label"));
        label.setHelperText(getTranslation("schedule.slots.field.label.helper"));
        label.setMaxLength(SlotForm.LABEL_MAX);

        Binder<SlotForm> binder = new BeanValidationBinder<>(SlotForm.class);
        binder.forField(day).bind("day");
        binder.forField(start).bind("start");
        binder.forField(end).bind("end");
        binder.forField(kind).bind("kind");
        binder.forField(label).bind("label");
        SlotForm initial = form != null ? form : new SlotForm();
        if (initial.getDay() == null && !days.isEmpty()) {
            initial.setDay(days.get(0));
        }
        binder.readBean(initial);

        Button save = new Button(getTranslation("schedule.save"), e -> {
            SlotForm f = new SlotForm();
            if (!binder.writeBeanIfValid(f)) {
                return;
            }
            try {
                if (existing == null) {
                    schedule.addSlot(slug, f);
                } else {
                    schedule.updateSlot(slug, existing.id(), f);
                }
                dialog.close();
                FormErrors.success(getTranslation("schedule.slots.saved"));
                refresh();
            } catch (InvalidInputException ex) {
                FormErrors.show(this, ex, Map.of("day", day, "start", start, "end", end, "kind", kind, "label", label));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("schedule.cancel"), e -> dialog.close());
        FormLayout fields = new FormLayout(day, start, end, kind, label);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        dialog.add(fields);
        dialog.getFooter().add(cancel, save);
        dialog.open();
    }

    private void generateDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("schedule.slots.generate"));
        Paragraph hint = new Paragraph(getTranslation("schedule.plan.hint"));
        Select<LocalDate> day = daySelect();
        TimePicker start = timePicker("schedule.plan.field.start");
        TimePicker end = timePicker("schedule.plan.field.end");
        IntegerField sessionMinutes = new IntegerField(getTranslation("schedule.plan.field.session-minutes"));
        sessionMinutes.setMin(10);
        sessionMinutes.setMax(240);
        sessionMinutes.setStepButtonsVisible(true);
        IntegerField gapMinutes = new IntegerField(getTranslation("schedule.plan.field.gap-minutes"));
        gapMinutes.setMin(0);
        gapMinutes.setMax(120);
        gapMinutes.setStepButtonsVisible(true);
        TimePicker lunchStart = timePicker("schedule.plan.field.lunch-start");
        lunchStart.setHelperText(getTranslation("schedule.plan.field.lunch-start.helper"));
        lunchStart.setClearButtonVisible(true);
        IntegerField lunchMinutes = new IntegerField(getTranslation("schedule.plan.field.lunch-minutes"));
        lunchMinutes.setMin(0);
        lunchMinutes.setMax(180);
        lunchMinutes.setStepButtonsVisible(true);

        Binder<DayPlanForm> binder = new BeanValidationBinder<>(DayPlanForm.class);
        binder.forField(day).bind("day");
        binder.forField(start).bind("start");
        binder.forField(end).bind("end");
        binder.forField(sessionMinutes).withNullRepresentation(0).bind("sessionMinutes");
        binder.forField(gapMinutes).withNullRepresentation(0).bind("gapMinutes");
        binder.forField(lunchStart).bind("lunchStart");
        binder.forField(lunchMinutes).withNullRepresentation(0).bind("lunchMinutes");
        DayPlanForm initial = new DayPlanForm();
        initial.setDay(days.isEmpty() ? null : days.get(0));
        initial.setLunchStart(java.time.LocalTime.of(12, 0));
        binder.readBean(initial);

        Button create = new Button(getTranslation("schedule.plan.create"), e -> {
            DayPlanForm f = new DayPlanForm();
            if (!binder.writeBeanIfValid(f)) {
                return;
            }
            try {
                int n = schedule.generateDay(slug, f).size();
                dialog.close();
                FormErrors.success(getTranslation("schedule.plan.created", n, dayLabel(f.getDay())));
                refresh();
            } catch (InvalidInputException ex) {
                FormErrors.show(this, ex, Map.of("day", day, "start", start, "end", end,
                        "sessionMinutes", sessionMinutes, "gapMinutes", gapMinutes, "lunchStart", lunchStart,
                        "lunchMinutes", lunchMinutes));
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("schedule.cancel"), e -> dialog.close());
        FormLayout fields = new FormLayout(day, start, end, sessionMinutes, gapMinutes, lunchStart, lunchMinutes);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        fields.setColspan(day, 2);
        dialog.add(hint, fields);
        dialog.getFooter().add(cancel, create);
        dialog.open();
    }

    // ---- shared -------------------------------------------------------------------------------------------------

    /** Asks before removing; says how many sessions go back to the list. */
    private void confirmRemoval(String header, int sessions, java.util.function.Supplier<String> removal) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(header);
        dialog.setText(sessions == 0 ? getTranslation("schedule.remove.empty")
                : getTranslation("schedule.remove.sessions-back", sessions));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("schedule.keep"));
        dialog.setConfirmText(getTranslation("schedule.remove"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> run(() -> FormErrors.success(removal.get()), null));
        dialog.open();
    }

    private Button small(String text, String aria, Runnable onClick) {
        Button b = new Button(text, e -> onClick.run());
        b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        b.setAriaLabel(aria);
        return b;
    }

    private void run(Runnable change, String success) {
        try {
            change.run();
            if (success != null) {
                FormErrors.success(success);
            }
        } catch (InvalidInputException e) {
            FormErrors.show(this, e, Map.of());
        }
        refresh();
    }

    @Override
    public String getPageTitle() {
        String base = eventTitle == null ? getTranslation("schedule.rooms.title")
                : getTranslation("schedule.rooms.heading", Objects.toString(eventTitle));
        return base + " · " + getTranslation("app.name");
    }
}
