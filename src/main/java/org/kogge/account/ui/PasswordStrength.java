package org.kogge.account.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.progressbar.ProgressBarVariant;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.kogge.account.PasswordPolicy;

/**
 * A strength bar under a password field, fed by {@link PasswordPolicy#strength(String)} as the person types. The
 * level is also written out in words (announced politely to screen readers), so it is not shown by colour alone.
 */
public class PasswordStrength extends Div {

    /** Labels for strength 0 to 4. */
    private static final String[] LEVELS = {
        "account.strength.none", "account.strength.weak", "account.strength.fair", "account.strength.good",
        "account.strength.strong"
    };

    private final ProgressBar bar = new ProgressBar(0, 4, 0);
    private final Span text = new Span();

    public PasswordStrength(PasswordField field) {
        addClassName("kogge-password-strength");
        bar.getElement().setAttribute("aria-hidden", "true");
        text.getElement().setAttribute("aria-live", "polite");
        text.addClassName("kogge-muted");
        add(bar, text);
        field.setValueChangeMode(ValueChangeMode.EAGER);
        field.addValueChangeListener(e -> show(e.getValue()));
        show(field.getValue());
    }

    private void show(String password) {
        int strength = PasswordPolicy.strength(password);
        bar.setValue(strength);
        bar.removeThemeVariants(ProgressBarVariant.LUMO_ERROR, ProgressBarVariant.LUMO_SUCCESS);
        if (password != null && !password.isEmpty()) {
            bar.addThemeVariants(strength <= 1 ? ProgressBarVariant.LUMO_ERROR : ProgressBarVariant.LUMO_SUCCESS);
        }
        text.setText(password == null || password.isEmpty() ? ""
                : getTranslation("account.password.strength", getTranslation(LEVELS[strength])));
    }

    /** The level in words, as shown; empty while nothing is typed. */
    public String getText() {
        return text.getText();
    }
}
