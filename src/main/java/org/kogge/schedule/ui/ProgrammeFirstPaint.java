package org.kogge.schedule.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Element;
import org.kogge.schedule.ui.ProgrammeRows.Card;
import org.kogge.schedule.ui.ProgrammeRows.DayHead;
import org.kogge.schedule.ui.ProgrammeRows.RoomHead;
import org.kogge.schedule.ui.ProgrammeRows.Row;
import org.kogge.schedule.ui.ProgrammeRows.SlotLine;
import org.springframework.stereotype.Component;

/**
 * The programme's first paint: the page that opens the programme ({@code vaadin.eagerServerLoad}: the view is built
 * while that page is answered) carries the view's content as plain HTML, so the browser shows the whole programme
 * before Vaadin's scripts have even arrived, and without JavaScript at all. The copy is made from what the view
 * already shows (its component tree and the lines of its {@link ProgrammeList}, with the same markup and classes as
 * the list's template), written with jsoup, which escapes every text and attribute; nothing of it is kept on the
 * server. When the live view is attached in the browser, {@link ProgrammeList} takes the copy's place (see
 * {@link ProgrammeList#REPLACE_FIRST_PAINT}), at the line the visitor had scrolled to.
 */
@Component
public class ProgrammeFirstPaint implements VaadinServiceInitListener {

    /** The id of the copy in the page, which the live list removes. */
    static final String ID = "kogge-first-paint";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(r -> r.getUI().flatMap(ProgrammeFirstPaint::programmeOf)
                .ifPresent(view -> r.getDocument().body().prependChild(html(view))));
    }

    private static Optional<PublicScheduleView> programmeOf(UI ui) {
        return ui.getInternals().getActiveRouterTargetsChain().stream()
                .filter(PublicScheduleView.class::isInstance).map(PublicScheduleView.class::cast).findFirst();
    }

    /** The view's content as plain HTML in a {@code main} landmark (the live page's own comes with its layout). */
    static Element html(PublicScheduleView view) {
        Element main = new Element("main").id(ID).addClass("kogge-main").addClass("kogge-first-paint");
        copy(view.getElement(), main);
        return main;
    }

    /** Copies a visible element of the view with its attributes and text; the programme's list as its lines. */
    private static void copy(com.vaadin.flow.dom.Element from, Element into) {
        if (from.isTextNode()) {
            into.appendText(from.getText());
            return;
        }
        if (!from.isVisible()) {
            return;
        }
        if (from.getComponent().orElse(null) instanceof ProgrammeList list) {
            into.appendChild(lines(list));
            return;
        }
        Element to = into.appendElement(from.getTag());
        from.getAttributeNames().forEach(name -> to.attr(name, from.getAttribute(name)));
        // A field's parts (a select's items) are no content of the page: the field comes empty, to keep its place.
        if (!(from.getComponent().orElse(null) instanceof HasValue<?, ?>)) {
            from.getChildren().forEach(child -> copy(child, to));
        }
    }

    /** The list's box with every line, as the list's template draws them (no star buttons: they need the live page). */
    private static Element lines(ProgrammeList list) {
        com.vaadin.flow.dom.Element from = list.getElement();
        Element box = new Element("section").addClass("kogge-programme-days")
                .attr("aria-label", from.getAttribute("aria-label")).attr("tabindex", "0");
        for (Row row : list.rows()) {
            Element line = box.appendElement("div");
            if (row.day() != null) {
                day(row.day(), line);
            } else {
                slot(row.slot(), list.texts(), line);
            }
        }
        return box;
    }

    private static void day(DayHead day, Element line) {
        Element head = line.appendElement("div").addClass("kogge-programme-day-head")
                .attr("style", "--kogge-rooms:" + day.rooms().size());
        head.appendElement("h2").id(day.id()).addClass("kogge-programme-day-heading").text(day.heading());
        Element rooms = head.appendElement("div").addClass("kogge-programme-room-heads");
        rooms.appendElement("span").addClass("kogge-programme-time-head").text(day.time());
        for (RoomHead r : day.rooms()) {
            Element room = rooms.appendElement("span").addClass("kogge-programme-room-head").text(r.name());
            room.appendElement("span").addClass("kogge-programme-room-facts").text(r.facts());
        }
    }

    private static void slot(SlotLine slot, ProgrammeList.Texts texts, Element line) {
        Element s = line.appendElement("div").addClass("kogge-programme-slot")
                .addClass("kogge-programme-row-" + slot.kind()).attr("style", "--kogge-rooms:" + slot.columns());
        if (slot.sessions().isEmpty() && slot.label() == null) {
            s.addClass("kogge-programme-slot-empty");
        }
        s.appendElement("h3").addClass("kogge-programme-slot-time").text(slot.time());
        if (slot.label() != null) {
            s.appendElement("p").addClass("kogge-programme-spanning").appendElement("span")
                    .addClass("kogge-programme-slot-label").text(slot.label());
        }
        if (!slot.sessions().isEmpty()) {
            Element ul = s.appendElement("ul").addClass("kogge-programme-sessions");
            for (Card c : slot.sessions()) {
                session(c, "session".equals(slot.kind()) ? String.valueOf(c.column()) : "1 / -1", texts, ul);
            }
        }
    }

    private static void session(Card c, String column, ProgrammeList.Texts texts, Element ul) {
        Element li = ul.appendElement("li").addClass("kogge-programme-session").attr("style", "grid-column:" + column);
        if (c.cancelled()) {
            li.addClass("kogge-programme-cancelled");
        }
        if (c.longer()) {
            li.addClass("kogge-programme-long");
        }
        Element head = li.appendElement("div").addClass("kogge-programme-session-head");
        head.appendElement("a").addClass("kogge-programme-title").attr("href", c.href()).text(c.title());
        if (c.cancelled()) {
            head.appendElement("span").addClass("kogge-badge").addClass("kogge-badge-cancelled")
                    .addClass("kogge-programme-cancelled-label").text(texts.cancelled());
        }
        li.appendElement("p").addClass("kogge-programme-place").text(c.place());
        for (String[] part : List.of(new String[] {"kogge-programme-hosts", c.hosts()},
                new String[] {"kogge-programme-topics kogge-muted", c.topics()})) {
            if (part[1] != null && !part[1].isEmpty()) {
                li.appendElement("p").attr("class", part[0]).text(part[1]);
            }
        }
    }
}
