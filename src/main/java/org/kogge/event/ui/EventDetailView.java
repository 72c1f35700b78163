package org.kogge.event.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.ZoneId;
import org.kogge.common.Formats;
import org.kogge.common.ui.EventSlug;
import org.kogge.common.ui.FactList;
import org.kogge.common.ui.PageTitles;
import org.kogge.event.EventDetails;
import org.kogge.event.EventService;
import org.kogge.event.EventState;

/**
 * An event's public page. Drafts exist only for their organizers and admins: for everyone else the service says
 * "not found", which the router shows as the friendly not-found page.
 */
@Route("events/:slug")
@AnonymousAllowed
public class EventDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final EventService events;
    private final java.util.List<EventPageSection> sections;
    private String pageTitle = "";

    public EventDetailView(EventService events, java.util.List<EventPageSection> sections) {
        this.events = events;
        this.sections = sections.stream().sorted(java.util.Comparator.comparingInt(EventPageSection::order)).toList();
        addClassName("kogge-page");
        setPadding(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        EventDetails details = events.details(EventSlug.of(event));
        pageTitle = details.title();
        show(details);
    }

    private void show(EventDetails d) {
        removeAll();
        ZoneId zone = d.zone();

        Div badges = new Div(EventBadges.kind(this, d.kind()));
        badges.addClassName("kogge-badges");
        EventBadges.state(this, d.state(), false).ifPresent(badges::add);
        add(new H1(d.title()), badges);

        if (d.state() == EventState.CANCELLED) {
            Paragraph cancelled = new Paragraph(getTranslation("event.cancelled.notice"));
            cancelled.addClassNames("kogge-badge-cancelled", "kogge-notice");
            add(cancelled);
        }
        if (d.canEdit()) {
            // The one way for organizers to all of the event's organizer pages: its cockpit (organize/events/{slug}).
            Anchor organize = new Anchor("organize/events/" + d.slug(), getTranslation("event.detail.organize"));
            organize.addClassName("kogge-organize-link");
            // Named after the event too (beginning with the visible text), so it differs from the menu's "Organisieren".
            organize.getElement().setAttribute("aria-label", getTranslation("event.detail.organize.aria", d.title()));
            add(organize);
        }

        FactList facts = new FactList();
        facts.fact("event.detail.when", Formats.range(d.startsAt(), d.endsAt(), zone, getLocale()));
        facts.fact("event.detail.host-city", d.hostCity());
        facts.fact("event.detail.venue", d.venueName());
        facts.fact("event.detail.address", d.venueAddress());
        if (d.capacity() != null) {
            facts.fact("event.detail.capacity", getTranslation("event.detail.capacity.value", d.capacity()));
        }
        String opens = Formats.dateTime(d.registrationOpensAt(), zone, getLocale());
        String closes = Formats.dateTime(d.registrationClosesAt(), zone, getLocale());
        if (!opens.isEmpty() && !closes.isEmpty()) {
            facts.fact("event.detail.registration", getTranslation("event.detail.registration.between", opens, closes));
        } else if (!opens.isEmpty()) {
            facts.fact("event.detail.registration", getTranslation("event.detail.registration.from", opens));
        } else if (!closes.isEmpty()) {
            facts.fact("event.detail.registration", getTranslation("event.detail.registration.until", closes));
        }
        if (!d.organizers().isEmpty()) {
            facts.fact("event.detail.organizers", String.join(", ", d.organizers()));
        }
        add(facts);

        add(new Html(d.descriptionHtml()));
        sections.forEach(section -> section.create(d).ifPresent(this::add));
    }


    @Override
    public String getPageTitle() {
        return PageTitles.of(this, pageTitle);
    }
}
