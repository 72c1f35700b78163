package org.kogge.schedule.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import org.kogge.common.ui.StaleEditGuard;
import org.kogge.schedule.RoomDto;
import org.kogge.schedule.RoomForm;
import org.kogge.schedule.RoomSlotService;

/** Adds a room or edits one: name, seats, notes, step-free. Edits are saved only over the version they started from. */
class RoomDialog extends FormDialog<RoomForm> {

    private final transient RoomSlotService roomSlots;
    private final String slug;
    private final RoomDto existing;
    private final TextField name = new TextField(getTranslation("schedule.rooms.field.name"));
    private final IntegerField capacity = new IntegerField(getTranslation("schedule.rooms.field.capacity"));
    private final TextArea notes = new TextArea(getTranslation("schedule.rooms.field.notes"));
    private final Checkbox accessible = new Checkbox(getTranslation("schedule.rooms.field.step-free"));
    private final StaleEditGuard<RoomForm> guard;

    /** @param existing the room to edit, {@code null} to add one */
    RoomDialog(RoomSlotService roomSlots, String slug, RoomDto existing, Runnable onSaved) {
        super(existing == null ? "schedule.rooms.add" : "schedule.rooms.edit", RoomForm.class, RoomForm::new, onSaved);
        this.roomSlots = roomSlots;
        this.slug = slug;
        this.existing = existing;
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(RoomForm.NAME_MAX);
        capacity.setHelperText(getTranslation("schedule.rooms.field.capacity.helper"));
        capacity.setMin(1);
        capacity.setMax(RoomForm.CAPACITY_MAX);
        notes.setHelperText(getTranslation("schedule.rooms.field.notes.helper"));
        notes.setMaxLength(RoomForm.NOTES_MAX);

        binder.bindInstanceFields(this);   // each field to the form's property of its name
        guard = new StaleEditGuard<>(binder, () -> roomSlots.roomForm(slug, existing.id()))
                .describe(accessible, (Boolean step) -> getTranslation(
                        step ? "schedule.rooms.step-free" : "schedule.rooms.not-step-free"));
        guard.load(existing == null ? new RoomForm() : roomSlots.roomForm(slug, existing.id()));

        FormLayout fields = new FormLayout(name, capacity, notes, accessible);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        layout("schedule.save", List.of(guard.notice()), fields);
    }

    @Override
    public void open() {
        super.open();
        name.focus();
    }

    @Override
    String submit(RoomForm form) {
        String saved = getTranslation("schedule.rooms.saved", form.getName().strip());
        if (existing == null) {
            roomSlots.addRoom(slug, form);
            return saved;
        }
        return guard.save(form, f -> {
            roomSlots.updateRoom(slug, existing.id(), f);
            return saved;
        });
    }

    @Override
    Map<String, ? extends HasValidation> fields() {
        return Map.of("name", name, "capacity", capacity, "notes", notes);
    }
}
