package org.kogge.schedule.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.kogge.common.Formats;
import org.kogge.common.ui.Confirmations;
import org.kogge.common.ui.EventSlug;
import org.kogge.common.ui.FormErrors;
import org.kogge.common.ui.OrganizerNavigation;
import org.kogge.common.ui.PageTitles;
import org.kogge.common.ui.RowButton;
import org.kogge.event.EventKind;
import org.kogge.schedule.PlanningService;
import org.kogge.schedule.RoomDto;
import org.kogge.schedule.RoomSlotService;
import org.kogge.schedule.ScheduleSnapshot;
import org.kogge.schedule.ScheduledSession;
import org.kogge.schedule.SlotDto;

/**
 * The organizer defines a barcamp's rooms (name, capacity, notes, step-free; in column order) and, per day, its time
 * slots, one by one or generated for a whole day. Times are entered and shown in the event's zone. Removing a room
 * or slot that holds sessions says so first; those sessions go back to the planner's list.
 */
@Route("organize/events/:slug/rooms")
@RolesAllowed({"ORGANIZER", "ADMIN"})
public class RoomsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient RoomSlotService roomSlots;
    private final transient PlanningService planning;
    private final OrganizerNavigation navigation;
    private EventKind kind;

    private String slug;
    private String eventTitle;
    private ZoneId zone;
    private List<LocalDate> days = List.of();
    private final Grid<RoomDto> roomGrid = new Grid<>();
    private final VerticalLayout slotDays = new VerticalLayout();
    /** How many sessions each room ("r" + id) and slot ("s" + id) holds, for the removal question. */
    private Map<String, Integer> placedIn = new HashMap<>();
    private int roomCount;

    public RoomsView(RoomSlotService roomSlots, PlanningService planning, OrganizerNavigation navigation) {
        this.navigation = navigation;
        this.roomSlots = roomSlots;
        this.planning = planning;
        addClassName("kogge-page");
        addClassName("kogge-rooms");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String requested = EventSlug.of(event);
        ScheduleSnapshot s = planning.planner(requested);
        slug = s.event().slug();
        eventTitle = s.event().title();
        kind = s.event().kind();
        zone = s.event().zone();
        days = roomSlots.days(slug);
        build();
        show(s);
    }

    private void build() {
        removeAll();
        var header = navigation.header(this, getTranslation("schedule.rooms.heading", eventTitle), slug, kind)
                .link("events/" + slug, getTranslation("schedule.back-to-event"));
        Paragraph zoneHint = new Paragraph(getTranslation("schedule.rooms.zone-hint", zone.getId()));
        zoneHint.addClassName("kogge-schedule-hint");

        Button addRoom = new Button(getTranslation("schedule.rooms.add"),
                e -> new RoomDialog(roomSlots, slug, null, this::refresh).open());
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

        Button addSlot = new Button(getTranslation("schedule.slots.add"),
                e -> new SlotDialog(roomSlots, slug, null, days, this::refresh).open());
        addSlot.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button generate = new Button(getTranslation("schedule.slots.generate"),
                e -> new DayPlanDialog(roomSlots, slug, days, this::refresh).open());
        slotDays.setPadding(false);
        HorizontalLayout slotActions = new HorizontalLayout(addSlot, generate);
        slotActions.setWrap(true); // one below the other on a phone

        add(header, zoneHint,
                new H2(getTranslation("schedule.rooms.title")), addRoom, roomGrid,
                new H2(getTranslation("schedule.slots.title")), slotActions, slotDays);
    }

    private void refresh() {
        show(planning.planner(slug));
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
            H3 dayHeading = new H3(dayLabel(day));       // a part of the section "Zeitfenster"
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

    private String dayLabel(LocalDate day) {
        return FormDialog.dayLabel(day, getLocale());
    }

    // ---- rooms --------------------------------------------------------------------------------------------------

    private Component roomActions(RoomDto r) {
        Button up = RowButton.of(getTranslation("schedule.rooms.left"),
                getTranslation("schedule.rooms.left.aria", r.name()),
                () -> run(() -> roomSlots.moveRoom(slug, r.id(), -1)));
        up.setEnabled(r.position() > 0);
        Button down = RowButton.of(getTranslation("schedule.rooms.right"),
                getTranslation("schedule.rooms.right.aria", r.name()),
                () -> run(() -> roomSlots.moveRoom(slug, r.id(), 1)));
        down.setEnabled(r.position() < roomCount - 1);
        Button edit = RowButton.of(getTranslation("schedule.edit"),
                getTranslation("schedule.rooms.edit.aria", r.name()),
                () -> new RoomDialog(roomSlots, slug, r, this::refresh).open());
        Button remove = removeButton(getTranslation("schedule.rooms.remove.aria", r.name()),
                getTranslation("schedule.rooms.remove.title", r.name()), placedIn.getOrDefault("r" + r.id(), 0),
                () -> getTranslation("schedule.rooms.removed", r.name(), roomSlots.removeRoom(slug, r.id())));
        return actions(up, down, edit, remove);
    }

    // ---- slots --------------------------------------------------------------------------------------------------

    private Component slotActions(SlotDto s, LocalDate day) {
        String label = dayLabel(day) + " " + Formats.time(s.startsAt(), zone, getLocale());
        Button edit = RowButton.of(getTranslation("schedule.edit"), getTranslation("schedule.slots.edit.aria", label),
                () -> new SlotDialog(roomSlots, slug, s.id(), days, this::refresh).open());
        Button remove = removeButton(getTranslation("schedule.slots.remove.aria", label),
                getTranslation("schedule.slots.remove.title", label), placedIn.getOrDefault("s" + s.id(), 0),
                () -> getTranslation("schedule.slots.removed", label, roomSlots.removeSlot(slug, s.id())));
        return actions(edit, remove);
    }

    // ---- shared -------------------------------------------------------------------------------------------------

    private static Component actions(Button... buttons) {
        HorizontalLayout row = new HorizontalLayout(buttons);
        row.setSpacing(false);
        return row;
    }

    /** A button that asks before removing, saying how many sessions go back to the list; {@code removal} says what it did. */
    private Button removeButton(String aria, String header, int sessions, Supplier<String> removal) {
        return RowButton.danger(getTranslation("schedule.remove"), aria,
                () -> confirmRemoval(header, sessions, removal));
    }

    private void confirmRemoval(String header, int sessions, Supplier<String> removal) {
        Confirmations.destructive(header, sessions == 0 ? getTranslation("schedule.remove.empty")
                        : getTranslation("schedule.remove.sessions-back", sessions),
                getTranslation("schedule.keep"), getTranslation("schedule.remove"),
                () -> run(() -> FormErrors.success(removal.get())));
    }

    private void run(Runnable change) {
        FormErrors.attempt(this, change, null);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return PageTitles.ofEvent(this, eventTitle, "schedule.rooms.title", "schedule.rooms.heading");
    }
}
