package org.kogge.account.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.kogge.common.ui.ComponentTexts;
import org.kogge.common.ui.PageTitles;
import org.kogge.common.ui.ReturnPath;

/**
 * Log in with email and password, and return to the page passed as {@code ?return=} ({@link ReturnPath}). A failed
 * login says only that email or password were wrong.
 */
@Route("login")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm login = new LoginForm();
    private final Anchor signup = new Anchor("signup", "");
    private final transient AuthenticationContext auth;

    public LoginView(AuthenticationContext auth) {
        this.auth = auth;
        addClassNames("kogge-page", "kogge-narrow");
        setAlignItems(Alignment.CENTER);
        login.setAction("login");
        login.setForgotPasswordButtonVisible(true);
        login.addForgotPasswordListener(e -> login.getUI().ifPresent(ui -> ui.navigate(ForgotPasswordView.class)));
        login.setI18n(i18n());
        ComponentTexts.password(login);
        add(login, new Paragraph(getTranslation("login.no-account")), signup);
        signup.setText(getTranslation("login.signup-link"));
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form form = i18n.getForm();
        form.setTitle(getTranslation("login.title"));
        form.setUsername(getTranslation("login.email"));
        form.setPassword(getTranslation("login.password"));
        form.setSubmit(getTranslation("login.submit"));
        form.setForgotPassword(getTranslation("login.forgot"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.failed.title"));
        error.setMessage(getTranslation("login.failed"));
        error.setUsername(getTranslation("validation.required"));
        error.setPassword(getTranslation("validation.required"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String returnPath = ReturnPath.of(event.getLocation());
        if (auth.isAuthenticated()) {
            event.forwardTo(returnPath);
            return;
        }
        // The login itself returns there (see the account package's ReturnPathLoginSuccess), and whoever has no
        // account yet signs up and still comes back to where they started.
        login.setAction(ReturnPath.link("login", returnPath));
        signup.setHref(ReturnPath.link("signup", returnPath));
        login.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("login.title"));
    }
}
