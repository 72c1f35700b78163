package org.kogge.schedule.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.kogge.common.StaleEditException;
import org.kogge.schedule.RoomSlotService;
import org.kogge.schedule.SlotForm;
import org.kogge.schedule.SlotKind;

/**
 * Adds a time slot or edits one: day, start and end in the event's zone, kind and label. Edits are saved only over
 * the version they started from.
 */
class SlotDialog extends FormDialog<SlotForm> {

    private final transient RoomSlotService roomSlots;
    private final String slug;
    private final Long slotId;
    private final Select<LocalDate> day;
    private final TimePicker start = timePicker("schedule.slots.field.start");
    private final TimePicker end = timePicker("schedule.slots.field.end");
    private final Select<SlotKind> kind = new Select<>();
    private final TextField label = new TextField(getTranslation("schedule.slots.field.label"));
    private final StaleMarks<SlotForm> staleMarks;
    /** The stored slot the form was loaded from; after a refused save, the version the next save goes over. */
    private SlotForm loaded;

    /** @param slotId the slot to edit, {@code null} to add one (on the first of {@code days}) */
    SlotDialog(RoomSlotService roomSlots, String slug, Long slotId, List<LocalDate> days, Runnable onSaved) {
        super(slotId == null ? "schedule.slots.add" : "schedule.slots.edit", SlotForm.class, SlotForm::new, onSaved);
        this.roomSlots = roomSlots;
        this.slug = slug;
        this.slotId = slotId;
        day = daySelect(days);
        start.setRequiredIndicatorVisible(true);
        end.setRequiredIndicatorVisible(true);
        kind.setLabel(getTranslation("schedule.slots.field.kind"));
        kind.setItems(SlotKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.messageKey()));
        label.setHelperText(getTranslation("schedule.slots.field.label.helper"));
        label.setMaxLength(SlotForm.LABEL_MAX);

        binder.forField(day).bind("day");
        binder.forField(start).bind("start");
        binder.forField(end).bind("end");
        binder.forField(kind).bind("kind");
        binder.forField(label).bind("label");
        loaded = slotId == null ? new SlotForm() : roomSlots.slotForm(slug, slotId);
        if (loaded.getDay() == null && !days.isEmpty()) {
            loaded.setDay(days.get(0));
        }
        binder.readBean(loaded);
        staleMarks = new StaleMarks<SlotForm>(this)
                .watch(day, SlotForm::getDay, d -> dayLabel(d, getLocale()))
                .watch(start, SlotForm::getStart, String::valueOf)
                .watch(end, SlotForm::getEnd, String::valueOf)
                .watch(kind, SlotForm::getKind, k -> getTranslation(k.messageKey()))
                .watch(label, SlotForm::getLabel, String::valueOf);

        layout("schedule.save", List.of(staleMarks.message()), twoColumns(day, start, end, kind, label));
    }

    @Override
    String submit(SlotForm form) {
        if (slotId == null) {
            roomSlots.addSlot(slug, form);
        } else {
            form.setVersion(loaded.getVersion());
            roomSlots.updateSlot(slug, slotId, form);
        }
        return getTranslation("schedule.slots.saved");
    }

    @Override
    Map<String, ? extends HasValidation> fields() {
        return Map.of("day", day, "start", start, "end", end, "kind", kind, "label", label);
    }

    @Override
    void stale(StaleEditException e) {
        SlotForm now = roomSlots.slotForm(slug, slotId);
        staleMarks.show(loaded, now);
        loaded.setVersion(now.getVersion());
    }
}
