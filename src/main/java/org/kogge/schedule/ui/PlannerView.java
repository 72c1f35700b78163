package org.kogge.schedule.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kogge.common.Formats;
import org.kogge.common.InvalidInputException;
import org.kogge.common.live.LiveBroadcaster;
import org.kogge.common.ui.Confirmations;
import org.kogge.common.ui.EventSlug;
import org.kogge.common.ui.FormErrors;
import org.kogge.common.ui.LiveRefresh;
import org.kogge.common.ui.OrganizerHeader;
import org.kogge.common.ui.OrganizerNavigation;
import org.kogge.common.ui.PageTitles;
import org.kogge.schedule.Conflict;
import org.kogge.schedule.PlaceResult;
import org.kogge.schedule.PlanningService;
import org.kogge.schedule.ProposedSchedule;
import org.kogge.schedule.ScheduleSnapshot;
import org.kogge.schedule.ScheduleUpdates;
import org.kogge.schedule.ScheduledSession;
import org.kogge.schedule.AutoPlanService;

/**
 * The planner: per day a grid with rooms as columns and slots as rows ({@link PlannerDay}), the accepted sessions not
 * placed yet beside it ({@link PlannerUnplaced}, most votes first). Sessions ({@link PlannerCard}) are placed by drag
 * and drop or, from the keyboard, with "Place in…"; they go back to the list by dropping them there or with "Back to
 * list". Conflicts come from the service and are shown on the session and in a list above the grid
 * ({@link PlannerConflicts}), as text with a warning sign (not colour alone). The organizer publishes the schedule
 * here, may cancel or restore sessions and pin them for the auto-scheduler ({@link AutoPlanPanel}), whose waiting
 * proposal the grid can show instead of today's plan. Another organizer's change redraws the planner (push).
 */
