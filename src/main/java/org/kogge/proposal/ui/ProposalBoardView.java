package org.kogge.proposal.ui;

import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import org.kogge.account.AddressConfirmationService;
import org.kogge.account.KoggeUser;
import org.kogge.account.ui.UnconfirmedAddressNotice;
import org.kogge.common.InvalidInputException;
import org.kogge.common.NotFoundException;
import org.kogge.common.live.LiveBroadcaster;
import org.kogge.common.ui.EventSlug;
import org.kogge.common.ui.FilterSelect;
import org.kogge.common.ui.FormErrors;
import org.kogge.common.ui.LiveRefresh;
import org.kogge.common.ui.PageTitles;
import org.kogge.event.EventGate;
import org.kogge.event.EventRef;
import org.kogge.proposal.BarcampPhases;
import org.kogge.proposal.BoardService;
import org.kogge.proposal.BoardUpdates;
import org.kogge.proposal.BoardSnapshot;
import org.kogge.proposal.BoardSort;
import org.kogge.proposal.CohostService;
import org.kogge.proposal.ProposalCard;
import org.kogge.proposal.ProposalFormat;
import org.kogge.proposal.ProposalStatus;
import org.kogge.proposal.TopicDto;
import org.kogge.proposal.VoteService;
import org.kogge.registration.RegistrationService;
import org.kogge.registration.RegistrationStatus;

/**
 * A barcamp's proposal board: everyone sees the proposals and their votes; participants with a seat vote and
 * propose while the organizers have those phases open. The board follows other people's votes live (push); a
 * live update changes counts in place and keeps filters, scroll position and order, and offers to sort anew.
 */
