package org.kogge.schedule.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.html.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.kogge.common.StaleEditException;

/**
 * What a dialog shows when its save was refused because someone saved a newer version in the meantime
 * ({@link StaleEditException}): the message, in the dialog, and beside each field whose stored value now differs
 * from what the form was loaded with, that value ("now: …"). The person's input stays as typed.
 */
final class StaleMarks<F> {

    private record Mark<F>(HasHelper field, String helper, Function<F, ?> value, Function<Object, String> text) {
    }

    private final Component context;
    private final Paragraph message = new Paragraph();
    private final List<Mark<F>> marks = new ArrayList<>();

    StaleMarks(Component context) {
        this.context = context;
        message.addClassName("kogge-stale-edit");
        message.getElement().setAttribute("role", "alert");
        message.setVisible(false);
    }

    /** Watches a field: {@code value} reads its property from a form, {@code text} says a value as the field would. */
    @SuppressWarnings("unchecked")
    <V> StaleMarks<F> watch(HasHelper field, Function<F, V> value, Function<V, String> text) {
        marks.add(new Mark<>(field, field.getHelperText(), value, v -> v == null ? "—" : text.apply((V) v)));
        return this;
    }

    /** The message's place in the dialog (hidden until a save is refused). */
    Paragraph message() {
        return message;
    }

    /** Shows the refusal and marks the fields whose value in {@code now} differs from {@code loaded}. */
    void show(F loaded, F now) {
        message.setText(context.getTranslation(StaleEditException.MESSAGE_KEY));
        message.setVisible(true);
        for (Mark<F> m : marks) {
            Object current = m.value().apply(now);
            boolean changed = !Objects.equals(m.value().apply(loaded), current);
            m.field().setHelperText(changed ? context.getTranslation("schedule.stale.now", m.text().apply(current))
                    : m.helper());
        }
    }
}
