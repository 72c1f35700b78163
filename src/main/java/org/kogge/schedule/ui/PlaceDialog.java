package org.kogge.schedule.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.kogge.common.Formats;
import org.kogge.common.InvalidInputException;
import org.kogge.common.ui.DialogFooters;
import org.kogge.common.ui.FormErrors;
import org.kogge.common.ui.RequiredFields;
import org.kogge.schedule.PlaceResult;
import org.kogge.schedule.RoomDto;
import org.kogge.schedule.ScheduledSession;
import org.kogge.schedule.SlotDto;

/**
 * "Place in…": the keyboard way to put a session into a room and slot (drag and drop is the other). The service
 * decides; a refusal is shown beside the fields, warnings of the new place are passed on.
 */
class PlaceDialog extends Dialog {

    /** Places the session; may throw {@link InvalidInputException}. */
    interface Placer {
        PlaceResult place(long sessionId, long roomId, long slotId);
    }

    final Select<RoomDto> room = new Select<>();
    final Select<SlotDto> slot = new Select<>();

    PlaceDialog(ScheduledSession session, List<RoomDto> rooms, List<SlotDto> slots, ZoneId zone, Placer placer,
                java.util.function.Consumer<PlaceResult> done) {
        setHeaderTitle(getTranslation("schedule.place.title", session.content().title()));
        room.setLabel(getTranslation("schedule.place.room"));
        room.setItems(rooms);
        room.setItemLabelGenerator(r -> r.capacity() == null ? r.name()
                : getTranslation("schedule.place.room-option", r.name(), r.capacity()));
        room.setRequiredIndicatorVisible(true);
        RequiredFields.withValidAria(room, slot);
        slot.setLabel(getTranslation("schedule.place.slot"));
        slot.setItems(slots);
        slot.setItemLabelGenerator(s -> Formats.date(s.startsAt(), zone, getLocale()) + ", "
                + Formats.time(s.startsAt(), zone, getLocale()) + " – " + Formats.time(s.endsAt(), zone, getLocale())
                + " · " + (s.label() != null ? s.label() : getTranslation(s.kind().messageKey())));
        slot.setRequiredIndicatorVisible(true);
        if (session.isPlaced()) {
            rooms.stream().filter(r -> Objects.equals(r.id(), session.roomId())).findFirst().ifPresent(room::setValue);
            slots.stream().filter(s -> Objects.equals(s.id(), session.slotId())).findFirst().ifPresent(slot::setValue);
        }
        FormLayout fields = new FormLayout(room, slot);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        if (session.content().slots() > 1) {
            add(new Paragraph(getTranslation("schedule.place.two-slots", session.content().slots())));
        }
        add(fields);

        Button place = new Button(getTranslation("schedule.place.confirm"), e -> {
            room.setInvalid(room.getValue() == null);
            slot.setInvalid(slot.getValue() == null);
            if (room.getValue() == null || slot.getValue() == null) {
                room.setErrorMessage(getTranslation("schedule.place.choose"));
                slot.setErrorMessage(getTranslation("schedule.place.choose"));
                return;
            }
            try {
                PlaceResult r = placer.place(session.id(), room.getValue().id(), slot.getValue().id());
                close();
                done.accept(r);
            } catch (InvalidInputException ex) {
                FormErrors.show(this, ex, Map.of("room", room, "slot", slot));
            }
        });
        DialogFooters.cancelThen(this, getTranslation("schedule.cancel"), place);
    }
}
