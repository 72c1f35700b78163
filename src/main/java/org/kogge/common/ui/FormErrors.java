package org.kogge.common.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.kogge.common.InvalidInputException;

/**
 * Shows what a service refused beside the fields it concerns, in the user's language; problems without a field
 * of the form become one error notification.
 */
public final class FormErrors {

    private FormErrors() {
    }

    /**
     * @param fields form fields by the property name the service uses (e.g. {@code "email"})
     */
    public static void show(Component context, InvalidInputException e, Map<String, ? extends HasValidation> fields) {
        List<String> general = new ArrayList<>();
        for (InvalidInputException.Problem p : e.problems()) {
            String text = context.getTranslation(p.messageKey(), p.args().toArray());
            HasValidation field = p.field() == null ? null : fields.get(p.field());
            if (field != null) {
                field.setErrorMessage(text);
                field.setInvalid(true);
            } else if (!general.contains(text)) {
                general.add(text);
            }
        }
        if (!general.isEmpty()) {
            error(String.join(" ", general));
        } else {
            error(context.getTranslation("error.form-invalid"));
        }
    }

    /**
     * Runs a change the user asked for and says how it went: {@code success} (if not null) when it went through,
     * else what the service refused, as one error notification. Whether it went through.
     */
    public static boolean attempt(Component context, Runnable change, String success) {
        try {
            change.run();
        } catch (InvalidInputException e) {
            show(context, e, Map.of());
            return false;
        }
        if (success != null) {
            success(success);
        }
        return true;
    }

    public static void error(String text) {
        Notification n = Notification.show(text, 6000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    public static void success(String text) {
        Notification n = Notification.show(text, 3000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
