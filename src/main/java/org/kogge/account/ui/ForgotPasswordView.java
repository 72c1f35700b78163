package org.kogge.account.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Map;
import org.kogge.account.PasswordResetService;
import org.kogge.common.InvalidInputException;
import org.kogge.common.ui.ComponentTexts;
import org.kogge.common.ui.FormErrors;
import org.kogge.common.ui.PageTitles;

/**
 * "Forgot password": asks for the address and sends a reset link. The page answers the same whether the address
 * has an account or not, so that it cannot be used to find out who has one.
 */
@Route("password/forgot")
@AnonymousAllowed
public class ForgotPasswordView extends VerticalLayout implements HasDynamicTitle {

    private final PasswordResetService resets;
    private final EmailField email = new EmailField();
    private final Button send = new Button();
    private final Paragraph sent = new Paragraph();

    public ForgotPasswordView(PasswordResetService resets) {
        this.resets = resets;
        addClassNames("kogge-page", "kogge-narrow");
        email.setLabel(getTranslation("login.email"));
        email.setAutocomplete(Autocomplete.EMAIL);
        ComponentTexts.email(email);
        email.setRequiredIndicatorVisible(true);
        email.setWidthFull();
        send.setText(getTranslation("account.forgot.send"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(e -> send());
        send.addClickShortcut(Key.ENTER).listenOn(email);
        sent.setVisible(false);
        sent.getElement().setAttribute("role", "status");
        add(new H1(getTranslation("account.forgot.title")), new Paragraph(getTranslation("account.forgot.intro")),
                email, send, sent, new Anchor("login", getTranslation("account.forgot.back")));
    }

    private void send() {
        try {
            resets.requestReset(email.getValue());
        } catch (InvalidInputException e) {
            FormErrors.show(this, e, Map.of("email", email));
            return;
        }
        email.setInvalid(false);
        // The same answer for every address: whether it has an account stays unknown here.
        sent.setText(getTranslation("account.forgot.sent", email.getValue().strip()));
        sent.setVisible(true);
        email.setReadOnly(true);
        send.setEnabled(false);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("account.forgot.title"));
    }
}
