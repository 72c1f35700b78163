package org.kogge.common.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.timepicker.TimePicker;
import org.kogge.common.Formats;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import java.text.DateFormatSymbols;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The texts that Vaadin's own components bring along in English (the password field's "Show password", the date
 * picker's months, "Today" and "Cancel"), in the page's language.
 */
public final class ComponentTexts {

    private ComponentTexts() {
    }

    /**
     * Names the password field's show/hide button in the UI's language (the web component's {@code i18n} holds only
     * this text; Vaadin's {@code PasswordFieldI18n} covers the server's error messages and leaves it alone).
     */
    public static PasswordField password(PasswordField field) {
        field.getElement().setPropertyMap("i18n", Map.of("reveal", field.getTranslation("component.password.reveal")));
        return field;
    }

    /**
     * Gives an email field's own check of the address's form (which Binder runs before the form's constraints, and
     * which stops there) a message: without one, a mistyped address was marked red with no word of what was wrong.
     */
    public static EmailField email(EmailField field) {
        field.setI18n(new EmailField.EmailFieldI18n().setPatternErrorMessage(field.getTranslation("validation.email")));
        return field;
    }

    /** The same for the password field inside a login form, once the form has rendered it. */
    public static LoginForm password(LoginForm form) {
        form.addAttachListener(e -> form.getElement().executeJs(
                "Promise.resolve(this.updateComplete).then(() => this.querySelectorAll('vaadin-password-field')"
                        + ".forEach(f => { f.i18n = Object.assign({}, f.i18n, {reveal: $0}); }))",
                form.getTranslation("component.password.reveal")));
        return form;
    }

    /** Names and buttons in the UI's language, dates and times written as {@link Formats} writes them (24-hour). */
    public static DateTimePicker dates(DateTimePicker picker) {
        picker.setLocale(Formats.forDates(picker.getLocale()));
        picker.setDatePickerI18n(datePicker(picker, picker.getLocale()));
        return picker;
    }

    /** Times on the 24-hour clock in both languages, as {@link Formats} writes them. */
    public static TimePicker times(TimePicker picker) {
        picker.setLocale(Formats.forDates(picker.getLocale()));
        return picker;
    }

    /** Month and weekday names from the JDK for the UI's language, the buttons from the bundles; weeks start Monday. */
    static DatePicker.DatePickerI18n datePicker(Component host, Locale locale) {
        DateFormatSymbols symbols = DateFormatSymbols.getInstance(locale);
        return new DatePicker.DatePickerI18n()
                .setMonthNames(List.of(symbols.getMonths()).subList(0, 12))
                .setWeekdays(Arrays.asList(symbols.getWeekdays()).subList(1, 8))
                .setWeekdaysShort(Arrays.stream(symbols.getShortWeekdays()).skip(1).map(d -> d.replace(".", "")).toList())
                .setFirstDayOfWeek(1)
                .setToday(host.getTranslation("component.date.today"))
                .setCancel(host.getTranslation("component.date.cancel"));
    }
}
