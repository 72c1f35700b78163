package org.kogge.schedule.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.function.SerializableConsumer;
import java.util.Optional;
import org.kogge.common.live.LiveBroadcaster;
import org.kogge.common.ui.FormErrors;
import org.kogge.common.ui.LiveRefresh;
import org.kogge.schedule.ScheduleSnapshot;
import org.kogge.schedule.autoplan.AutoPlanConstraints;
import org.kogge.schedule.AutoPlanService;
import org.kogge.schedule.autoplan.AutoPlanState;
import org.kogge.schedule.autoplan.PlanFigures;
import org.kogge.schedule.autoplan.Reason;

/**
 * The auto-scheduler in the planner: ask for a proposal ("Programm vorschlagen"), follow its progress (every
 * organizer's planner sees a run, by push on {@link AutoPlanService#TOPIC}), stop it, and compare the figures before
 * and after with the reasons the proposal still loses points; accept or discard it. The service decides and
 * checks access; the panel only shows and asks. Sessions are pinned on their cards ({@link PlannerCard}).
 */
class AutoPlanPanel extends Div {

    private static final int REASONS_SHOWN = 10;

    private final transient AutoPlanService autoPlan;
    private final LiveRefresh<Long> live;
    private final Checkbox replan = new Checkbox();
    /** Told after each drawing whether a finished proposal waits, so that the planner can show it in the grid. */
    private final SerializableConsumer<Boolean> proposalWaiting;
    private String slug;

    AutoPlanPanel(AutoPlanService autoPlan, LiveBroadcaster broadcaster, SerializableConsumer<Boolean> proposalWaiting) {
        this.autoPlan = autoPlan;
        this.proposalWaiting = proposalWaiting;
        this.live = LiveRefresh.of(this, broadcaster, AutoPlanService.TOPIC, this::render);
        addClassName("kogge-autoplan");
    }

    /** Shows the panel for this schedule (on every redraw of the planner). */
    void show(ScheduleSnapshot s) {
        this.slug = s.event().slug();
        live.follow(s.event().eventId());
        render();
    }

    private void render() {
        removeAll();
        add(new H2(getTranslation("schedule.autoplan.heading")));
        Optional<AutoPlanState> state = autoPlan.state(slug);
        state.ifPresentOrElse(this::showRun, this::showStart);
        proposalWaiting.accept(state.filter(x -> !x.running()).isPresent());
    }

    private void showStart() {
        replan.setLabel(getTranslation("schedule.autoplan.replan"));
        Button propose = new Button(getTranslation("schedule.autoplan.propose"),
                e -> act(() -> autoPlan.start(slug, replan.getValue()), null));
        propose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(replan, propose);
    }

    private void showRun(AutoPlanState state) {
        if (state.running()) {
            Paragraph progress = new Paragraph(state.score() == null ? getTranslation("schedule.autoplan.starting")
                    : getTranslation("schedule.autoplan.running-score", state.score()));
            progress.addClassName("kogge-autoplan-progress");
            add(progress, new Button(getTranslation("schedule.autoplan.stop"), e -> act(() -> autoPlan.stop(slug), null)));
            return;
        }
        PlanFigures before = state.before();
        PlanFigures after = state.after();
        add(figures(before, after), reasons(state));
        if (!state.unplaced().isEmpty()) {
            add(new Paragraph(getTranslation("schedule.autoplan.unplaced-list", String.join(", ", state.unplaced()))));
        }
        Button accept = new Button(getTranslation("schedule.autoplan.accept"),
                e -> act(() -> autoPlan.accept(slug), getTranslation("schedule.autoplan.accepted")));
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        accept.setDisableOnClick(true);
        accept.setEnabled(state.feasible());
        Button discard = new Button(getTranslation("schedule.autoplan.discard"),
                e -> act(() -> autoPlan.discard(slug), getTranslation("schedule.autoplan.discarded")));
        add(new HorizontalLayout(accept, discard));
    }

    private UnorderedList figures(PlanFigures before, PlanFigures after) {
        UnorderedList list = new UnorderedList(
                new ListItem(getTranslation("schedule.autoplan.figure.must-choose", before.mustChoose(), after.mustChoose())),
                new ListItem(getTranslation("schedule.autoplan.figure.too-small", before.tooSmall(), after.tooSmall())),
                new ListItem(getTranslation("schedule.autoplan.figure.unplaced", before.unplaced(), after.unplaced())));
        list.addClassName("kogge-autoplan-figures");
        return list;
    }

    private UnorderedList reasons(AutoPlanState state) {
        UnorderedList list = new UnorderedList();
        list.addClassName("kogge-autoplan-reasons");
        state.reasons().stream().limit(REASONS_SHOWN).forEach(r -> list.add(new ListItem(sentence(r))));
        return list;
    }

    /** "12 Personen müssen zwischen A und B wählen": one reason as a sentence (user text is set as text only). */
    private String sentence(Reason r) {
        String first = r.sessions().get(0);
        String second = r.sessions().size() > 1 ? r.sessions().get(1) : "";
        String key = switch (r.rule()) {
            case AutoPlanConstraints.SHARED_AUDIENCE -> "schedule.autoplan.reason.shared-audience";
            case AutoPlanConstraints.ROOM_TOO_SMALL -> "schedule.autoplan.reason.room-too-small";
            case AutoPlanConstraints.POPULAR_LATE -> "schedule.autoplan.reason.popular-late";
            case AutoPlanConstraints.TOPIC_TOGETHER -> "schedule.autoplan.reason.topic-together";
            case AutoPlanConstraints.HOST_BACK_TO_BACK -> "schedule.autoplan.reason.host-back-to-back";
            case AutoPlanConstraints.UNPLACED -> "schedule.autoplan.reason.unplaced";
            default -> "schedule.autoplan.reason.rule-broken";
        };
        return getTranslation(key, first, second, r.amount());
    }

    private void act(Runnable work, String done) {
        FormErrors.attempt(this, work, done);
        render();
    }
}
