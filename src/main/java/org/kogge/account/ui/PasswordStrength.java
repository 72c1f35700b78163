package org.kogge.account.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.progressbar.ProgressBarVariant;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.function.Supplier;
import org.kogge.account.PasswordPolicy;

/**
 * A strength bar under a password field, fed by {@link PasswordPolicy#check} as the person types: the same verdict
 * the service gives on saving, so a password the service refuses never shows as more than "weak", and one it accepts
 * shows at least "fair". The level is also written out in words (announced politely to screen readers), so it is not
 * shown by colour alone.
 */
public class PasswordStrength extends Div {

    /** Labels for strength 0 to 4. */
    private static final String[] LEVELS = {
        "account.strength.none", "account.strength.weak", "account.strength.fair", "account.strength.good",
        "account.strength.strong"
    };

    private final ProgressBar bar = new ProgressBar(0, PasswordPolicy.STRONGEST, 0);
    private final Span text = new Span();
    private final PasswordField field;
    private final Supplier<String> email;
    private final Supplier<String> displayName;

    /** {@code email} and {@code displayName} give the person's own data, which the password must not contain. */
    public PasswordStrength(PasswordField field, Supplier<String> email, Supplier<String> displayName) {
        this.field = field;
        this.email = email;
        this.displayName = displayName;
        addClassName("kogge-password-strength");
        bar.getElement().setAttribute("aria-hidden", "true");
        text.getElement().setAttribute("aria-live", "polite");
        text.addClassName("kogge-muted");
        add(bar, text);
        // A pause in typing, not every key: the estimate takes a few milliseconds of server time.
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.addValueChangeListener(e -> refresh());
        refresh();
    }

    /** Shows the level again, e.g. after the name or email it depends on changed. */
    public void refresh() {
        String password = field.getValue();
        int strength = PasswordPolicy.check(password, email.get(), displayName.get()).strength();
        bar.setValue(strength);
        bar.removeThemeVariants(ProgressBarVariant.LUMO_ERROR, ProgressBarVariant.LUMO_SUCCESS);
        if (password != null && !password.isEmpty()) {
            bar.addThemeVariants(strength <= PasswordPolicy.REFUSED ? ProgressBarVariant.LUMO_ERROR : ProgressBarVariant.LUMO_SUCCESS);
        }
        text.setText(password == null || password.isEmpty() ? ""
                : getTranslation("account.password.strength", getTranslation(LEVELS[strength])));
    }

    /** The level in words, as shown; empty while nothing is typed. */
    public String getText() {
        return text.getText();
    }
}
