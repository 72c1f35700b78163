package org.kogge.schedule.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.kogge.common.NotFoundException;
import org.kogge.common.ui.EventSlug;
import org.kogge.common.ui.FactList;
import org.kogge.common.ui.LoginLink;
import org.kogge.common.ui.PageTitles;
import org.kogge.proposal.SessionContent;
import org.kogge.schedule.PublicScheduleService;
import org.kogge.schedule.PublicScheduleService.SessionPage;
import org.kogge.schedule.Visibility;
import org.kogge.schedule.ScheduledSession;
import org.kogge.schedule.StarService;

/**
 * One session of a barcamp's programme: abstract (sanitized Markdown), hosts, room and time in the event's zone,
 * topics, format and language, "abgesagt" when cancelled, the star toggle and the session's calendar file.
 * Below them the sections other features add ({@link SessionPageSection}, such as the session's materials).
 * A session of another event, one not in the programme or an unknown id is the not-found page.
 */
@Route("events/:slug/sessions/:id")
@AnonymousAllowed
public class SessionView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient PublicScheduleService schedules;
    private final transient StarService stars;
    private final transient List<SessionPageSection> sections;
    private String pageTitle = "";

    public SessionView(PublicScheduleService schedules, StarService stars, List<SessionPageSection> sections) {
        this.schedules = schedules;
        this.stars = stars;
        this.sections = sections.stream().sorted(Comparator.comparingInt(SessionPageSection::order)).toList();
        addClassNames("kogge-page", "kogge-narrow", "kogge-programme-session-page");
        setPadding(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = EventSlug.of(event);
        long id;
        try {
            id = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
        } catch (NumberFormatException e) {
            throw new NotFoundException("session " + event.getRouteParameters().get("id").orElse(""));
        }
        show(schedules.session(slug, id));
    }

    private void show(SessionPage page) {
        removeAll();
        ScheduledSession s = page.session();
        SessionContent c = s.content();
        ZoneId zone = page.event().zone();
        String slug = page.event().slug();
        pageTitle = c.title();

        Anchor back = new Anchor("events/" + slug + "/schedule", getTranslation("programme.session.back", page.event().title()));
        back.addClassName("kogge-programme-back");
        H1 title = new H1(c.title());
        title.addClassName("kogge-programme-session-title");
        add(back);
        if (page.visibility() == Visibility.PREVIEW) {
            Paragraph preview = new Paragraph(getTranslation("programme.preview"));
            preview.addClassNames("kogge-preview", "kogge-programme-preview");
            preview.getElement().setAttribute("role", "note");
            add(preview);
        }
        add(title);
        if (s.isCancelled()) {
            title.addClassName("kogge-programme-cancelled");
            Paragraph cancelled = new Paragraph(getTranslation("programme.session.cancelled"));
            cancelled.addClassNames("kogge-notice", "kogge-badge-cancelled", "kogge-programme-cancelled-notice");
            cancelled.getElement().setAttribute("role", "status");
            add(cancelled);
        }

        FactList facts = new FactList();
        facts.fact("programme.session.when", PublicScheduleTexts.when(s, zone, getLocale()));
        facts.fact("programme.session.room", page.room() == null ? s.roomName()
                : getTranslation("programme.session.room-with-facts", s.roomName(), PublicScheduleTexts.roomFacts(this, page.room())));
        facts.fact("programme.session.hosts", PublicScheduleTexts.hosts(c));
        facts.fact("programme.session.topics", PublicScheduleTexts.topics(c));
        facts.fact("programme.session.format", c.format() == null ? null : getTranslation(c.format().messageKey()));
        facts.fact("programme.session.language", c.language() == null ? null : getTranslation(c.language().messageKey()));
        facts.fact("programme.session.status", getTranslation(s.isCancelled() ? "programme.cancelled" : "programme.session.status.scheduled"));
        add(facts);

        Div abstractText = new Div(new Html(page.abstractHtml()));
        abstractText.addClassName("kogge-programme-abstract");
        add(abstractText);

        HorizontalLayout actions = new HorizontalLayout();
        actions.addClassName("kogge-programme-actions");
        actions.setWrap(true);
        if (page.loggedIn() && page.visibility() == Visibility.PUBLISHED) {
            actions.add(new SessionStars(this, stars, slug, page.starred() ? Set.of(s.id()) : Set.of()).button(s));
        }
        if (page.visibility() == Visibility.PUBLISHED) {
            Anchor calendar = new Anchor("calendar/sessions/" + s.id() + ".ics", getTranslation("programme.session.add-to-calendar"));
            calendar.setRouterIgnore(true);
            calendar.addClassNames("kogge-programme-calendar", "kogge-icon-link");
            calendar.addComponentAsFirst(VaadinIcon.CALENDAR.create());
            actions.add(calendar);
        }
        add(actions);
        if (!page.loggedIn() && page.visibility() == Visibility.PUBLISHED) {
            Div hint = new Div(new Span(getTranslation("programme.star.login-hint")), new Span(" "),
                    new LoginLink(getTranslation("programme.star.login")));
            hint.addClassName("kogge-programme-login-hint");
            add(hint);
        }
        sections.forEach(section -> section.create(page).ifPresent(this::add));
    }


    @Override
    public String getPageTitle() {
        return PageTitles.of(this, pageTitle);
    }
}
