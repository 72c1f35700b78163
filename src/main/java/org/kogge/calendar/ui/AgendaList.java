package org.kogge.calendar.ui;

import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.SerializableConsumer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.kogge.calendar.AgendaDay;
import org.kogge.calendar.AgendaLine;
import org.kogge.common.Formats;

/**
 * My agenda as one lazy list (issue 12): the browser asks for the lines it shows and draws each with one Lit template
 * (text escaped by Lit), so the server keeps one {@link AgendaLine} per entry instead of a component tree per card;
 * the texts of a line are made when it is sent and not kept. A line not yet sent, which the list draws first as an
 * empty placeholder, draws nothing (reading {@code item.card.…} there threw in Chromium and left the list empty). A
 * day is an {@code h2} line, an entry an {@code article} named by its {@code h3} title; the unstar toggle is a real
 * button named with the session's title (a session one hosts has none: it stays in the agenda anyway); one's own
 * sessions, overlaps, cancellations and the waitlist are said in words, their icons hidden from assistive technology.
 */
public class AgendaList extends VirtualList<AgendaList.Row> {

    /** A line of the list: a day's heading ({@code line} null) or one entry of that day. */
    public record Row(LocalDate day, AgendaLine line) {
    }

    /**
     * An entry's texts as the template shows them, made when the line is sent. Optional parts are {@code null}.
     *
     * @param key an id for the entry's title, unique in the list
     */
    public record Card(String key, String href, String title, String when, String kind, String partOf, String hosts,
                       String where, String hosting, String cancelled, String waitlisted, String overlap,
                       String unstar, String unstarLabel) {
    }

    private static final String TEMPLATE = """
            ${item.day ? html`<h2 class="kogge-agenda-day">${item.day}</h2>` : item.card ? html`
            <article class="kogge-card kogge-agenda-item ${item.card.overlap ? 'kogge-agenda-overlapping' : ''}"
                aria-labelledby="kogge-agenda-title-${item.card.key}">
              <div><span class="kogge-agenda-when">${item.card.when}</span>
                <span class="kogge-badge">${item.card.kind}</span></div>
              <h3 class="kogge-agenda-title" id="kogge-agenda-title-${item.card.key}"><a
                  href="${item.card.href}">${item.card.title}</a></h3>
              ${item.card.partOf ? html`<div class="kogge-agenda-part-of">${item.card.partOf}</div>` : ''}
              ${item.card.hosts ? html`<div class="kogge-agenda-hosts">${item.card.hosts}</div>` : ''}
              ${item.card.where ? html`<div class="kogge-agenda-where">${item.card.where}</div>` : ''}
              ${item.card.hosting ? html`<div><span class="kogge-badge kogge-agenda-badge kogge-agenda-hosting"><vaadin-icon
                  icon="vaadin:user-star" aria-hidden="true"></vaadin-icon>${item.card.hosting}</span></div>` : ''}
              ${item.card.cancelled ? html`<div><span class="kogge-badge kogge-agenda-badge kogge-badge-cancelled"><vaadin-icon
                  icon="vaadin:ban" aria-hidden="true"></vaadin-icon>${item.card.cancelled}</span></div>` : ''}
              ${item.card.waitlisted ? html`<div><span class="kogge-badge kogge-agenda-badge kogge-agenda-waitlisted"><vaadin-icon
                  icon="vaadin:hourglass" aria-hidden="true"></vaadin-icon>${item.card.waitlisted}</span></div>` : ''}
              ${item.card.overlap ? html`<div><span class="kogge-badge kogge-agenda-badge kogge-agenda-overlap"><vaadin-icon
                  icon="vaadin:warning" aria-hidden="true"></vaadin-icon>${item.card.overlap}</span></div>` : ''}
              ${item.card.unstar ? html`<div><vaadin-button class="kogge-agenda-unstar" theme="tertiary small"
                  aria-label="${item.card.unstarLabel}" @click=${() => unstar()}><vaadin-icon slot="prefix"
                  icon="vaadin:star"></vaadin-icon>${item.card.unstar}</vaadin-button></div>` : ''}
            </article>` : ''}""";

    /** @param onUnstar removes the star of a session line the person clicked */
    public AgendaList(SerializableConsumer<AgendaLine> onUnstar) {
        addClassName("kogge-agenda-list");
        // Scrolls in its own box: reachable with Tab and arrow keys even without a link in view (axe
        // scrollable-region-focusable).
        getElement().setAttribute("tabindex", "0");
        getElement().setAttribute("aria-label", getTranslation("calendar.agenda.list.label"));
        setRenderer(LitRenderer.<Row>of(TEMPLATE)
                .withProperty("day", row -> row.line() == null ? Formats.day(row.day(), getLocale()) : null)
                .withProperty("card", row -> row.line() == null ? null : card(row.line()))
                .withFunction("unstar", row -> {
                    if (row.line() != null && row.line().isSession() && !row.line().hosting()) {
                        onUnstar.accept(row.line());
                    }
                }));
    }

    /** Shows the agenda's days, each as its heading followed by its entries. */
    void show(List<AgendaDay> days) {
        List<Row> rows = new ArrayList<>();
        for (AgendaDay day : days) {
            rows.add(new Row(day.date(), null));
            day.items().forEach(line -> rows.add(new Row(day.date(), line)));
        }
        setItems(rows);
    }

    /** An entry's texts in the page's language. */
    Card card(AgendaLine line) {
        boolean session = line.isSession();
        boolean starred = session && !line.hosting();
        String key = session ? "s" + line.sessionId() : "e-" + line.eventSlug();
        String href = session ? "events/" + line.eventSlug() + "/sessions/" + line.sessionId()
                : "events/" + line.eventSlug();
        return new Card(key, href, line.title(), when(line),
                getTranslation(session ? "calendar.agenda.session" : "calendar.agenda.event"),
                session ? getTranslation("calendar.agenda.part-of", line.eventTitle()) : null,
                session && !line.hosts().isEmpty()
                        ? getTranslation("calendar.agenda.hosts", String.join(", ", line.hosts())) : null,
                line.where(),
                line.hosting() ? getTranslation("calendar.agenda.hosting") : null,
                line.cancelled() ? getTranslation("calendar.agenda.cancelled") : null,
                line.waitlisted() ? getTranslation("calendar.agenda.waitlisted") : null,
                line.overlaps() ? getTranslation("calendar.agenda.overlap", String.join(", ", line.overlapsWith())) : null,
                // A session one hosts stays in one's agenda with or without a star: nothing to remove.
                starred ? getTranslation("calendar.agenda.unstar") : null,
                starred ? getTranslation("calendar.agenda.unstar.label", line.title()) : null);
    }

    /** Start and end time; the end with its date when it falls on another day. */
    private String when(AgendaLine line) {
        boolean sameDay = line.startsAt().atZone(line.zone()).toLocalDate()
                .equals(line.endsAt().atZone(line.zone()).toLocalDate());
        return Formats.time(line.startsAt(), line.zone(), getLocale()) + " – " + (sameDay
                ? Formats.time(line.endsAt(), line.zone(), getLocale())
                : Formats.dateTime(line.endsAt(), line.zone(), getLocale()));
    }
}
