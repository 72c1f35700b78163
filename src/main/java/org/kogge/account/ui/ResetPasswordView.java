package org.kogge.account.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Map;
import org.kogge.account.LinkState;
import org.kogge.account.PasswordResetService;
import org.kogge.common.InvalidInputException;
import org.kogge.common.ui.ComponentTexts;
import org.kogge.common.ui.FormErrors;
import org.kogge.common.ui.PageTitles;

/**
 * The link from the reset mail: a new password, typed twice. A used, expired or unknown link says so and offers a
 * new one; after the reset the page leads to the login.
 */
@Route("password/reset/:token")
@AnonymousAllowed
public class ResetPasswordView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PasswordResetService resets;
    private final PasswordField newPassword = ComponentTexts.password(new PasswordField());
    private final PasswordField repeated = ComponentTexts.password(new PasswordField());
    private final VerticalLayout content = new VerticalLayout();
    private String token;

    public ResetPasswordView(PasswordResetService resets) {
        this.resets = resets;
        addClassNames("kogge-page", "kogge-narrow");
        content.setPadding(false);
        add(new H1(getTranslation("account.reset.title")), content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        LinkState state = resets.check(token);
        if (state == LinkState.VALID) {
            showForm();
        } else {
            showRefused(state);
        }
    }

    private void showForm() {
        newPassword.setLabel(getTranslation("account.password.new"));
        newPassword.setHelperText(getTranslation("account.password.rules"));
        newPassword.setAutocomplete(Autocomplete.NEW_PASSWORD);
        repeated.setLabel(getTranslation("account.reset.repeat"));
        repeated.setAutocomplete(Autocomplete.NEW_PASSWORD);
        PasswordStrength strength = new PasswordStrength(newPassword, () -> null, () -> null);
        Button save = new Button(getTranslation("account.reset.save"), e -> save(e.getSource()));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setDisableOnClick(true);
        FormLayout form = new FormLayout(newPassword, strength, repeated);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        save.addClickShortcut(Key.ENTER).listenOn(form);
        content.removeAll();
        content.add(new Paragraph(getTranslation("account.reset.intro")), form, save);
    }

    private void save(Button save) {
        try {
            resets.resetPassword(token, newPassword.getValue(), repeated.getValue());
        } catch (InvalidInputException e) {
            newPassword.setInvalid(false);
            repeated.setInvalid(false);
            save.setEnabled(true);
            LinkState state = resets.check(token);
            if (state != LinkState.VALID) {
                showRefused(state);
            }
            FormErrors.show(this, e, Map.of("newPassword", newPassword, "repeated", repeated));
            return;
        }
        content.removeAll();
        Paragraph done = new Paragraph(getTranslation("account.reset.done"));
        done.getElement().setAttribute("role", "status");
        content.add(done, new Anchor("login", getTranslation("account.reset.login")));
    }

    private void showRefused(LinkState state) {
        content.removeAll();
        Paragraph why = new Paragraph(getTranslation(state.messageKey()));
        why.getElement().setAttribute("role", "alert");
        content.add(why, new Anchor("password/forgot", getTranslation("account.reset.again")));
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("account.reset.title"));
    }
}
