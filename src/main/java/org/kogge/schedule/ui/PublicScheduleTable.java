package org.kogge.schedule.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.kogge.schedule.PublicScheduleService.Day;
import org.kogge.schedule.RoomDto;
import org.kogge.schedule.ScheduledSession;
import org.kogge.schedule.SlotDto;
import org.kogge.schedule.SlotKind;

/**
 * One day of the programme as a real table for wide screens: rooms are columns ({@code th scope="col"}), slots
 * rows ({@code th scope="row"}); every cell names its slot and room in {@code headers}. A session longer than a
 * slot spans its rows; a break or plenary slot spans the whole row.
 */
public class PublicScheduleTable extends Div {

    /**
     * @param dayIndex makes the header ids unique on the page
     * @param card builds a session's card
     */
    public PublicScheduleTable(Day day, int dayIndex, List<RoomDto> rooms, ZoneId zone,
                               Function<ScheduledSession, PublicSessionCard> card) {
        addClassName("kogge-programme-grid");
        NativeTable table = new NativeTable();
        table.setCaptionText(getTranslation("programme.grid.caption", PublicScheduleTexts.day(day.date(), getLocale())));
        NativeTableRow head = table.getHead().addRow();
        NativeTableHeaderCell corner = head.addHeaderCell();
        corner.setText(getTranslation("programme.grid.time"));
        corner.getElement().setAttribute("scope", "col");
        for (RoomDto room : rooms) {
            NativeTableHeaderCell th = head.addHeaderCell();
            th.setText(room.name());
            th.setId(roomHeader(dayIndex, room));
            th.getElement().setAttribute("scope", "col");
        }
        NativeTableBody body = table.getBody();
        // Cells (slot id + room id) that a longer session above already covers.
        Set<String> covered = new HashSet<>();
        List<SlotDto> slots = day.slots();
        for (int i = 0; i < slots.size(); i++) {
            SlotDto slot = slots.get(i);
            NativeTableRow row = body.addRow();
            row.addClassName("kogge-programme-row-" + slot.kind().name().toLowerCase(java.util.Locale.ROOT));
            NativeTableHeaderCell th = row.addHeaderCell();
            th.setId(slotHeader(slot));
            th.getElement().setAttribute("scope", "row");
            th.setText(PublicScheduleTexts.span(slot, zone, getLocale()));
            List<ScheduledSession> starting = day.startingIn(slot);
            if (slot.kind() != SlotKind.SESSION) {
                NativeTableCell cell = row.addDataCell();
                cell.setColspan(Math.max(1, rooms.size()));
                cell.addClassName("kogge-programme-spanning");
                cell.getElement().setAttribute("headers", slotHeader(slot));
                Span label = new Span(slotLabel(slot));
                label.addClassName("kogge-programme-slot-label");
                cell.add(label);
                starting.forEach(s -> cell.add(card.apply(s)));
                continue;
            }
            for (RoomDto room : rooms) {
                if (covered.contains(slot.id() + "/" + room.id())) {
                    continue;
                }
                NativeTableCell cell = row.addDataCell();
                cell.getElement().setAttribute("headers", slotHeader(slot) + " " + roomHeader(dayIndex, room));
                List<ScheduledSession> here = starting.stream().filter(s -> Objects.equals(s.roomId(), room.id())).toList();
                if (here.isEmpty()) {
                    cell.addClassName("kogge-programme-empty");
                    continue;
                }
                here.forEach(s -> cell.add(card.apply(s)));
                int span = 1;
                while (i + span < slots.size() && continues(slots.get(i + span), here)) {
                    covered.add(slots.get(i + span).id() + "/" + room.id());
                    span++;
                }
                if (span > 1) {
                    cell.setRowspan(span);
                }
            }
        }
        add(table);
    }

    /** Whether a session slot still belongs to the sessions above it (they end after it starts). */
    private static boolean continues(SlotDto next, List<ScheduledSession> sessions) {
        return next.kind() == SlotKind.SESSION && sessions.stream().anyMatch(s -> next.startsAt().isBefore(s.endsAt()));
    }

    private String slotLabel(SlotDto slot) {
        return slot.label() == null || slot.label().isBlank() ? getTranslation(slot.kind().messageKey()) : slot.label();
    }

    static String slotHeader(SlotDto slot) {
        return "programme-slot-" + slot.id();
    }

    static String roomHeader(int dayIndex, RoomDto room) {
        return "programme-day" + dayIndex + "-room-" + room.id();
    }
}
