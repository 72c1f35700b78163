package org.kogge.common.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBoxBase;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.binder.BeanPropertySet;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.PropertyDefinition;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.function.SerializableSupplier;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.kogge.common.Formats;
import org.kogge.common.StaleEditException;
import org.kogge.common.Texts;
import org.kogge.common.Versioned;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Keeps a {@link Binder}-based form from overwriting someone else's save. It remembers what the form was loaded with
 * (values and version) and gives the form record that version on saving; the service refuses a save over a newer
 * version ({@link StaleEditException}). Then the guard keeps everything the person typed, says so inside the form
 * ({@link #notice()}), gives each field whose stored value changed meanwhile the helper text "Now: …", and takes the
 * new version, so that saving again deliberately overwrites. (The message also comes as a notification, like every
 * refusal, for a save button far below the notice.)
 *
 * <p>The fields must be bound by property name ({@code binder.forField(field).bind("title")}), as with a
 * {@code BeanValidationBinder}, so that the guard can compare what was loaded with what is stored now field by field.
 *
 * <p>When none of the form's own fields changed (someone saved another part of the same record, which also counts
 * up its version), saving again at once loses nobody's work, so the guard does that instead of asking.
 */
public final class StaleEditGuard<T extends Versioned> implements Serializable {

    static final String NOW_KEY = "error.stale-edit.now";
    static final String EMPTY_KEY = "error.stale-edit.empty";
    static final String MARK = "kogge-stale-field";

    private final Binder<T> binder;
    private final SerializableSupplier<T> reload;
    private final Paragraph notice = new Paragraph();
    private final Map<HasValue<?, ?>, SerializableFunction<Object, String>> describers = new HashMap<>();
    /** Helper texts of the marked fields before they were marked ({@code null}: none). */
    private final Map<HasHelper, String> helpers = new HashMap<>();
    private T loaded;

    /**
     * @param reload the record as stored now, as a form filled with it and its version (it is called when a save is
     *               refused)
     */
    public StaleEditGuard(Binder<T> binder, SerializableSupplier<T> reload) {
        this.binder = binder;
        this.reload = reload;
        notice.addClassName("kogge-stale-notice");
        notice.getElement().setAttribute("role", "alert");
        notice.setVisible(false);
    }

    /** The message shown when a save was refused; put it into the form, where the person looks. */
    public Component notice() {
        return notice;
    }

    /** How a field's stored value reads after "Now:", for values the field cannot say itself (converted ones). */
    @SuppressWarnings("unchecked")
    public <V> StaleEditGuard<T> describe(HasValue<?, ?> field, SerializableFunction<V, String> text) {
        describers.put(field, value -> text.apply((V) value));
        return this;
    }

    /** Fills the form with a stored record and remembers it and its version; earlier marks go. */
    public void load(T stored) {
        binder.readBean(stored);
        loaded = stored;
        clearMarks();
    }

    /**
     * Saves {@code form} (written from the fields) with the version the form was loaded from.
     *
     * @return what {@code save} returned, or {@code null} when it was refused because someone else saved first (the
     *         form then says so and shows what changed)
     */
    public <R> R save(T form, Function<T, R> save) {
        form.setVersion(loaded == null ? null : loaded.getVersion());
        try {
            return save.apply(form);
        } catch (OptimisticLockingFailureException refused) {
            if (!takeCurrent()) {
                form.setVersion(loaded.getVersion());
                try {
                    return save.apply(form);
                } catch (OptimisticLockingFailureException again) {
                    takeCurrent();
                }
            }
            String message = notice.getTranslation(StaleEditException.MESSAGE_KEY);
            notice.setText(message);
            notice.setVisible(true);
            notice.scrollIntoView();
            FormErrors.error(message);
            return null;
        }
    }

    /** Reads what is stored now, marks the fields whose value changed since loading; whether any did. */
    private boolean takeCurrent() {
        T current = reload.get();
        boolean changed = false;
        for (PropertyDefinition<?, ?> property : BeanPropertySet.get(current.getClass()).getProperties().toList()) {
            Binder.Binding<T, ?> binding = binder.getBinding(property.getName()).orElse(null);
            if (binding == null) {
                continue;
            }
            Object now = binding.getGetter().apply(current);
            if (!Objects.equals(binding.getGetter().apply(loaded), now)) {
                changed = true;
                mark(binding.getField(), now);
            }
        }
        loaded = current;
        return changed;
    }

    private void mark(HasValue<?, ?> field, Object now) {
        if (field instanceof HasHelper helper) {
            if (!helpers.containsKey(helper)) {
                helpers.put(helper, helper.getHelperText());
            }
            helper.setHelperText(notice.getTranslation(NOW_KEY, describe(field, now)));
        }
        if (field instanceof HasStyle styled) {
            styled.addClassName(MARK);
        }
    }

    private void clearMarks() {
        helpers.forEach((field, text) -> {
            field.setHelperText(text);
            ((HasStyle) field).removeClassName(MARK);
        });
        helpers.clear();
        notice.setVisible(false);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private String describe(HasValue<?, ?> field, Object value) {
        Function<Object, String> describer = describers.get(field);
        String text;
        if (describer != null) {
            text = value == null ? null : describer.apply(value);
        } else if (value == null || value instanceof String) {
            text = (String) value;
        } else if (value instanceof Boolean yes) {
            text = notice.getTranslation(yes ? "error.stale-edit.yes" : "error.stale-edit.no");
        } else if (value instanceof LocalDateTime time) {
            text = Formats.dateTime(time, UI.getCurrent().getLocale());
        } else if (field instanceof RadioButtonGroup group) {
            text = group.getItemLabelGenerator().apply(value);
        } else if (field instanceof Select select) {
            text = select.getItemLabelGenerator().apply(value);
        } else if (field instanceof ComboBoxBase combo) {
            text = combo.getItemLabelGenerator().apply(value);
        } else {
            text = value.toString();
        }
        return text == null || text.isBlank() ? notice.getTranslation(EMPTY_KEY)
                : Texts.shorten(Texts.oneLine(text), 80);
    }
}
