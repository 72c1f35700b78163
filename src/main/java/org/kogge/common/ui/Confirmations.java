package org.kogge.common.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/**
 * The question before an action: a heading, what will happen, a button to go ahead and one (or Escape) to keep things
 * as they are. The confirming button is red for what cannot be undone (cancel, delete, withdraw, remove).
 */
public final class Confirmations {

    private Confirmations() {
    }

    /** Opens the question before an action that cannot be undone; {@code onConfirm} runs if the person goes ahead. */
    public static ConfirmDialog destructive(String header, String text, String keepText, String confirmText,
                                            Runnable onConfirm) {
        ConfirmDialog dialog = dialog(header, text, keepText, confirmText, onConfirm);
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
        return dialog;
    }

    /** Opens the question before an action that is not destructive (publish, send). */
    public static ConfirmDialog ask(String header, String text, String keepText, String confirmText,
                                    Runnable onConfirm) {
        ConfirmDialog dialog = dialog(header, text, keepText, confirmText, onConfirm);
        dialog.open();
        return dialog;
    }

    private static ConfirmDialog dialog(String header, String text, String keepText, String confirmText,
                                        Runnable onConfirm) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(header);
        dialog.setText(text);
        dialog.setCancelable(true);
        dialog.setCancelText(keepText);
        dialog.setConfirmText(confirmText);
        dialog.addConfirmListener(e -> onConfirm.run());
        return dialog;
    }
}