@Route("events/:slug/proposals")
@AnonymousAllowed
public class ProposalBoardView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient BoardService boards;
    private final transient VoteService votes;
    private final transient EventGate events;
    private final transient RegistrationService registrations;
    private final transient AuthenticationContext auth;
    /** Why an unconfirmed person cannot vote, with "send again". */
    private final UnconfirmedAddressNotice unconfirmed;

    private String slug;
    private boolean organizer;
    private final LiveRefresh<Long> live;

    private final H1 heading = new H1();
    private final Anchor back = new Anchor();
    private final Anchor moderate = new Anchor();
    private final Span proposalsPhase = new Span();
    private final Span votingPhase = new Span();
    private final Paragraph budget = new Paragraph();
    private final Div invitation = new Div();
    private final BoardLoginCall loginCall = new BoardLoginCall();
    private final CohostPanel cohostPanel;
    private final FilterSelect<TopicDto> topicFilter = new FilterSelect<>(getTranslation("proposal.board.filter.topic"),
            getTranslation("proposal.board.filter.all-topics"), TopicDto::name, () -> refresh(true));
    private final FilterSelect<ProposalFormat> formatFilter = new FilterSelect<>(
            getTranslation("proposal.board.filter.format"), getTranslation("proposal.board.filter.all-formats"),
            f -> getTranslation(f.messageKey()), () -> refresh(true));
    private final Select<BoardSort> sort = new Select<>();
    private final Button resort = new Button();
    private final Paragraph empty = new Paragraph();
    private final ProposalCardList cardList = new ProposalCardList(this::vote, this::unfold);
    private List<TopicDto> topics = List.of();
    /** The invitation shown; {@code null} before the first. */
    private Invitation invitationShown;
    /** What the texts above the cards show; {@code null} before the first. */
    private Header headerShown;

    public ProposalBoardView(BoardService boards, VoteService votes, LiveBroadcaster broadcaster, EventGate events,
                             RegistrationService registrations, AuthenticationContext auth, CohostService cohosts,
                             AddressConfirmationService confirmations) {
        this.unconfirmed = new UnconfirmedAddressNotice(confirmations);
        this.boards = boards;
        this.votes = votes;
        this.events = events;
        this.registrations = registrations;
        this.auth = auth;
        this.cohostPanel = new CohostPanel(cohosts, () -> refresh(false));
        this.live = LiveRefresh.of(this, broadcaster, BoardUpdates.TOPIC, () -> refresh(false));
        addClassNames("kogge-page", "kogge-board");
        setPadding(false);
        build();
    }

    private void build() {
        moderate.setText(getTranslation("proposal.board.moderate"));
        back.setText(getTranslation("proposal.board.back"));
        HorizontalLayout links = new HorizontalLayout(back, moderate);
        links.addClassName("kogge-board-links");

        proposalsPhase.addClassName("kogge-board-badge");
        votingPhase.addClassName("kogge-board-badge");
        Div phases = new Div(proposalsPhase, votingPhase);
        phases.addClassName("kogge-board-phases");
        phases.getElement().setAttribute("role", "status");
        budget.addClassName("kogge-board-budget");
        budget.getElement().setAttribute("aria-live", "polite");
        invitation.addClassName("kogge-board-invitation");

        formatFilter.setItems(ProposalFormat.values());

        sort.setLabel(getTranslation("proposal.board.sort"));
        sort.setItems(BoardSort.values());
        sort.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
        sort.setValue(BoardSort.VOTES);
        sort.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                refresh(true);
            }
        });

        resort.setText(getTranslation("proposal.board.resort"));
        resort.setIcon(VaadinIcon.REFRESH.create());
        resort.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        resort.setVisible(false);
        resort.addClickListener(e -> refresh(true));

        HorizontalLayout filters = new HorizontalLayout(topicFilter, formatFilter, sort, resort);
        filters.addClassName("kogge-board-filters");
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        empty.addClassName("kogge-muted");
        cardList.addClassName("kogge-board-cards");
        add(heading, links, loginCall, unconfirmed, phases, budget, invitation, cohostPanel, filters, empty, cardList);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String requested = EventSlug.of(event);
        EventRef terms = events.visible(requested);
        BoardSnapshot board = boards.board(terms.slug(), null, null, BoardSort.VOTES);
        slug = terms.slug();
        long eventId = boards.eventIdOf(slug);
        organizer = events.isOrganizer(terms);
        heading.setText(getTranslation("proposal.board.heading", terms.title()));
        back.setHref("events/" + slug);
        moderate.setHref("organize/events/" + slug + "/proposals");
        moderate.setVisible(organizer);
        topicFilter.clear();
        formatFilter.clear();
        sort.setValue(BoardSort.VOTES);
        invitationShown = null;
        headerShown = null;
        show(board, true);
        cohostPanel.show(slug);
        // On every navigation: the refreshes act as the person who is looking now.
        live.follow(eventId);
    }

    /**
     * Loads the board again with the chosen filters. With {@code reorder} (filters changed, or the person asked
     * for it) the cards follow the board's order; otherwise they keep their places and only their content changes,
     * unless proposals came or went.
     */
    void refresh(boolean reorder) {
        TopicDto topic = topicFilter.getValue();
        show(boards.board(slug, topic == null ? null : topic.id(), formatFilter.getValue(), sort.getValue()), reorder);
    }

    private void show(BoardSnapshot board, boolean reorder) {
        showPhases(board);
        if (showTopics(board.topics())) {
            refresh(true);
            return;
        }
        long me = auth.getAuthenticatedUser(KoggeUser.class).map(KoggeUser::personId).orElse(-1L);
        cardList.show(board.proposals(), (card, shown) -> item(card, board, me, shown), reorder);
        resort.setVisible(!cardList.inOrderOf(board.proposals()));
        boolean filtered = topicFilter.getValue() != null || formatFilter.getValue() != null;
        cardList.setVisible(!cardList.isEmpty());
        empty.setVisible(cardList.isEmpty());
        text(empty, getTranslation(filtered ? "proposal.board.empty-filtered" : "proposal.board.empty"));
    }

    /** The card as this viewer sees it: whether and why not they can vote, and whether they may edit it. */
    private BoardItem item(ProposalCard card, BoardSnapshot board, long me, BoardItem shown) {
        String editRoute = board.canPropose() && card.hostId() == me && card.status() == ProposalStatus.OPEN
                ? "events/" + slug + "/proposals/" + card.id() + "/edit" : null;
        String hint;
        if (me < 0) {
            hint = BoardItem.VISITOR;
        } else if (card.mine()) {
            hint = "proposal.vote.hint.own";
        } else if (!board.phases().votingOpen()) {
            hint = "proposal.vote.hint.closed";
        } else if (!board.canVote()) {
            hint = "proposal.vote.hint.no-seat";
        } else if (!card.status().isOnBoard()) {
            hint = "proposal.vote.hint.not-on-board";
        } else if (!card.myVote() && board.votesLeft() != null && board.votesLeft() == 0) {
            hint = "proposal.vote.hint.budget-used";
        } else {
            hint = null;
        }
        return BoardItem.of(card, hint, editRoute, shown);
    }

    private void showPhases(BoardSnapshot board) {
        Header header = new Header(board.phases(), board.votesLeft(), board.votesUsed(), board.canVote(),
                board.loggedIn());
        if (!header.equals(headerShown)) {
            headerShown = header;
            loginCall.show(board);
            text(proposalsPhase, getTranslation(board.phases().proposalsOpen()
                    ? "proposal.board.phase.proposals-open" : "proposal.board.phase.proposals-closed"));
            text(votingPhase, getTranslation(board.phases().votingOpen()
                    ? "proposal.board.phase.voting-open" : "proposal.board.phase.voting-closed"));
            budget.setVisible(board.votesLeft() != null || board.canVote());
            text(budget, board.votesLeft() != null
                    ? getTranslation("proposal.board.votes-left", board.votesLeft(), board.phases().voteBudget())
                    : getTranslation("proposal.board.votes-unlimited", board.votesUsed()));
        }
        Invitation now = Invitation.NONE;
        if (board.canPropose()) {
            now = Invitation.PROPOSE;
        } else if (auth.isAuthenticated() && !board.hasSeat()) {
            // A seat holder is invited to nothing more; only the others are asked about (waiting or not registered).
            RegistrationStatus status = registrations.mine(slug).status();
            if (status == RegistrationStatus.WAITLISTED) {
                now = Invitation.WAITLIST;
            } else if (status != RegistrationStatus.REGISTERED) {
                now = Invitation.REGISTER;
            }
        }
        if (now != invitationShown) {
            showInvitation(now);
        }
    }

    /** Sets a text only if it changed: a live refresh then sends nothing for it. */
    static void text(HasText component, String text) {
        if (!text.equals(component.getText())) {
            component.setText(text);
        }
    }

    /**
     * What the texts above the cards are made from (phases, budget, the login call): a live refresh that changes
     * none of it makes none of them anew.
     */
    private record Header(BarcampPhases phases, Integer votesLeft, int votesUsed, boolean canVote, boolean loggedIn) {
    }

    /** What the board invites the viewer to: propose, wait for a seat, register, or nothing. */
    private enum Invitation { PROPOSE, WAITLIST, REGISTER, NONE }

    /** Builds the invitation anew, only when it changed (a live refresh sends nothing for it otherwise). */
    private void showInvitation(Invitation now) {
        invitationShown = now;
        invitation.removeAll();
        switch (now) {
            case PROPOSE -> {
                Button propose = new Button(getTranslation("proposal.board.propose"), VaadinIcon.PLUS.create(),
                        e -> UI.getCurrent().navigate(ProposalFormView.class, new RouteParameters("slug", slug)));
                propose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                invitation.add(propose);
            }
            case WAITLIST -> invitation.add(new Paragraph(getTranslation("proposal.board.waitlist-hint")));
            case REGISTER -> invitation.add(new Paragraph(getTranslation("proposal.board.register-hint")),
                    new Anchor("events/" + slug, getTranslation("proposal.board.register")));
            case NONE -> { }
        }
        invitation.setVisible(now != Invitation.NONE);
    }

    /** Offers the event's current topics; true if the chosen topic is gone and the filter was reset. */
    private boolean showTopics(List<TopicDto> now) {
        if (now.equals(topics)) {
            return false;
        }
        topics = now;
        TopicDto chosen = topicFilter.getValue();
        topicFilter.offer(now, t -> t.equals(chosen));
        topicFilter.setVisible(!now.isEmpty());
        return chosen != null && !now.contains(chosen);
    }

    private void vote(BoardItem card) {
        try {
            votes.toggle(slug, card.id());
        } catch (InvalidInputException e) {
            FormErrors.error(ProblemTexts.of(this, e));
        } catch (NotFoundException e) {
            FormErrors.error(getTranslation("proposal.vote.gone"));
        }
        refresh(false);
    }

    /** Shows all of a card's abstract, as it is now. */
    private void unfold(BoardItem card) {
        TopicDto topic = topicFilter.getValue();
        boards.board(slug, topic == null ? null : topic.id(), formatFilter.getValue(), sort.getValue()).proposals()
                .stream().filter(c -> c.id() == card.id()).findFirst()
                .ifPresent(c -> cardList.replace(card.unfolded(c)));
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("proposal.board.title"));
    }
}
