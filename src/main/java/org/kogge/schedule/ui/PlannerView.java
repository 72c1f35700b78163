package org.kogge.schedule.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.dnd.DropEffect;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.dnd.EffectAllowed;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.kogge.common.Formats;
import org.kogge.common.InvalidInputException;
import org.kogge.common.ui.FormErrors;
import org.kogge.schedule.Conflict;
import org.kogge.schedule.PlaceResult;
import org.kogge.schedule.PlanningService;
import org.kogge.schedule.PublicScheduleBroadcaster;
import org.kogge.schedule.RoomDto;
import org.kogge.schedule.ScheduleSnapshot;
import org.kogge.schedule.ScheduledSession;
import org.kogge.schedule.SlotDto;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The planner: per day a grid with rooms as columns and slots as rows, the accepted sessions not placed yet beside
 * it (most votes first). Sessions are placed by drag and drop or, from the keyboard, with "Place in…"; they go back
 * to the list by dropping them there or with "Back to list". Conflicts come from the service and are shown on the
 * session and in a list above the grid, as text with a warning sign (not colour alone). The organizer publishes the
 * schedule here and may cancel or restore sessions.
 */
@Route("organize/events/:slug/schedule")
@RolesAllowed({"ORGANIZER", "ADMIN"})
public class PlannerView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PlannerView.class);

    private final transient PlanningService schedule;
    private final transient PublicScheduleBroadcaster broadcaster;
    private transient Runnable stopListening;

    private String slug;
    private String eventTitle;
    private ZoneId zone;
    private transient ScheduleSnapshot snapshot;
    private transient List<Conflict> conflicts = List.of();

    public PlannerView(PlanningService schedule, PublicScheduleBroadcaster broadcaster) {
        this.schedule = schedule;
        this.broadcaster = broadcaster;
        addClassName("kogge-page");
        addClassName("kogge-planner-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String requested = event.getRouteParameters().get("slug").orElse("");
        ScheduleSnapshot s = schedule.planner(requested);
        slug = s.event().slug();
        eventTitle = s.event().title();
        zone = s.event().zone();
        show(s);
    }

    private void refresh() {
        show(schedule.planner(slug));
    }

    /**
     * Another organizer's change redraws the planner. The refresh runs on the
     * broadcaster's thread, so the organizer's login is carried over for the service's access check.
     */
    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        if (snapshot == null) {
            return;
        }
        UI ui = attachEvent.getUI();
        SecurityContext login = SecurityContextHolder.getContext();
        long eventId = snapshot.event().eventId();
        stopListening = broadcaster.register(eventId, () -> ui.access(() -> {
            SecurityContext before = SecurityContextHolder.getContext();
            SecurityContextHolder.setContext(login);
            try {
                // One's own change is on screen already: redraw only for changes made elsewhere.
                ScheduleSnapshot fresh = schedule.planner(slug);
                if (!Objects.equals(fresh.changedAt(), snapshot.changedAt())) {
                    show(fresh);
                }
            } catch (RuntimeException e) {
                // Access taken away or the event gone: the next navigation shows why.
                LOG.info("Planner of event {} not refreshed: {}", eventId, e.toString());
            } finally {
                SecurityContextHolder.setContext(before);
            }
        }));
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (stopListening != null) {
            stopListening.run();
            stopListening = null;
        }
        super.onDetach(detachEvent);
    }

    private void show(ScheduleSnapshot s) {
        snapshot = s;
        conflicts = schedule.conflicts(s);
        removeAll();
        add(new H2(getTranslation("schedule.planner.heading", eventTitle)), header(), conflictList());
        if (s.rooms().isEmpty() || s.slots().isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("schedule.planner.no-grid"));
            empty.addClassName("kogge-planner-empty");
            add(empty);
        }
        Div days = new Div();
        days.addClassName("kogge-planner-days");
        for (LocalDate day : s.slots().stream().map(x -> x.day(zone)).collect(Collectors.toCollection(LinkedHashSet::new))) {
            days.add(dayGrid(day));
        }
        Div board = new Div(sideList(), days);
        board.addClassName("kogge-planner");
        add(board);
    }

    // ---- header: state, publishing, links -------------------------------------------------------------------

    private Component header() {
        Span state = new Span(snapshot.published()
                ? getTranslation("schedule.planner.published", Formats.dateTime(snapshot.publishedAt(), zone, getLocale()))
                : getTranslation("schedule.planner.not-published"));
        state.addClassName("kogge-planner-state");
        HorizontalLayout row = new HorizontalLayout(state);
        row.setAlignItems(Alignment.BASELINE);
        row.setWrap(true);
        if (!snapshot.published()) {
            Button publish = new Button(getTranslation("schedule.planner.publish"), e -> confirmPublish());
            publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            row.add(publish);
        } else {
            row.add(new Anchor("events/" + slug + "/schedule", getTranslation("schedule.planner.public-link")));
        }
        row.add(new Anchor("organize/events/" + slug + "/rooms", getTranslation("schedule.planner.rooms-link")),
                new Anchor("events/" + slug, getTranslation("schedule.back-to-event")));
        return row;
    }

    private void confirmPublish() {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("schedule.planner.publish.title"));
        long soft = conflicts.stream().filter(c -> !c.isHard()).count();
        dialog.setText(getTranslation("schedule.planner.publish.text", snapshot.placed().size(),
                snapshot.unplaced().size(), soft));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("schedule.cancel"));
        dialog.setConfirmText(getTranslation("schedule.planner.publish"));
        dialog.addConfirmListener(e -> run(() -> schedule.publish(slug), getTranslation("schedule.planner.published.done")));
        dialog.open();
    }

    private Component conflictList() {
        Div box = new Div();
        box.addClassName("kogge-planner-conflicts");
        box.getElement().setAttribute("role", "status");
        box.getElement().setAttribute("aria-live", "polite");
        if (conflicts.isEmpty()) {
            box.add(new Span(getTranslation("schedule.planner.no-conflicts")));
            return box;
        }
        Map<Long, String> titles = titles();
        box.add(new H3(getTranslation("schedule.planner.conflicts", conflicts.size())));
        UnorderedList list = new UnorderedList();
        for (Conflict c : conflicts) {
            ListItem item = new ListItem(warningSign(c), new Span(titles.getOrDefault(c.sessionId(), "") + ": "
                    + conflictText(c)));
            item.addClassName(c.isHard() ? "kogge-conflict-hard" : "kogge-conflict-soft");
            list.add(item);
        }
        box.add(list);
        return box;
    }

    private Map<Long, String> titles() {
        return snapshot.placed().stream().collect(Collectors.toMap(ScheduledSession::id, x -> x.content().title(),
                (a, b) -> a));
    }

    private String conflictText(Conflict c) {
        String text = getTranslation(c.messageKey(), c.args().toArray());
        return getTranslation(c.isHard() ? "schedule.conflict.hard" : "schedule.conflict.soft", text);
    }

    private Span warningSign(Conflict c) {
        Span sign = new Span(c.isHard() ? "⛔" : "⚠");
        sign.addClassName("kogge-conflict-sign");
        sign.getElement().setAttribute("aria-hidden", "true");
        return sign;
    }

    // ---- the side list --------------------------------------------------------------------------------------

    private Component sideList() {
        Div side = new Div();
        side.addClassName("kogge-planner-side");
        side.getElement().setAttribute("role", "region");
        H3 heading = new H3(getTranslation("schedule.planner.unplaced", snapshot.unplaced().size()));
        heading.setId("kogge-unplaced-heading");
        side.getElement().setAttribute("aria-labelledby", "kogge-unplaced-heading");
        side.add(heading);
        Paragraph hint = new Paragraph(getTranslation(snapshot.unplaced().isEmpty()
                ? "schedule.planner.unplaced.none" : "schedule.planner.unplaced.hint"));
        hint.addClassName("kogge-schedule-hint");
        side.add(hint);
        for (ScheduledSession s : snapshot.unplaced()) {
            side.add(card(s));
        }
        DropTarget<Div> target = DropTarget.create(side);
        target.setDropEffect(DropEffect.MOVE);
        target.addDropListener(e -> e.getDragData().ifPresent(id -> {
            long sessionId = (Long) id;
            if (snapshot.placed().stream().anyMatch(x -> x.id() == sessionId)) {
                run(() -> schedule.unplace(slug, sessionId), getTranslation("schedule.planner.unplaced.done", title(sessionId)));
            }
        }));
        return side;
    }

    // ---- the grid of one day --------------------------------------------------------------------------------

    private Component dayGrid(LocalDate day) {
        Div section = new Div();
        section.addClassName("kogge-planner-day");
        String dayLabel = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(getLocale()).format(day);
        H3 heading = new H3(dayLabel);
        section.add(heading);
        List<RoomDto> rooms = snapshot.rooms();
        Div grid = new Div();
        grid.addClassName("kogge-planner-grid");
        grid.getStyle().set("grid-template-columns", "8.5rem repeat(" + Math.max(1, rooms.size()) + ", minmax(11rem, 1fr))");
        grid.getElement().setAttribute("role", "table");
        grid.getElement().setAttribute("aria-label", getTranslation("schedule.planner.grid-of", dayLabel));

        Div head = row();
        Div corner = new Div(new Span(getTranslation("schedule.planner.time")));
        corner.addClassName("kogge-planner-corner");
        corner.getElement().setAttribute("role", "columnheader");
        head.add(corner);
        for (RoomDto r : rooms) {
            Div h = new Div();
            h.addClassName("kogge-planner-room");
            h.getElement().setAttribute("role", "columnheader");
            Span name = new Span(r.name());
            name.addClassName("kogge-planner-room-name");
            h.add(name);
            if (r.capacity() != null) {
                h.add(new Span(getTranslation("schedule.planner.seats", r.capacity())));
            }
            if (!r.accessible()) {
                Span notStepFree = new Span(getTranslation("schedule.rooms.not-step-free"));
                notStepFree.addClassName("kogge-planner-not-step-free");
                h.add(notStepFree);
            }
            head.add(h);
        }
        grid.add(head);

        List<SlotDto> slots = snapshot.slots().stream().filter(x -> x.day(zone).equals(day)).toList();
        for (int i = 0; i < slots.size(); i++) {
            SlotDto slot = slots.get(i);
            Div row = row();
            row.addClassName("kogge-slot-" + slot.kind().name().toLowerCase(java.util.Locale.ROOT));
            Div time = new Div();
            time.addClassName("kogge-planner-time");
            time.getElement().setAttribute("role", "rowheader");
            time.add(new Span(Formats.time(slot.startsAt(), zone, getLocale()) + " – "
                    + Formats.time(slot.endsAt(), zone, getLocale())));
            Span kind = new Span(slot.label() != null ? slot.label() : getTranslation(slot.kind().messageKey()));
            kind.addClassName("kogge-planner-slot-kind");
            time.add(kind);
            row.add(time);
            for (RoomDto room : rooms) {
                row.add(cell(room, slot, slotLabel(slot)));
            }
            grid.add(row);
        }
        section.add(grid);
        return section;
    }

    private static Div row() {
        Div row = new Div();
        row.addClassName("kogge-planner-row");
        row.getElement().setAttribute("role", "row");
        return row;
    }

    private String slotLabel(SlotDto slot) {
        return Formats.dateTime(slot.startsAt(), zone, getLocale());
    }

    private Component cell(RoomDto room, SlotDto slot, String slotLabel) {
        Div cell = new Div();
        cell.addClassName("kogge-planner-cell");
        cell.getElement().setAttribute("role", "cell");
        cell.getElement().setAttribute("data-room", room.name());
        cell.getElement().setAttribute("data-slot", String.valueOf(slot.id()));
        cell.getElement().setAttribute("aria-label", room.name() + ", " + slotLabel);
        for (ScheduledSession s : snapshot.placed()) {
            if (!Objects.equals(s.roomId(), room.id())) {
                continue;
            }
            if (Objects.equals(s.slotId(), slot.id())) {
                cell.add(card(s));
            } else if (s.startsAt().isBefore(slot.startsAt()) && slot.startsAt().isBefore(s.endsAt())) {
                Div more = new Div(new Span(getTranslation("schedule.planner.continued", s.content().title())));
                more.addClassName("kogge-planner-continued");
                cell.add(more);
            }
        }
        DropTarget<Div> target = DropTarget.create(cell);
        target.setDropEffect(DropEffect.MOVE);
        target.addDropListener(e -> e.getDragData().ifPresent(id -> place((Long) id, room.id(), slot.id())));
        return cell;
    }

    // ---- session cards --------------------------------------------------------------------------------------

    private Component card(ScheduledSession s) {
        Div card = new Div();
        card.addClassName("kogge-planner-card");
        if (s.isCancelled()) {
            card.addClassName("kogge-planner-card-cancelled");
        }
        card.getElement().setAttribute("data-session", String.valueOf(s.id()));
        Span title = new Span(s.content().title());
        title.addClassName("kogge-planner-card-title");
        card.add(title);
        List<String> meta = new ArrayList<>();
        if (!s.content().hostNames().isEmpty()) {
            meta.add(String.join(", ", s.content().hostNames()));
        }
        meta.add(getTranslation("schedule.planner.votes", s.content().votes()));
        if (s.content().slots() > 1) {
            meta.add(getTranslation("schedule.planner.slots", s.content().slots()));
        }
        Span metaLine = new Span(String.join(" · ", meta));
        metaLine.addClassName("kogge-planner-card-meta");
        card.add(metaLine);
        if (s.isCancelled()) {
            Span cancelled = new Span(getTranslation("schedule.planner.cancelled"));
            cancelled.addClassName("kogge-planner-badge-cancelled");
            card.add(cancelled);
        }
        for (Conflict c : conflicts) {
            if (c.sessionId() == s.id()) {
                Div warning = new Div(warningSign(c), new Span(conflictText(c)));
                warning.addClassName("kogge-planner-warning");
                warning.addClassName(c.isHard() ? "kogge-conflict-hard" : "kogge-conflict-soft");
                card.add(warning);
            }
        }
        String name = s.content().title();
        Div actions = new Div();
        actions.addClassName("kogge-planner-card-actions");
        actions.add(small(getTranslation(s.isPlaced() ? "schedule.planner.move" : "schedule.planner.place"),
                getTranslation(s.isPlaced() ? "schedule.planner.move.aria" : "schedule.planner.place.aria", name),
                () -> openPlaceDialog(s)));
        if (s.isPlaced()) {
            actions.add(small(getTranslation("schedule.planner.back"), getTranslation("schedule.planner.back.aria", name),
                    () -> run(() -> schedule.unplace(slug, s.id()), getTranslation("schedule.planner.unplaced.done", name))));
            if (s.isCancelled()) {
                actions.add(small(getTranslation("schedule.planner.restore"),
                        getTranslation("schedule.planner.restore.aria", name),
                        () -> run(() -> schedule.restore(slug, s.id()), getTranslation("schedule.planner.restored", name))));
            } else {
                actions.add(small(getTranslation("schedule.planner.cancel-session"),
                        getTranslation("schedule.planner.cancel-session.aria", name), () -> confirmCancel(s)));
            }
        }
        card.add(actions);
        DragSource<Div> drag = DragSource.create(card);
        drag.setDragData(s.id());
        drag.setEffectAllowed(EffectAllowed.MOVE);
        return card;
    }

    private void confirmCancel(ScheduledSession s) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("schedule.planner.cancel-session.title", s.content().title()));
        dialog.setText(getTranslation("schedule.planner.cancel-session.text"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("schedule.keep"));
        dialog.setConfirmText(getTranslation("schedule.planner.cancel-session"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> run(() -> schedule.cancel(slug, s.id()),
                getTranslation("schedule.planner.cancelled.done", s.content().title())));
        dialog.open();
    }

    private void openPlaceDialog(ScheduledSession s) {
        new PlaceDialog(s, snapshot.rooms(), snapshot.slots(), zone,
                (id, room, slot) -> schedule.place(slug, id, room, slot), this::placed).open();
    }

    private void place(long sessionId, long roomId, long slotId) {
        try {
            placed(schedule.place(slug, sessionId, roomId, slotId));
        } catch (InvalidInputException e) {
            FormErrors.show(this, e, Map.of());
            refresh();
        }
    }

    /** After placing: warnings if the new place has soft conflicts, else a short confirmation. */
    private void placed(PlaceResult r) {
        refresh();
        String name = title(r.sessionId());
        if (r.warnings().isEmpty()) {
            FormErrors.success(getTranslation("schedule.planner.placed", name));
            return;
        }
        String text = r.warnings().stream().map(this::conflictText).collect(Collectors.joining(" "));
        Notification n = Notification.show(getTranslation("schedule.planner.placed-with-warnings", name, text), 8000,
                Notification.Position.TOP_CENTER);
        n.addThemeVariants(NotificationVariant.LUMO_WARNING);
    }

    private String title(long sessionId) {
        Set<ScheduledSession> all = new LinkedHashSet<>(snapshot.placed());
        all.addAll(snapshot.unplaced());
        return all.stream().filter(x -> x.id() == sessionId).map(x -> x.content().title()).findFirst().orElse("");
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
            FormErrors.success(success);
        } catch (InvalidInputException e) {
            FormErrors.show(this, e, Map.of());
        }
        refresh();
    }

    @Override
    public String getPageTitle() {
        String base = eventTitle == null ? getTranslation("schedule.planner.title")
                : getTranslation("schedule.planner.heading", eventTitle);
        return base + " · " + getTranslation("app.name");
    }
}
