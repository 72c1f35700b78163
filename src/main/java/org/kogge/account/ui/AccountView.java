package org.kogge.account.ui;

import org.kogge.common.ui.ComponentTexts;
import org.kogge.common.ui.PageTitles;
import org.kogge.common.ui.RequiredFields;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import org.kogge.account.AccountService;
import org.kogge.account.MailPreferenceService;
import org.kogge.account.PersonDto;
import org.kogge.account.ProfileForm;
import org.kogge.common.InvalidInputException;
import org.kogge.network.NetworkService;
import org.kogge.common.ui.FormErrors;

/**
 * The caller's own account: profile, roles (read only), password, data export and deletion (GDPR). A new email
 * address (the login name) and a new password need the current password.
 */
@Route("account")
@PermitAll
@Menu(order = 90, title = "nav.account", icon = "USER")
public class AccountView extends VerticalLayout implements HasDynamicTitle {

    private final transient AuthenticationContext auth;
    private final AccountService accounts;

    private final PersonFields person;
    private final PasswordField emailPassword = ComponentTexts.password(new PasswordField());
    private final Paragraph roles = new Paragraph();
    private final BeanValidationBinder<ProfileForm> binder = RequiredFields.binder(ProfileForm.class);

    private final PasswordField currentPassword = ComponentTexts.password(new PasswordField());
    private final PasswordField newPassword = ComponentTexts.password(new PasswordField());
    private PasswordStrength strength;
    private PersonDto me;

    public AccountView(AuthenticationContext auth, AccountService accounts, NetworkService network,
                       MailPreferenceService mailPreferences) {
        this.auth = auth;
        this.accounts = accounts;
        addClassNames("kogge-page", "kogge-narrow");
        person = new PersonFields(this, network.cities());
        add(new H1(getTranslation("nav.account")));
        add(profileSection());
        add(passwordSection());
        add(new MailPreferencesSection(mailPreferences));
        add(exportSection());
        add(deleteSection());
        show(accounts.me());
    }

    private VerticalLayout profileSection() {
        emailPassword.setLabel(getTranslation("account.profile.password"));
        emailPassword.setHelperText(getTranslation("account.profile.password.help"));
        emailPassword.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        person.bindTo(binder);
        binder.forField(emailPassword).bind("currentPassword");
        Button save = new Button(getTranslation("account.profile.save"), e -> saveProfile());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(person.displayName, person.email, emailPassword, person.organisation,
                person.city);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        return section(new H2(getTranslation("account.profile.heading")), form, roles, save);
    }

    private VerticalLayout passwordSection() {
        currentPassword.setLabel(getTranslation("account.password.current"));
        currentPassword.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        newPassword.setLabel(getTranslation("account.password.new"));
        newPassword.setHelperText(getTranslation("account.password.rules"));
        newPassword.setAutocomplete(Autocomplete.NEW_PASSWORD);
        strength = new PasswordStrength(newPassword, () -> me == null ? null : me.email(),
                () -> me == null ? null : me.displayName());
        Button change = new Button(getTranslation("account.password.change"), e -> changePassword());
        FormLayout form = new FormLayout(currentPassword, newPassword, strength);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        return section(new H2(getTranslation("account.password.heading")), form, change);
    }

    private VerticalLayout exportSection() {
        String fileName = getTranslation("account.export.file");
        DownloadHandler export = DownloadHandler.fromInputStream(event -> {
            byte[] json = accounts.exportMyData().getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(json), fileName, "application/json", json.length);
        });
        Anchor download = new Anchor(export, AttachmentType.DOWNLOAD, getTranslation("account.export.link"));
        return section(new H2(getTranslation("account.export.heading")),
                new Paragraph(getTranslation("account.export.text")), download);
    }

    private VerticalLayout deleteSection() {
        Button delete = new Button(getTranslation("account.delete.button"), e -> confirmDelete(null));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        return section(new H2(getTranslation("account.delete.heading")),
                new Paragraph(getTranslation("account.delete.text")), delete);
    }

    private static VerticalLayout section(com.vaadin.flow.component.Component... parts) {
        VerticalLayout section = new VerticalLayout(parts);
        section.setPadding(false);
        section.addClassName("kogge-account-section");
        return section;
    }

    private void show(PersonDto me) {
        this.me = me;
        strength.refresh();
        binder.readBean(new ProfileForm(me.displayName(), me.email(), me.organisation(), me.cityId()));
        roles.setText(getTranslation("account.roles", me.roles().stream()
                .sorted().map(r -> getTranslation(r.messageKey())).collect(Collectors.joining(", "))));
    }

    private void saveProfile() {
        ProfileForm form = new ProfileForm();
        if (!binder.writeBeanIfValid(form)) {
            FormErrors.error(getTranslation("error.form-invalid"));
            return;
        }
        try {
            show(accounts.updateMyProfile(form));
            FormErrors.success(getTranslation("account.profile.saved"));
        } catch (InvalidInputException e) {
            emailPassword.setInvalid(false);
            FormErrors.show(this, e, person.byProperty(Map.of("currentPassword", emailPassword)));
        }
    }

    private void changePassword() {
        try {
            accounts.changeMyPassword(currentPassword.getValue(), newPassword.getValue());
        } catch (InvalidInputException e) {
            currentPassword.setInvalid(false);
            newPassword.setInvalid(false);
            FormErrors.show(this, e, Map.of("currentPassword", currentPassword, "newPassword", newPassword));
            return;
        }
        currentPassword.clear();
        newPassword.clear();
        currentPassword.setInvalid(false);
        newPassword.setInvalid(false);
        FormErrors.success(getTranslation("account.password.changed"));
    }

    /** Opens the confirmation; {@code passwordError} is shown beside the password after a wrong try. */
    private void confirmDelete(String passwordError) {
        PasswordField password = ComponentTexts.password(new PasswordField(getTranslation("account.delete.password")));
        password.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        password.setWidthFull();
        if (passwordError != null) {
            password.setErrorMessage(passwordError);
            password.setInvalid(true);
        }
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("account.delete.confirm.title"));
        VerticalLayout text = new VerticalLayout(new Paragraph(getTranslation("account.delete.confirm.text")), password);
        text.setPadding(false);
        dialog.setText(text);
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("common.cancel"));
        dialog.setConfirmText(getTranslation("account.delete.confirm.button"));
        dialog.setConfirmButtonTheme("error primary");
        // The dialog closes itself on confirm; a wrong password opens it again with the error beside the field.
        dialog.addConfirmListener(e -> delete(password.getValue()));
        dialog.open();
        password.focus();
    }

    private void delete(String password) {
        try {
            accounts.deleteMyAccount(password);
        } catch (InvalidInputException e) {
            if (e.hasField("password")) {
                InvalidInputException.Problem p = e.byField().get("password");
                confirmDelete(getTranslation(p.messageKey(), p.args().toArray()));
            } else {
                FormErrors.show(this, e, Map.of());
            }
            return;
        }
        FormErrors.success(getTranslation("account.deleted"));
        auth.logout();
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("nav.account"));
    }
}
