package org.kogge.proposal.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.kogge.account.KoggeUser;
import org.kogge.common.InvalidInputException;
import org.kogge.common.NotFoundException;
import org.kogge.common.ui.Confirmations;
import org.kogge.common.ui.EventSlug;
import org.kogge.common.ui.FormErrors;
import org.kogge.common.ui.PageTitles;
import org.kogge.event.EventGate;
import org.kogge.event.EventRef;
import org.kogge.proposal.BarcampSettingsService;
import org.kogge.proposal.BoardService;
import org.kogge.proposal.BoardSort;
import org.kogge.proposal.ProposalForm;
import org.kogge.proposal.ProposalService;
import org.kogge.proposal.ProposalStatus;

/**
 * Edits a proposal: its host while proposals are open and it is still open, or the event's organizers at any time
 * (they come from the moderation page and go back there: {@code ?from=moderation}). The host may also withdraw it.
 */
@Route("events/:slug/proposals/:id([0-9]{1,18})/edit")
@PermitAll
public class ProposalEditView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String FROM_MODERATION = "moderation";

    private final transient ProposalService proposals;
    private final transient BarcampSettingsService barcampSettings;
    private final transient BoardService boards;
    private final transient EventGate events;
    private final transient AuthenticationContext auth;
    private String slug;
    private long proposalId;
    private boolean fromModeration;

    public ProposalEditView(ProposalService proposals, BarcampSettingsService barcampSettings, BoardService boards,
                            EventGate events, AuthenticationContext auth) {
        this.proposals = proposals;
        this.barcampSettings = barcampSettings;
        this.boards = boards;
        this.events = events;
        this.auth = auth;
        addClassNames("kogge-page", "kogge-narrow");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        EventRef terms = events.visible(EventSlug.of(event));
        slug = terms.slug();
        proposalId = event.getRouteParameters().getLong("id").orElseThrow(() -> new NotFoundException("proposal"));
        fromModeration = event.getLocation().getQueryParameters().getSingleParameter("from")
                .filter(FROM_MODERATION::equals).isPresent();
        removeAll();
        add(new H1(getTranslation("proposal.form.edit.heading", terms.title())));
        ProposalForm form;
        try {
            form = proposals.formFor(slug, proposalId);
        } catch (InvalidInputException e) {
            add(new Paragraph(ProblemTexts.of(this, e)),
                    new Anchor("events/" + slug + "/proposals", getTranslation("proposal.form.back")));
            return;
        }
        ProposalFormLayout fields = new ProposalFormLayout(barcampSettings.topics(slug));
        fields.edit(form);
        HorizontalLayout buttons = fields.buttons("proposal.form.save", () -> save(fields), this::back);
        if (isOpenAndMine()) {
            Button withdraw = new Button(getTranslation("proposal.form.withdraw"), e -> confirmWithdraw(form.getTitle()));
            withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            buttons.add(withdraw);
        }
        buttons.setWrap(true);
        add(fields, buttons);
    }

    /** Only the host withdraws, and only an open proposal (the service checks the phase too). */
    private boolean isOpenAndMine() {
        long me = auth.getAuthenticatedUser(KoggeUser.class).map(KoggeUser::personId).orElse(-1L);
        return boards.board(slug, null, null, BoardSort.NEWEST).proposals().stream()
                .anyMatch(c -> c.id() == proposalId && c.hostId() == me && c.status() == ProposalStatus.OPEN);
    }

    private void save(ProposalFormLayout fields) {
        if (fields.save(form -> proposals.update(slug, proposalId, form), "proposal.form.saved")) {
            back();
        }
    }

    private void confirmWithdraw(String title) {
        Confirmations.destructive(getTranslation("proposal.form.withdraw.confirm.title"),
                getTranslation("proposal.form.withdraw.confirm.text", title), getTranslation("proposal.form.cancel"),
                getTranslation("proposal.form.withdraw.confirm.button"), () -> {
                    try {
                        proposals.withdraw(slug, proposalId);
                        FormErrors.success(getTranslation("proposal.form.withdrawn"));
                        back();
                    } catch (InvalidInputException ex) {
                        FormErrors.error(ProblemTexts.of(this, ex));
                    }
                });
    }

    private void back() {
        RouteParameters params = new RouteParameters("slug", slug);
        if (fromModeration) {
            UI.getCurrent().navigate(ModerationView.class, params);
        } else {
            UI.getCurrent().navigate(ProposalBoardView.class, params);
        }
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("proposal.form.edit.title"));
    }
}
