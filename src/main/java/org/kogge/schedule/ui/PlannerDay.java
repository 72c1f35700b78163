package org.kogge.schedule.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dnd.DropEffect;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import org.kogge.common.Formats;
import org.kogge.schedule.Conflict;
import org.kogge.schedule.ProposedSchedule;
import org.kogge.schedule.RoomDto;
import org.kogge.schedule.ScheduleSnapshot;
import org.kogge.schedule.ScheduledSession;
import org.kogge.schedule.SlotDto;

/**
 * The planner's grid of one day, as an ARIA table: rooms as columns, the day's slots as rows; each cell shows the
 * session placed there or says which longer session continues into it, and in the editable grid takes a dropped card.
 */
class PlannerDay extends Div {

    private final transient ScheduleSnapshot snapshot;
    private final transient Function<ScheduledSession, Component> cards;
    /** Where dropped cards go; {@code null} in a proposal's grid, which is read only. */
    private final transient PlannerActions dropTo;
    private final ZoneId zone;

    /** Today's grid of a day: cards with their actions, cells that take dropped cards. */
    static PlannerDay editable(LocalDate day, ScheduleSnapshot snapshot, ZoneId zone, List<Conflict> conflicts,
                               PlannerActions actions) {
        return new PlannerDay(day, snapshot, zone, s -> PlannerCard.editable(s, conflicts, actions), actions);
    }

    /** A proposal's grid of a day, read only, its cards marked where accepting would change them. */
    static PlannerDay proposed(LocalDate day, ProposedSchedule proposal, ZoneId zone, List<Conflict> conflicts) {
        return new PlannerDay(day, proposal.schedule(), zone, s -> PlannerCard.proposed(s, conflicts, proposal, zone),
                null);
    }

    private PlannerDay(LocalDate day, ScheduleSnapshot snapshot, ZoneId zone,
                       Function<ScheduledSession, Component> cards, PlannerActions dropTo) {
        this.snapshot = snapshot;
        this.cards = cards;
        this.dropTo = dropTo;
        this.zone = zone;
        addClassName("kogge-planner-day");
        String dayLabel = Formats.day(day, getLocale());
        add(new H2(dayLabel));
        List<RoomDto> rooms = snapshot.rooms();
        Div grid = new Div();
        grid.addClassName("kogge-planner-grid");
        grid.getStyle().set("grid-template-columns", "7rem repeat(" + Math.max(1, rooms.size()) + ", minmax(10rem, 1fr))");
        // Titles break at hyphenation points of the page's language, not anywhere in a word (see styles.css).
        grid.getElement().setAttribute("lang", getLocale().getLanguage());
        grid.getElement().setAttribute("role", "table");
        grid.getElement().setAttribute("aria-label", getTranslation("schedule.planner.grid-of", dayLabel));
        grid.add(head(rooms));
        for (SlotDto slot : snapshot.slots().stream().filter(x -> x.day(zone).equals(day)).toList()) {
            Div row = row();
            row.addClassName("kogge-slot-" + slot.kind().name().toLowerCase(Locale.ROOT));
            Div time = new Div();
            time.addClassName("kogge-planner-time");
            time.getElement().setAttribute("role", "rowheader");
            time.add(new Span(Formats.time(slot.startsAt(), zone, getLocale()) + " – "
                    + Formats.time(slot.endsAt(), zone, getLocale())));
            Span kind = new Span(slot.label() != null ? slot.label() : getTranslation(slot.kind().messageKey()));
            kind.addClassName("kogge-planner-slot-kind");
            time.add(kind);
            row.add(time);
            String slotLabel = Formats.dateTime(slot.startsAt(), zone, getLocale());
            for (RoomDto room : rooms) {
                row.add(cell(room, slot, slotLabel));
            }
            grid.add(row);
        }
        add(grid);
    }

    private Div head(List<RoomDto> rooms) {
        Div head = row();
        Div corner = new Div(new Span(getTranslation("schedule.planner.time")));
        corner.addClassName("kogge-planner-corner");
        corner.getElement().setAttribute("role", "columnheader");
        head.add(corner);
        for (RoomDto r : rooms) {
            Div h = new Div();
            h.addClassName("kogge-planner-room");
            h.getElement().setAttribute("role", "columnheader");
            Span name = new Span(r.name());
            name.addClassName("kogge-planner-room-name");
            h.add(name);
            if (r.capacity() != null) {
                h.add(new Span(getTranslation("schedule.planner.seats", r.capacity())));
            }
            if (!r.accessible()) {
                Span notStepFree = new Span(getTranslation("schedule.rooms.not-step-free"));
                notStepFree.addClassName("kogge-planner-not-step-free");
                h.add(notStepFree);
            }
            head.add(h);
        }
        return head;
    }

    private static Div row() {
        Div row = new Div();
        row.addClassName("kogge-planner-row");
        row.getElement().setAttribute("role", "row");
        return row;
    }

    private Div cell(RoomDto room, SlotDto slot, String slotLabel) {
        Div cell = new Div();
        cell.addClassName("kogge-planner-cell");
        cell.getElement().setAttribute("role", "cell");
        cell.getElement().setAttribute("data-room", room.name());
        cell.getElement().setAttribute("data-slot", String.valueOf(slot.id()));
        cell.getElement().setAttribute("aria-label", room.name() + ", " + slotLabel);
        for (ScheduledSession s : snapshot.placed()) {
            if (!Objects.equals(s.roomId(), room.id())) {
                continue;
            }
            if (Objects.equals(s.slotId(), slot.id())) {
                cell.add(cards.apply(s));
            } else if (s.startsAt().isBefore(slot.startsAt()) && slot.startsAt().isBefore(s.endsAt())) {
                Div more = new Div(new Span(getTranslation("schedule.planner.continued", s.content().title())));
                more.addClassName("kogge-planner-continued");
                cell.add(more);
            }
        }
        if (dropTo != null) {
            DropTarget<Div> target = DropTarget.create(cell);
            target.setDropEffect(DropEffect.MOVE);
            target.addDropListener(e -> e.getDragData().ifPresent(id -> dropTo.place((Long) id, room.id(), slot.id())));
        }
        return cell;
    }
}
