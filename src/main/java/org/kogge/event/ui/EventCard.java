package org.kogge.event.ui;

import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import org.kogge.common.Formats;
import org.kogge.event.EventState;
import org.kogge.event.EventSummary;

/**
 * One event in a list: title (a link to its page), kind, host city, venue, dates in the event's zone and the
 * teaser. A cancelled event says so in words, not only by colour.
 */
public class EventCard extends Article {

    public EventCard(EventSummary event) {
        addClassNames("kogge-card", "kogge-event-card");
        if (event.state() == EventState.CANCELLED) {
            addClassName("kogge-event-card-cancelled");
        }

        RouterLink link = new RouterLink(event.title(), EventDetailView.class, new RouteParameters("slug", event.slug()));
        H2 title = new H2(link);
        title.addClassName("kogge-event-card-title");

        Div badges = new Div(EventBadges.kind(this, event.kind()));
        badges.addClassName("kogge-badges");
        EventBadges.state(this, event.state(), false).ifPresent(badges::add);

        Paragraph when = new Paragraph(Formats.range(event.startsAt(), event.endsAt(), event.zone(), getLocale()));
        when.addClassName("kogge-event-card-when");
        Paragraph where = new Paragraph(getTranslation("event.card.where", event.hostCity(), event.venueName()));
        where.addClassName("kogge-event-card-where");

        add(badges, title, when, where);
        if (event.teaser() != null && !event.teaser().isBlank()) {
            Paragraph teaser = new Paragraph(event.teaser());
            teaser.addClassName("kogge-muted");
            add(teaser);
        }
    }
}
