package org.kogge.ceremony.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/** The question before an organizer deletes or revokes something on a ceremony's pages: red, and cancelable. */
final class DangerConfirm {

    private DangerConfirm() {
    }

    static void ask(Component context, String header, String text, String confirmKey, Runnable onConfirm) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(header);
        dialog.setText(text);
        dialog.setCancelable(true);
        dialog.setCancelText(context.getTranslation("ceremony.edit.cancel"));
        dialog.setConfirmText(context.getTranslation(confirmKey));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> onConfirm.run());
        dialog.open();
    }
}
