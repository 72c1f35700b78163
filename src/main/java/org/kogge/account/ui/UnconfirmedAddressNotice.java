package org.kogge.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import org.kogge.account.AddressConfirmationService;
import org.kogge.common.ui.FormErrors;
import org.springframework.modulith.NamedInterface;

/**
 * Tells a logged-in person whose address is not confirmed yet why they cannot register, propose or vote, with a
 * button that mails the confirmation link again. Invisible for everyone else (and for anonymous visitors).
 */
@NamedInterface("unconfirmed-notice")
public class UnconfirmedAddressNotice extends Div {

    private final transient AddressConfirmationService confirmations;

    public UnconfirmedAddressNotice(AddressConfirmationService confirmations) {
        this.confirmations = confirmations;
        addClassName("kogge-unconfirmed-notice");
        getElement().setAttribute("role", "note");
        setVisible(confirmations.callerMustConfirm());
        if (isVisible()) {
            Button again = new Button(getTranslation("account.confirm.again"), e -> sendAgain());
            add(new Paragraph(getTranslation("account.confirm.required")), again);
        }
    }

    private void sendAgain() {
        FormErrors.attempt(this, confirmations::sendMeTheLinkAgain, getTranslation("account.confirm.sent"));
    }
}
