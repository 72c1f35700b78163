package org.kogge.proposal.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import org.kogge.account.AddressConfirmationService;
import org.kogge.account.ui.UnconfirmedAddressNotice;
import org.kogge.common.ui.EventSlug;
import org.kogge.common.ui.PageTitles;
import org.kogge.event.EventGate;
import org.kogge.event.EventRef;
import org.kogge.proposal.BarcampPhases;
import org.kogge.proposal.BarcampSettingsService;
import org.kogge.proposal.ProposalForm;
import org.kogge.proposal.ProposalService;
import org.kogge.registration.RegistrationService;
import org.kogge.registration.RegistrationStatus;

/**
 * A participant with a seat proposes a session while proposals are open. Others learn why they cannot (yet);
 * the service checks all of it again.
 */
@Route("events/:slug/proposals/new")
@PermitAll
public class ProposalFormView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient ProposalService proposals;
    private final transient BarcampSettingsService barcampSettings;
    private final transient EventGate events;
    private final transient RegistrationService registrations;
    private String slug;
    private final transient AddressConfirmationService confirmations;

    public ProposalFormView(ProposalService proposals, BarcampSettingsService barcampSettings, EventGate events,
                            RegistrationService registrations, AddressConfirmationService confirmations) {
        this.confirmations = confirmations;
        this.proposals = proposals;
        this.barcampSettings = barcampSettings;
        this.events = events;
        this.registrations = registrations;
        addClassNames("kogge-page", "kogge-narrow");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        EventRef terms = events.visible(EventSlug.of(event));
        slug = terms.slug();
        BarcampPhases phases = barcampSettings.phases(slug);
        removeAll();
        add(new H1(getTranslation("proposal.form.new.heading", terms.title())),
                new UnconfirmedAddressNotice(confirmations));
        Anchor back = new Anchor("events/" + slug + "/proposals", getTranslation("proposal.form.back"));
        if (!phases.proposalsOpen()) {
            add(new Paragraph(getTranslation("proposal.phase.proposals-closed")), back);
            return;
        }
        RegistrationStatus status = registrations.mine(slug).status();
        if (status != RegistrationStatus.REGISTERED) {
            add(new Paragraph(getTranslation(status == RegistrationStatus.WAITLISTED
                    ? "proposal.board.waitlist-hint" : "proposal.board.register-hint")),
                    new Anchor("events/" + slug, getTranslation("proposal.board.register")), back);
            return;
        }
        ProposalFormLayout form = new ProposalFormLayout(barcampSettings.topics(slug));
        form.edit(new ProposalForm());
        add(form, form.buttons("proposal.form.submit", () -> submit(form), this::toBoard));
    }

    private void submit(ProposalFormLayout form) {
        if (form.save(proposal -> proposals.propose(slug, proposal), "proposal.form.proposed")) {
            toBoard();
        }
    }

    private void toBoard() {
        UI.getCurrent().navigate(ProposalBoardView.class, new RouteParameters("slug", slug));
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("proposal.form.new.title"));
    }
}
