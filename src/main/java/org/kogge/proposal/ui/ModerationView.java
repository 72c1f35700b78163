package org.kogge.proposal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.kogge.common.InvalidInputException;
import org.kogge.common.live.LiveBroadcaster;
import org.kogge.common.ui.Confirmations;
import org.kogge.common.ui.DialogFooters;
import org.kogge.common.ui.EventSlug;
import org.kogge.common.ui.FormErrors;
import org.kogge.common.ui.LiveRefresh;
import org.kogge.common.ui.PageTitles;
import org.kogge.common.ui.RowButton;
import org.kogge.event.EventGate;
import org.kogge.event.EventRef;
import org.kogge.proposal.BarcampPhases;
import org.kogge.proposal.BarcampSettingsService;
import org.kogge.proposal.BoardService;
import org.kogge.proposal.BoardUpdates;
import org.kogge.proposal.ModerationService;
import org.kogge.proposal.ProposalCard;
import org.kogge.proposal.ProposalStatus;
import org.kogge.proposal.TopicDto;
import org.kogge.common.ui.OrganizerHeader;
import org.kogge.common.ui.OrganizerNavigation;

/**
 * The organizers' side of a barcamp's proposals: open and close the phases, set the vote budget, keep the topics,
 * and decide on proposals (accept, decline with a note, reopen, edit, merge duplicates). The list follows new
 * proposals and votes live. The service refuses anyone who does not organize this event.
 */
