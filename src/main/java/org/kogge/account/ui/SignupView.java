package org.kogge.account.ui;

import org.kogge.common.ui.PageTitles;
import org.kogge.common.ui.RequiredFields;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Map;
import org.kogge.account.AccountService;
import org.kogge.account.NewAccountLogin;
import org.kogge.account.PersonDto;
import org.kogge.common.ui.ComponentTexts;
import org.kogge.common.ui.ReturnPath;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import org.kogge.account.SignupForm;
import org.kogge.common.InvalidInputException;
import org.kogge.network.NetworkService;
import org.kogge.common.ui.FormErrors;

/**
 * Sign up: name, email, organisation, city, password and consent to the privacy notice. A new account gets the
 * role ATTENDEE and is logged in at once; the person returns to the page they came from ({@link ReturnPath}).
 */
@Route("signup")
@AnonymousAllowed
public class SignupView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient AuthenticationContext auth;
    private final AccountService accounts;
    private final transient NewAccountLogin newLogin;
    private String returnPath = "";
    private final Anchor loginLink = new Anchor("login", "");

    private final PersonFields person;
    private final PasswordField password = new PasswordField();
    private final Checkbox privacyAccepted = new Checkbox();
    private final BeanValidationBinder<SignupForm> binder = RequiredFields.binder(SignupForm.class);

    public SignupView(AuthenticationContext auth, AccountService accounts, NewAccountLogin newLogin,
                      NetworkService network) {
        this.auth = auth;
        this.accounts = accounts;
        this.newLogin = newLogin;
        addClassNames("kogge-page", "kogge-narrow");

        person = new PersonFields(this, network.cities());
        password.setLabel(getTranslation("account.field.password"));
        ComponentTexts.password(password);
        password.setHelperText(getTranslation("account.password.rules"));
        password.setAutocomplete(Autocomplete.NEW_PASSWORD);
        PasswordStrength strength = new PasswordStrength(password, person.email::getValue,
                person.displayName::getValue);
        person.email.addValueChangeListener(e -> strength.refresh());
        person.displayName.addValueChangeListener(e -> strength.refresh());
        privacyAccepted.setLabel(getTranslation("account.consent"));
        Anchor privacyLink = new Anchor("privacy", getTranslation("account.consent.link"), AnchorTarget.BLANK);

        person.bindTo(binder);
        binder.forField(password).bind("password");
        binder.forField(privacyAccepted).bind("privacyAccepted");

        Button submit = new Button(getTranslation("account.signup.submit"), e -> submit(e.getSource()));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setDisableOnClick(true);

        FormLayout form = new FormLayout(person.displayName, person.email, person.organisation, person.city,
                password, strength,
                privacyAccepted, privacyLink);
        // Enter in a field submits; Enter on the button itself is the button's own click (a shortcut on the whole
        // page would send a second one).
        submit.addClickShortcut(Key.ENTER).listenOn(form);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(new H1(getTranslation("account.signup.title")), new Paragraph(getTranslation("account.signup.intro")),
                form, submit,
                new Paragraph(getTranslation("account.signup.have-account")),
                loginLink);
        loginLink.setText(getTranslation("nav.login"));
    }

    private void submit(Button submit) {
        try {
            SignupForm form = new SignupForm();
            if (!binder.writeBeanIfValid(form)) {
                FormErrors.error(getTranslation("error.form-invalid"));
                return;
            }
            PersonDto created;
            try {
                created = accounts.signUp(form);
            } catch (InvalidInputException e) {
                FormErrors.show(this, e,
                        person.byProperty(Map.of("password", password, "privacyAccepted", privacyAccepted)));
                return;
            }
            VaadinServletRequest request = VaadinServletRequest.getCurrent();
            newLogin.logIn(created, request.getHttpServletRequest(),
                    VaadinServletResponse.getCurrent().getHttpServletResponse());
            FormErrors.success(getTranslation("account.signup.done"));
            // A new page, so that the menu, the views and their checks all see the logged-in person.
            UI.getCurrent().getPage().setLocation(returnPath.isEmpty() ? "./" : returnPath);
        } finally {
            submit.setEnabled(true);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        returnPath = ReturnPath.of(event.getLocation());
        if (auth.isAuthenticated()) {
            event.forwardTo(returnPath);
            return;
        }
        loginLink.setHref(ReturnPath.link("login", returnPath));
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("account.signup.title"));
    }
}
