package org.kogge.common.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;

/**
 * The footer that the app's editing dialogs end with: a cancel button that closes the dialog, then the dialog's
 * action, shown as the primary button.
 */
public final class DialogFooters {

    private DialogFooters() {
    }

    /** Puts "cancel" (labelled {@code cancelText}, closing {@code dialog}) and then {@code action} into the footer. */
    public static void cancelThen(Dialog dialog, String cancelText, Button action) {
        action.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(cancelText, e -> dialog.close());
        dialog.getFooter().add(cancel, action);
    }
}