@Route("organize/events/:slug/schedule")
@RolesAllowed({"ORGANIZER", "ADMIN"})
public class PlannerView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle, PlannerActions {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PlannerView.class);

    private final transient PlanningService schedule;
    private final LiveRefresh<Long> live;
    private final OrganizerNavigation navigation;
    private final transient AutoPlanService autoPlanService;
    private final AutoPlanPanel autoPlan;
    /** Below the auto-scheduler's panel: the switch between proposal and today's plan (while one waits), the grid. */
    private final Div board = new Div();
    private final Div gridArea = new Div();

    private String slug;
    private String eventTitle;
    private ZoneId zone;
    private transient ScheduleSnapshot snapshot;
    private transient List<Conflict> conflicts = List.of();
    /** Whether the grid shows a waiting proposal rather than today's plan (the switch above the grid). */
    private boolean showProposal = true;
    /** The finished proposal waiting to be accepted or discarded when the board was last drawn, or null. */
    private transient ProposedSchedule proposal;

    public PlannerView(PlanningService schedule, LiveBroadcaster broadcaster, OrganizerNavigation navigation,
                       AutoPlanService autoPlanService) {
        this.navigation = navigation;
        this.autoPlanService = autoPlanService;
        this.autoPlan = new AutoPlanPanel(autoPlanService, broadcaster, this::proposalWaiting);
        this.schedule = schedule;
        this.live = LiveRefresh.of(this, broadcaster, ScheduleUpdates.TOPIC, this::changedElsewhere);
        addClassName("kogge-page");
        addClassName("kogge-planner-page");
        // As wide as the page, not as its widest day: the days scroll sideways in their own box (on a phone too).
        board.setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String requested = EventSlug.of(event);
        ScheduleSnapshot s = schedule.planner(requested);
        slug = s.event().slug();
        eventTitle = s.event().title();
        zone = s.event().zone();
        show(s);
        live.follow(s.event().eventId());
    }

    private void refresh() {
        show(schedule.planner(slug));
    }

    /** The schedule changed (pushed, as the organizer who looks): redraw, unless the change is on screen already. */
    private void changedElsewhere() {
        try {
            // One's own change is on screen already: redraw only for changes made elsewhere.
            ScheduleSnapshot fresh = schedule.planner(slug);
            if (!Objects.equals(fresh.changedAt(), snapshot.changedAt())) {
                show(fresh);
            }
        } catch (RuntimeException e) {
            // Access taken away or the event gone: the next navigation shows why.
            LOG.info("Planner of event {} not refreshed: {}", slug, e.toString());
        }
    }

    private void show(ScheduleSnapshot s) {
        snapshot = s;
        conflicts = schedule.conflicts(s);
        removeAll();
        drawBoard();
        add(organizerHeader(), state(), autoPlan, board);
        autoPlan.show(s);
    }

    /**
     * The conflicts and the grid: today's plan, or, while a finished proposal waits to be accepted or discarded, the
     * proposal with a switch back to today's plan (the proposal is shown first, so the organizer sees what accepting
     * would do).
     */
    private void drawBoard() {
        board.removeAll();
        ProposedSchedule waiting = autoPlanService.proposal(slug).orElse(null);
        if (waiting != null && proposal == null) {
            showProposal = true;
        }
        proposal = waiting;
        if (proposal != null) {
            board.add(gridSwitch());
        }
        board.add(gridArea);
        drawGrid();
    }

    /** The conflicts and the grid of the waiting proposal, if it is chosen, or else of today's plan. */
    private void drawGrid() {
        gridArea.removeAll();
        if (proposal != null && showProposal) {
            ProposedSchedule p = proposal;
            List<Conflict> proposed = schedule.conflicts(p.schedule());
            gridArea.add(new PlannerConflicts(proposed, titles(p.schedule())),
                    grid(PlannerUnplaced.proposed(p, zone), day -> PlannerDay.proposed(day, p, zone, proposed)));
            return;
        }
        gridArea.add(new PlannerConflicts(conflicts, titles(snapshot)));
        if (snapshot.rooms().isEmpty() || snapshot.slots().isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("schedule.planner.no-grid"));
            empty.addClassName("kogge-planner-empty");
            gridArea.add(empty);
        }
        gridArea.add(grid(PlannerUnplaced.editable(snapshot, conflicts, this),
                day -> PlannerDay.editable(day, snapshot, zone, conflicts, this)));
    }

    private Div grid(PlannerUnplaced side, Function<LocalDate, PlannerDay> dayGrid) {
        Div days = new Div();
        days.addClassName("kogge-planner-days");
        snapshot.slots().stream().map(x -> x.day(zone)).distinct().map(dayGrid).forEach(days::add);
        Div grid = new Div(side, days);
        grid.addClassName("kogge-planner");
        return grid;
    }

    /** Which plan the grid shows while a proposal waits, and what accepting it would change. */
    private Component gridSwitch() {
        RadioButtonGroup<Boolean> which = new RadioButtonGroup<>(getTranslation("schedule.planner.proposal.switch"));
        which.setItems(true, false);
        which.setItemLabelGenerator(shown -> getTranslation(shown ? "schedule.planner.proposal.show"
                : "schedule.planner.proposal.today"));
        which.setValue(showProposal);
        // Only the grid below is redrawn, so that the switch keeps the keyboard focus.
        which.addValueChangeListener(e -> {
            showProposal = e.getValue();
            drawGrid();
        });
        Paragraph summary = new Paragraph(getTranslation("schedule.planner.proposal.summary", proposal.added().size(),
                proposal.movedFrom().size(), proposal.schedule().unplaced().size()));
        summary.addClassName("kogge-planner-proposal-summary");
        Div box = new Div(which, summary);
        box.addClassName("kogge-planner-proposal-switch");
        return box;
    }

    /** The proposal in the panel appeared or went (accepted, discarded): show the grid that goes with it. */
    private void proposalWaiting(boolean waiting) {
        if (waiting != (proposal != null)) {
            refresh();
        }
    }

    // ---- header: links (the organizer header every organizer page of an event has), state, publishing --------

    private OrganizerHeader organizerHeader() {
        OrganizerHeader header = navigation.header(this, getTranslation("schedule.planner.heading", eventTitle), slug,
                snapshot.event().kind());
        if (snapshot.published()) {
            header.link("events/" + slug + "/schedule", getTranslation("schedule.planner.public-link"));
        }
        return header.link("events/" + slug, getTranslation("schedule.back-to-event"));
    }

    private Component state() {
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
        }
        return row;
    }

    private void confirmPublish() {
        long soft = conflicts.stream().filter(c -> !c.isHard()).count();
        Confirmations.ask(getTranslation("schedule.planner.publish.title"),
                getTranslation("schedule.planner.publish.text", snapshot.placed().size(), snapshot.unplaced().size(),
                        soft),
                getTranslation("schedule.cancel"), getTranslation("schedule.planner.publish"),
                () -> run(() -> schedule.publish(slug), getTranslation("schedule.planner.published.done")));
    }

    private static Map<Long, String> titles(ScheduleSnapshot snapshot) {
        return snapshot.placed().stream().collect(Collectors.toMap(ScheduledSession::id, x -> x.content().title(),
                (a, b) -> a));
    }

    // ---- what the grid, the cards and the list ask for ------------------------------------------------------

    @Override
    public void backToList(long sessionId) {
        run(() -> schedule.unplace(slug, sessionId), getTranslation("schedule.planner.unplaced.done", title(sessionId)));
    }

    @Override
    public void restore(ScheduledSession s) {
        run(() -> schedule.restore(slug, s.id()), getTranslation("schedule.planner.restored", s.content().title()));
    }

    @Override
    public void pin(ScheduledSession s, boolean pinned) {
        run(() -> schedule.pin(slug, s.id(), pinned), getTranslation(
                pinned ? "schedule.planner.pinned.done" : "schedule.planner.unpinned.done", s.content().title()));
    }

    @Override
    public void confirmCancel(ScheduledSession s) {
        Confirmations.destructive(getTranslation("schedule.planner.cancel-session.title", s.content().title()),
                getTranslation("schedule.planner.cancel-session.text"), getTranslation("schedule.keep"),
                getTranslation("schedule.planner.cancel-session"), () -> run(() -> schedule.cancel(slug, s.id()),
                        getTranslation("schedule.planner.cancelled.done", s.content().title())));
    }

    @Override
    public void openPlaceDialog(ScheduledSession s) {
        new PlaceDialog(s, snapshot.rooms(), snapshot.slots(), zone,
                (id, room, slot) -> schedule.place(slug, id, room, slot), this::placed).open();
    }

    @Override
    public void place(long sessionId, long roomId, long slotId) {
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
        String text = r.warnings().stream().map(c -> PlannerConflicts.text(this, c)).collect(Collectors.joining(" "));
        Notification n = Notification.show(getTranslation("schedule.planner.placed-with-warnings", name, text), 8000,
                Notification.Position.TOP_CENTER);
        n.addThemeVariants(NotificationVariant.LUMO_WARNING);
    }

    private String title(long sessionId) {
        Set<ScheduledSession> all = new LinkedHashSet<>(snapshot.placed());
        all.addAll(snapshot.unplaced());
        return all.stream().filter(x -> x.id() == sessionId).map(x -> x.content().title()).findFirst().orElse("");
    }

    private void run(Runnable change, String success) {
        FormErrors.attempt(this, change, success);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return PageTitles.ofEvent(this, eventTitle, "schedule.planner.title", "schedule.planner.heading");
    }
}
