package org.kogge.schedule.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.Binder;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.kogge.common.Formats;
import org.kogge.common.InvalidInputException;
import org.kogge.common.ui.ComponentTexts;
import org.kogge.common.ui.DialogFooters;
import org.kogge.common.ui.FormErrors;
import org.kogge.common.ui.RequiredFields;

/**
 * A dialog of the rooms page that edits one form: the person fills in fields bound to a form object; saving hands a
 * fresh, valid copy to {@link #submit}; on success the dialog closes, says so and lets the page refresh. What the
 * service refuses is shown beside the fields ({@link #fields()}). A dialog editing a stored record saves through a
 * {@link org.kogge.common.ui.StaleEditGuard}: a save refused over a newer version returns {@code null} from
 * {@link #submit}, and the dialog stays open with the input kept and the changes marked.
 */
abstract class FormDialog<F> extends Dialog {

    final Binder<F> binder;
    private final Supplier<F> blank;
    private final Runnable onSaved;

    FormDialog(String titleKey, Class<F> type, Supplier<F> blank, Runnable onSaved) {
        this.binder = new BeanValidationBinder<>(type);
        this.blank = blank;
        this.onSaved = onSaved;
        setHeaderTitle(getTranslation(titleKey));
    }

    /** Saves the form; returns the success message, or {@code null} when the save was refused as stale. */
    abstract String submit(F form);

    /** The fields by the property names the service uses in its problems. */
    abstract Map<String, ? extends HasValidation> fields();

    /** Adds what the dialog shows and its footer (cancel, and {@code saveKey} to save). */
    void layout(String saveKey, List<Component> above, FormLayout fields) {
        above.forEach(this::add);
        add(fields);
        Button save = new Button(getTranslation(saveKey), e -> save());
        DialogFooters.cancelThen(this, getTranslation("schedule.cancel"), save);
    }

    private void save() {
        F form = blank.get();
        if (!binder.writeBeanIfValid(form)) {
            return;
        }
        try {
            String done = submit(form);
            if (done == null) {
                return;
            }
            close();
            FormErrors.success(done);
            onSaved.run();
        } catch (InvalidInputException e) {
            FormErrors.show(this, e, fields());
        }
    }

    // ---- fields the dialogs share -------------------------------------------------------------------------------

    static String dayLabel(LocalDate day, Locale locale) {
        return Formats.day(day, locale);
    }

    Select<LocalDate> daySelect(List<LocalDate> days) {
        Select<LocalDate> day = new Select<>();
        day.setLabel(getTranslation("schedule.slots.field.day"));
        day.setItems(days);
        day.setItemLabelGenerator(d -> dayLabel(d, getLocale()));
        day.setRequiredIndicatorVisible(true);
        RequiredFields.withValidAria(day);
        return day;
    }

    TimePicker timePicker(String key) {
        TimePicker t = new TimePicker(getTranslation(key));
        t.setStep(Duration.ofMinutes(15));
        return ComponentTexts.times(t);
    }

    static FormLayout twoColumns(Component... fields) {
        FormLayout layout = new FormLayout(fields);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        return layout;
    }
}
