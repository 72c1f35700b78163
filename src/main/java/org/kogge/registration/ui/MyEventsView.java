package org.kogge.registration.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.kogge.common.Formats;
import org.kogge.common.ui.PageTitles;
import org.kogge.event.EventState;
import org.kogge.event.EventSummary;
import org.kogge.registration.MyEventRegistration;
import org.kogge.registration.RegistrationService;
import org.kogge.registration.RegistrationStatus;

/** The events I registered for: upcoming ones (soonest first), then past ones, each with my status. */
@Route("me/events")
@PermitAll
@Menu(order = 20, title = "nav.my-events", icon = "CALENDAR_USER")
public class MyEventsView extends VerticalLayout implements HasDynamicTitle {

    public MyEventsView(RegistrationService registrations, Clock clock) {
        addClassName("kogge-page");
        add(new H1(getTranslation("registration.my-events.title")));
        List<MyEventRegistration> mine = registrations.myEvents();
        if (mine.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("registration.my-events.empty"));
            empty.addClassName("kogge-my-events-empty");
            add(empty, new Anchor("events", getTranslation("registration.my-events.browse")));
            return;
        }
        Instant now = clock.instant();
        List<MyEventRegistration> upcoming = mine.stream().filter(m -> !m.event().endsAt().isBefore(now)).toList();
        List<MyEventRegistration> past = mine.stream().filter(m -> m.event().endsAt().isBefore(now)).toList();
        section("registration.my-events.upcoming", "registration.my-events.none-upcoming", upcoming);
        if (!past.isEmpty()) {
            section("registration.my-events.past", null, past);
        }
    }

    private void section(String titleKey, String emptyKey, List<MyEventRegistration> items) {
        add(new H2(getTranslation(titleKey)));
        if (items.isEmpty() && emptyKey != null) {
            Paragraph none = new Paragraph(getTranslation(emptyKey));
            none.addClassName("kogge-muted");
            add(none);
            add(new Anchor("events", getTranslation("registration.my-events.browse")));
        }
        items.forEach(item -> add(card(item)));
    }

    private Div card(MyEventRegistration item) {
        EventSummary e = item.event();
        H3 title = new H3(new Anchor("events/" + e.slug(), e.title()));
        Span when = new Span(Formats.range(e.startsAt(), e.endsAt(), e.zone(), getLocale()));
        when.addClassName("kogge-my-events-when");
        Span where = new Span(e.hostCity() == null ? "" : e.hostCity());
        where.addClassName("kogge-muted");
        Span status = new Span(statusText(item));
        status.addClassName("kogge-my-events-status");
        status.getStyle().set("font-weight", "600");
        Div card = new Div(title, line(when), line(where), line(status));
        if (e.state() == EventState.CANCELLED) {
            Span cancelled = new Span(getTranslation("registration.my-events.event-cancelled"));
            cancelled.addClassName("kogge-badge-cancelled");
            card.add(line(cancelled));
        }
        card.addClassNames("kogge-card", "kogge-my-event");
        card.setWidthFull();
        return card;
    }

    private static Div line(Span content) {
        return new Div(content);
    }

    private String statusText(MyEventRegistration item) {
        return item.status() == RegistrationStatus.WAITLISTED
                ? getTranslation("registration.my-events.waitlisted", item.waitlistPosition())
                : getTranslation(item.status().messageKey());
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("registration.my-events.title"));
    }
}
