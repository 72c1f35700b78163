package org.kogge.account.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.kogge.account.AddressConfirmationService;
import org.kogge.account.LinkState;
import org.kogge.common.ui.PageTitles;

/**
 * The link from the confirmation mail: opening it confirms the address (it needs no login, as the mail may be read
 * on another device) and says so, or says why the link cannot be used.
 */
@Route("confirm/:token")
@AnonymousAllowed
public class ConfirmAddressView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AddressConfirmationService confirmations;
    private final Paragraph outcome = new Paragraph();
    private final Anchor next = new Anchor();

    public ConfirmAddressView(AddressConfirmationService confirmations) {
        this.confirmations = confirmations;
        addClassNames("kogge-page", "kogge-narrow");
        add(new H1(getTranslation("account.confirm.title")), outcome, next);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        LinkState state = confirmations.confirm(event.getRouteParameters().get("token").orElse(""));
        if (state == LinkState.VALID) {
            outcome.setText(getTranslation("account.confirm.done"));
            outcome.getElement().setAttribute("role", "status");
            next.setText(getTranslation("account.confirm.to-events"));
            next.setHref("events");
        } else {
            outcome.setText(getTranslation(state.messageKey()));
            outcome.getElement().setAttribute("role", "alert");
            next.setText(getTranslation("account.confirm.to-account"));
            next.setHref("account");
        }
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("account.confirm.title"));
    }
}
