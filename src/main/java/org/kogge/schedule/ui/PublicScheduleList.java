package org.kogge.schedule.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;
import org.kogge.schedule.PublicScheduleService.Day;
import org.kogge.schedule.ScheduledSession;
import org.kogge.schedule.SlotDto;
import org.kogge.schedule.SlotKind;

/**
 * One day of the programme as a list for phones: a heading per slot (its time, and for breaks and plenaries what
 * happens), under it the sessions that start then, each with its room. Slots in which nothing starts are left out.
 */
public class PublicScheduleList extends Div {

    public PublicScheduleList(Day day, ZoneId zone, Function<ScheduledSession, PublicSessionCard> card) {
        addClassName("kogge-programme-list");
        for (SlotDto slot : day.slots()) {
            List<ScheduledSession> starting = day.startingIn(slot);
            if (slot.kind() == SlotKind.SESSION && starting.isEmpty()) {
                continue;
            }
            String time = PublicScheduleTexts.span(slot, zone, getLocale());
            H4 heading = new H4(slot.kind() == SlotKind.SESSION ? time
                    : getTranslation("programme.list.special-slot", time, slotLabel(slot)));
            Div group = new Div(heading);
            group.addClassNames("kogge-programme-list-slot",
                    "kogge-programme-row-" + slot.kind().name().toLowerCase(java.util.Locale.ROOT));
            if (!starting.isEmpty()) {
                UnorderedList items = new UnorderedList();
                starting.forEach(s -> items.add(new ListItem(card.apply(s))));
                group.add(items);
            }
            add(group);
        }
    }

    private String slotLabel(SlotDto slot) {
        return slot.label() == null || slot.label().isBlank() ? getTranslation(slot.kind().messageKey()) : slot.label();
    }
}
