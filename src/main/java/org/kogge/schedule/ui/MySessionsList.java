package org.kogge.schedule.ui;

import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.ArrayList;
import java.util.List;
import org.kogge.common.Formats;
import org.kogge.event.EventSummary;
import org.kogge.schedule.MySessions;
import org.kogge.schedule.SessionPlace;

/**
 * My sessions as one lazy list, like the agenda's: the browser asks for the lines it shows and draws each with one
 * Lit template (text escaped by Lit), so the server keeps one {@link MySessions.Session} per card and no component
 * tree; a card's texts are made when it is sent. A line not yet sent draws nothing. A group ("Demnächst",
 * "Vergangen") is an {@code h2} line, a session an {@code article} named by its {@code h3} title; a cancelled session
 * is said in words, its icon hidden from assistive technology.
 */
public class MySessionsList extends VirtualList<MySessionsList.Row> {

    /** A line of the list: a group's heading ({@code session} null) or one session of that group. */
    public record Row(String heading, MySessions.Session session) {
    }

    /** A card's texts as the template shows them, made when the line is sent. Optional parts are {@code null}. */
    public record Card(String key, String href, String title, String eventHref, String event, String status,
                       String votes, String role, String cohosts, String when, String room, String cancelled) {
    }

    private static final String TEMPLATE = """
            ${item.heading ? html`<h2 class="kogge-my-sessions-group">${item.heading}</h2>` : item.card ? html`
            <article class="kogge-card kogge-my-session" aria-labelledby="kogge-my-session-${item.card.key}">
              <h3 class="kogge-my-session-title" id="kogge-my-session-${item.card.key}"><a
                  href="${item.card.href}">${item.card.title}</a></h3>
              <div class="kogge-my-session-event"><a href="${item.card.eventHref}">${item.card.event}</a></div>
              <div><span class="kogge-badge kogge-my-session-status">${item.card.status}</span>
                <span class="kogge-my-session-votes">${item.card.votes}</span></div>
              <div class="kogge-muted kogge-my-session-role">${item.card.role}</div>
              ${item.card.cohosts ? html`<div class="kogge-my-session-cohosts">${item.card.cohosts}</div>` : ''}
              ${item.card.when ? html`<div class="kogge-my-session-when">${item.card.when}</div>` : ''}
              ${item.card.room ? html`<div class="kogge-my-session-room">${item.card.room}</div>` : ''}
              ${item.card.cancelled ? html`<div><span class="kogge-badge kogge-agenda-badge kogge-badge-cancelled"><vaadin-icon
                  icon="vaadin:ban" aria-hidden="true"></vaadin-icon>${item.card.cancelled}</span></div>` : ''}
            </article>` : ''}""";

    public MySessionsList() {
        addClassName("kogge-my-sessions-list");
        // Scrolls in its own box: reachable with Tab and arrow keys even without a link in view (axe
        // scrollable-region-focusable).
        getElement().setAttribute("tabindex", "0");
        getElement().setAttribute("aria-label", getTranslation("schedule.my-sessions.list.label"));
        setRenderer(LitRenderer.<Row>of(TEMPLATE)
                .withProperty("heading", Row::heading)
                .withProperty("card", row -> row.session() == null ? null : card(row.session())));
    }

    /** Shows the upcoming sessions, then the past ones, each group under its heading. */
    void show(List<MySessions.Session> upcoming, List<MySessions.Session> past) {
        List<Row> rows = new ArrayList<>();
        if (!upcoming.isEmpty()) {
            rows.add(new Row(getTranslation("schedule.my-sessions.upcoming"), null));
            upcoming.forEach(s -> rows.add(new Row(null, s)));
        }
        if (!past.isEmpty()) {
            rows.add(new Row(getTranslation("schedule.my-sessions.past"), null));
            past.forEach(s -> rows.add(new Row(null, s)));
        }
        setItems(rows);
    }

    /** A card's texts in the page's language. */
    Card card(MySessions.Session s) {
        EventSummary e = s.event();
        long id = s.proposal().id();
        String eventHref = "events/" + e.slug();
        String href = switch (s.target()) {
            case EDIT -> eventHref + "/proposals/" + id + "/edit";
            case SESSION -> eventHref + "/sessions/" + id;
            case BOARD -> eventHref + "/proposals";
        };
        List<String> cohosts = s.proposal().cohostNames();
        String role = s.proposal().host() ? getTranslation("schedule.my-sessions.role.host")
                : getTranslation("schedule.my-sessions.role.cohost", unknownIfNull(s.proposal().hostName()));
        SessionPlace place = s.place() == null ? null : s.place().place();
        return new Card(String.valueOf(id), href, s.proposal().title(), eventHref, e.title(),
                getTranslation(s.proposal().status().messageKey()),
                getTranslation("proposal.card.votes", s.proposal().votes()), role,
                cohosts.isEmpty() ? null : getTranslation("schedule.my-sessions.cohosts", String.join(", ", cohosts)),
                place == null ? null : Formats.range(place.startsAt(), place.endsAt(), e.zone(), getLocale()),
                place == null ? null : getTranslation("schedule.my-sessions.room", place.room()),
                s.place() != null && s.place().cancelled() ? getTranslation("schedule.my-sessions.cancelled") : null);
    }

    private String unknownIfNull(String name) {
        return name == null ? getTranslation("proposal.card.unknown-host") : name;
    }
}
