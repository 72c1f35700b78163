package org.kogge.schedule.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.kogge.common.ui.StaleEditGuard;
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
    private final StaleEditGuard<SlotForm> guard;

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

        binder.bindInstanceFields(this);   // each field to the form's property of its name
        SlotForm stored = slotId == null ? new SlotForm() : roomSlots.slotForm(slug, slotId);
        if (stored.getDay() == null && !days.isEmpty()) {
            stored.setDay(days.get(0));
        }
        guard = new StaleEditGuard<>(binder, () -> roomSlots.slotForm(slug, slotId));
        guard.load(stored);

        layout("schedule.save", List.of(guard.notice()), twoColumns(day, start, end, kind, label));
    }

    @Override
    String submit(SlotForm form) {
        String saved = getTranslation("schedule.slots.saved");
        if (slotId == null) {
            roomSlots.addSlot(slug, form);
            return saved;
        }
        return guard.save(form, f -> {
            roomSlots.updateSlot(slug, slotId, f);
            return saved;
        });
    }

    @Override
    Map<String, ? extends HasValidation> fields() {
        return Map.of("day", day, "start", start, "end", end, "kind", kind, "label", label);
    }
}