@Route("organize/events/:slug/proposals")
@RolesAllowed({"ORGANIZER", "ADMIN"})
public class ModerationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final EnumSet<ProposalStatus> MERGE_TARGETS = EnumSet.of(ProposalStatus.OPEN, ProposalStatus.ACCEPTED);

    private final transient BarcampSettingsService barcampSettings;
    private final transient ModerationService moderation;
    private final transient BoardService boards;
    private final transient EventGate events;
    private final LiveRefresh<Long> live;
    private final OrganizerNavigation navigation;

    private String slug;
    private List<ProposalCard> shown = List.of();

    private final OrganizerHeader heading = new OrganizerHeader();
    private final Anchor board = new Anchor();
    private final Checkbox proposalsOpen = new Checkbox();
    private final Checkbox votingOpen = new Checkbox();
    private final Checkbox mailNewProposals = new Checkbox();
    private final IntegerField voteBudget = new IntegerField();
    private final UnorderedList topicList = new UnorderedList();
    private final TextField newTopic = new TextField();
    private final Grid<ProposalCard> grid = new Grid<>();
    private final Paragraph empty = new Paragraph();

    public ModerationView(BarcampSettingsService barcampSettings, ModerationService moderation, BoardService boards,
                          EventGate events, LiveBroadcaster broadcaster, OrganizerNavigation navigation) {
        this.navigation = navigation;
        this.barcampSettings = barcampSettings;
        this.moderation = moderation;
        this.boards = boards;
        this.events = events;
        this.live = LiveRefresh.of(this, broadcaster, BoardUpdates.TOPIC, this::refreshProposals);
        addClassNames("kogge-page", "kogge-board-moderation");
        setPadding(false);
        board.setText(getTranslation("proposal.moderation.to-board"));
        heading.link(board);
        add(heading, phasesPanel(), topicsPanel(), proposalsPanel());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        EventRef terms = events.organized(EventSlug.of(event));
        slug = terms.slug();
        BarcampPhases phases = barcampSettings.phases(slug);
        long eventId = boards.eventIdOf(slug);
        heading.setHeading(getTranslation("proposal.moderation.heading", terms.title()));
        heading.navigation(navigation.of(this, slug, terms.kind()));
        board.setHref("events/" + slug + "/proposals");
        showPhases(phases);
        mailNewProposals.setValue(barcampSettings.mailsNewProposals(slug));
        showTopics();
        refreshProposals();
        live.follow(eventId);
    }

    // ---- phases ---------------------------------------------------------------------------------------------

    private Section phasesPanel() {
        proposalsOpen.setLabel(getTranslation("proposal.moderation.proposals-open"));
        votingOpen.setLabel(getTranslation("proposal.moderation.voting-open"));
        voteBudget.setLabel(getTranslation("proposal.moderation.budget"));
        voteBudget.setHelperText(getTranslation("proposal.moderation.budget.helper"));
        voteBudget.setMin(1);
        voteBudget.setMax(100);
        voteBudget.setStepButtonsVisible(true);
        voteBudget.setClearButtonVisible(true);
        voteBudget.setI18n(new IntegerField.IntegerFieldI18n()
                .setBadInputErrorMessage(getTranslation("proposal.budget.range"))
                .setMinErrorMessage(getTranslation("proposal.budget.range"))
                .setMaxErrorMessage(getTranslation("proposal.budget.range")));
        Button save = new Button(getTranslation("proposal.moderation.phases.save"), e -> savePhases());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div checks = new Div(proposalsOpen, votingOpen);
        checks.addClassName("kogge-board-phase-checks");
        mailNewProposals.setLabel(getTranslation("proposal.moderation.mail-new"));
        mailNewProposals.addClassName("kogge-board-mail-new");
        mailNewProposals.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                changeNewProposalMail(e.getValue());
            }
        });
        Section panel = settingsPanel("proposal.moderation.phases", checks, inputRow(voteBudget, save));
        panel.add(mailNewProposals);
        return panel;
    }

    /** Saved on its own, at once: it concerns the organizers' inboxes, not the phases that the form saves. */
    private void changeNewProposalMail(boolean on) {
        barcampSettings.changeNewProposalMail(slug, on);
        FormErrors.success(getTranslation(on ? "proposal.moderation.mail-new.on" : "proposal.moderation.mail-new.off"));
    }

    private void showPhases(BarcampPhases phases) {
        proposalsOpen.setValue(phases.proposalsOpen());
        votingOpen.setValue(phases.votingOpen());
        voteBudget.setValue(phases.voteBudget());
        voteBudget.setInvalid(false);
    }

    private void savePhases() {
        if (voteBudget.isInvalid()) {
            return;
        }
        try {
            showPhases(barcampSettings.changePhases(slug, proposalsOpen.getValue(), votingOpen.getValue(),
                    voteBudget.getValue()));
            FormErrors.success(getTranslation("proposal.moderation.phases.saved"));
        } catch (InvalidInputException e) {
            FormErrors.show(this, e, Map.of("voteBudget", voteBudget));
        }
    }

    // ---- topics ---------------------------------------------------------------------------------------------

    private Section topicsPanel() {
        topicList.addClassName("kogge-board-topic-list");
        newTopic.setLabel(getTranslation("proposal.moderation.topic.new"));
        newTopic.setMaxLength(60);
        Button add = new Button(getTranslation("proposal.moderation.topic.add"), VaadinIcon.PLUS.create(), e -> addTopic());
        add.addClickShortcut(Key.ENTER).listenOn(newTopic);
        return settingsPanel("proposal.moderation.topics", topicList, inputRow(newTopic, add));
    }

    /** A card of the moderation page's settings: its heading, what it shows and the row to change it. */
    private Section settingsPanel(String titleKey, Component shown, Component inputs) {
        Section panel = new Section(new H2(getTranslation(titleKey)), shown, inputs);
        panel.addClassNames("kogge-card", "kogge-board-panel");
        return panel;
    }

    /** Fields and their button on one line (wrapping on a phone), aligned on the text's baseline. */
    private static HorizontalLayout inputRow(Component... parts) {
        HorizontalLayout row = new HorizontalLayout(parts);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        return row;
    }

    private void showTopics() {
        topicList.removeAll();
        List<TopicDto> topics = barcampSettings.topics(slug);
        if (topics.isEmpty()) {
            topicList.add(new ListItem(getTranslation("proposal.moderation.topics.none")));
        }
        for (TopicDto topic : topics) {
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> confirmRemove(topic));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("proposal.moderation.topic.remove", topic.name()));
            remove.setTooltipText(getTranslation("proposal.moderation.topic.remove", topic.name()));
            ListItem item = new ListItem(new Span(topic.name()), remove);
            topicList.add(item);
        }
    }

    private void addTopic() {
        try {
            TopicDto added = barcampSettings.addTopic(slug, newTopic.getValue());
            newTopic.clear();
            newTopic.setInvalid(false);
            showTopics();
            FormErrors.success(getTranslation("proposal.moderation.topic.added", added.name()));
        } catch (InvalidInputException e) {
            FormErrors.show(this, e, Map.of("topic", newTopic));
        }
    }

    private void confirmRemove(TopicDto topic) {
        Confirmations.destructive(getTranslation("proposal.moderation.topic.remove", topic.name()),
                getTranslation("proposal.moderation.topic.remove.text", topic.name()),
                getTranslation("proposal.moderation.cancel"), getTranslation("proposal.moderation.topic.remove.confirm"),
                () -> {
                    barcampSettings.removeTopic(slug, topic.id());
                    showTopics();
                    refreshProposals();
                });
    }

    // ---- proposals ------------------------------------------------------------------------------------------

    private Section proposalsPanel() {
        grid.addColumn(ProposalCard::title).setHeader(getTranslation("proposal.moderation.col.title"))
                .setKey("title").setFlexGrow(3);
        grid.addColumn(c -> c.hostCity() == null ? c.hostName()
                        : getTranslation("proposal.card.host-city", c.hostName(), c.hostCity()))
                .setHeader(getTranslation("proposal.moderation.col.host")).setKey("host").setFlexGrow(2);
        grid.addColumn(ProposalCard::votes).setHeader(getTranslation("proposal.moderation.col.votes"))
                .setKey("votes").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(c -> getTranslation(c.status().messageKey()))
                .setHeader(getTranslation("proposal.moderation.col.status")).setKey("status")
                // Wide enough for the longest status ("Zusammengeführt"): an automatic width measures only the
                // first rows drawn ("Offen" at the top) and cut "Angenommen" further down.
                .setWidth("10rem").setFlexGrow(0);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("proposal.moderation.col.actions"))
                .setKey("actions").setFlexGrow(3);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setSelectionMode(Grid.SelectionMode.NONE);
        grid.setAriaLabel(getTranslation("proposal.moderation.proposals"));
        empty.setText(getTranslation("proposal.moderation.empty"));
        empty.addClassName("kogge-muted");
        Section panel = new Section(new H2(getTranslation("proposal.moderation.proposals")), empty, grid);
        panel.addClassName("kogge-board-panel");
        return panel;
    }

    void refreshProposals() {
        shown = boards.forModeration(slug);
        grid.setItems(shown);
        empty.setVisible(shown.isEmpty());
        grid.setVisible(!shown.isEmpty());
    }

    private HorizontalLayout actions(ProposalCard card) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setSpacing(false);
        actions.setWrap(true);
        actions.addClassName("kogge-board-actions");
        ProposalStatus s = card.status();
        if (s == ProposalStatus.OPEN || s == ProposalStatus.DECLINED) {
            actions.add(action("proposal.moderation.accept", () -> {
                moderation.accept(slug, card.id());
                FormErrors.success(getTranslation("proposal.moderation.accepted", card.title()));
            }));
        }
        if (s == ProposalStatus.OPEN || s == ProposalStatus.ACCEPTED) {
            actions.add(button("proposal.moderation.decline", () -> openDecline(card)));
        }
        if (s == ProposalStatus.ACCEPTED || s == ProposalStatus.DECLINED) {
            actions.add(action("proposal.moderation.reopen", () -> {
                moderation.reopen(slug, card.id());
                FormErrors.success(getTranslation("proposal.moderation.reopened", card.title()));
            }));
        }
        actions.add(button("proposal.moderation.edit", () -> UI.getCurrent().navigate(ProposalEditView.class,
                new RouteParameters(Map.of("slug", slug, "id", String.valueOf(card.id()))),
                QueryParameters.of("from", ProposalEditView.FROM_MODERATION))));
        actions.add(button("proposal.moderation.merge", () -> openMerge(card)));
        return actions;
    }

    private Button button(String key, Runnable onClick) {
        return RowButton.of(getTranslation(key), null, onClick);
    }

    /** A button for a decision that takes effect at once; the list shows the result. */
    private Button action(String key, Runnable decision) {
        return button(key, () -> {
            try {
                decision.run();
            } catch (InvalidInputException e) {
                FormErrors.error(ProblemTexts.of(this, e));
            }
            refreshProposals();
        });
    }

    private void openDecline(ProposalCard card) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("proposal.moderation.decline.title", card.title()));
        TextArea note = new TextArea(getTranslation("proposal.moderation.decline.note"));
        note.setHelperText(getTranslation("proposal.moderation.decline.note.helper"));
        note.setRequiredIndicatorVisible(true);
        note.setMaxLength(1000);
        note.setWidthFull();
        dialog.add(note);
        Button decline = new Button(getTranslation("proposal.moderation.decline.confirm"), e -> {
            try {
                moderation.decline(slug, card.id(), note.getValue());
                dialog.close();
                FormErrors.success(getTranslation("proposal.moderation.declined", card.title()));
                refreshProposals();
            } catch (InvalidInputException ex) {
                FormErrors.show(this, ex, Map.of("note", note));
            }
        });
        decline.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        DialogFooters.cancelThen(dialog, getTranslation("proposal.moderation.cancel"), decline);
        dialog.open();
        note.focus();
    }

    private void openMerge(ProposalCard duplicate) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("proposal.moderation.merge.title", duplicate.title()));
        List<ProposalCard> targets = shown.stream()
                .filter(c -> c.id() != duplicate.id() && MERGE_TARGETS.contains(c.status())).toList();
        ComboBox<ProposalCard> target = new ComboBox<>(getTranslation("proposal.moderation.merge.target"));
        target.setItems(targets);
        target.setItemLabelGenerator(c -> getTranslation("proposal.moderation.merge.item", c.title(),
                c.hostName() == null ? "" : c.hostName(), c.votes()));
        target.setRequiredIndicatorVisible(true);
        target.setWidthFull();
        Paragraph explain = new Paragraph(getTranslation("proposal.moderation.merge.explain"));
        dialog.add(explain, target);
        Button merge = new Button(getTranslation("proposal.moderation.merge.confirm"), e -> {
            if (target.getValue() == null) {
                target.setErrorMessage(getTranslation("validation.required"));
                target.setInvalid(true);
                return;
            }
            try {
                ProposalCard merged = moderation.merge(slug, duplicate.id(), target.getValue().id());
                dialog.close();
                FormErrors.success(getTranslation("proposal.moderation.merged", duplicate.title(), merged.title(), merged.votes()));
                refreshProposals();
            } catch (InvalidInputException ex) {
                FormErrors.show(this, ex, Map.of("target", target));
            }
        });
        merge.setEnabled(!targets.isEmpty());
        if (targets.isEmpty()) {
            dialog.add(new Paragraph(getTranslation("proposal.moderation.merge.none")));
        }
        DialogFooters.cancelThen(dialog, getTranslation("proposal.moderation.cancel"), merge);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("proposal.moderation.title"));
    }
}
