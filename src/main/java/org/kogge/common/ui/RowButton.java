package org.kogge.common.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;

/**
 * The small, quiet button of a row in a list or grid (edit, move, remove): its short text, and a label for screen
 * readers that names what it acts on ({@code null}: the text says enough).
 */
public final class RowButton {

    private RowButton() {
    }

    public static Button of(String text, String ariaLabel, Runnable onClick) {
        Button b = new Button(text, e -> onClick.run());
        b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        if (ariaLabel != null) {
            b.setAriaLabel(ariaLabel);
        }
        return b;
    }

    /** A row's button for what cannot be undone (remove, delete, revoke): in red. */
    public static Button danger(String text, String ariaLabel, Runnable onClick) {
        Button b = of(text, ariaLabel, onClick);
        b.addThemeVariants(ButtonVariant.LUMO_ERROR);
        return b;
    }
}
