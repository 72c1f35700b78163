package org.kogge.schedule.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.kogge.schedule.DayPlanForm;
import org.kogge.schedule.RoomSlotService;

/** Generates a whole day of time slots: sessions of equal length with gaps, and a lunch break if wanted. */
class DayPlanDialog extends FormDialog<DayPlanForm> {

    private final transient RoomSlotService roomSlots;
    private final String slug;
    private final Select<LocalDate> day;
    private final TimePicker start = timePicker("schedule.plan.field.start");
    private final TimePicker end = timePicker("schedule.plan.field.end");
    private final IntegerField sessionMinutes = minutes("schedule.plan.field.session-minutes", 10, 240);
    private final IntegerField gapMinutes = minutes("schedule.plan.field.gap-minutes", 0, 120);
    private final TimePicker lunchStart = timePicker("schedule.plan.field.lunch-start");
    private final IntegerField lunchMinutes = minutes("schedule.plan.field.lunch-minutes", 0, 180);

    DayPlanDialog(RoomSlotService roomSlots, String slug, List<LocalDate> days, Runnable onSaved) {
        super("schedule.slots.generate", DayPlanForm.class, DayPlanForm::new, onSaved);
        this.roomSlots = roomSlots;
        this.slug = slug;
        day = daySelect(days);
        lunchStart.setHelperText(getTranslation("schedule.plan.field.lunch-start.helper"));
        lunchStart.setClearButtonVisible(true);

        binder.forField(day).bind("day");
        binder.forField(start).bind("start");
        binder.forField(end).bind("end");
        binder.forField(sessionMinutes).withNullRepresentation(0).bind("sessionMinutes");
        binder.forField(gapMinutes).withNullRepresentation(0).bind("gapMinutes");
        binder.forField(lunchStart).bind("lunchStart");
        binder.forField(lunchMinutes).withNullRepresentation(0).bind("lunchMinutes");
        DayPlanForm initial = new DayPlanForm();
        initial.setDay(days.isEmpty() ? null : days.get(0));
        initial.setLunchStart(LocalTime.of(12, 0));
        binder.readBean(initial);

        FormLayout fields = twoColumns(day, start, end, sessionMinutes, gapMinutes, lunchStart, lunchMinutes);
        fields.setColspan(day, 2);
        layout("schedule.plan.create", List.of(new Paragraph(getTranslation("schedule.plan.hint"))), fields);
    }

    private IntegerField minutes(String key, int min, int max) {
        IntegerField f = new IntegerField(getTranslation(key));
        f.setMin(min);
        f.setMax(max);
        f.setStepButtonsVisible(true);
        return f;
    }

    @Override
    String submit(DayPlanForm form) {
        int n = roomSlots.generateDay(slug, form).size();
        return getTranslation("schedule.plan.created", n, dayLabel(form.getDay(), getLocale()));
    }

    @Override
    Map<String, ? extends HasValidation> fields() {
        return Map.of("day", day, "start", start, "end", end, "sessionMinutes", sessionMinutes,
                "gapMinutes", gapMinutes, "lunchStart", lunchStart, "lunchMinutes", lunchMinutes);
    }
}
