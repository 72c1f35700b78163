package org.kogge.schedule.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.kogge.common.Formats;
import org.kogge.common.NotFoundException;
import org.kogge.common.live.LiveBroadcaster;
import org.kogge.common.ui.EventSlug;
import org.kogge.common.ui.FilterSelect;
import org.kogge.common.ui.LiveRefresh;
import org.kogge.common.ui.LoginLink;
import org.kogge.common.ui.PageTitles;
import org.kogge.proposal.TopicDto;
import org.kogge.schedule.PublicScheduleService;
import org.kogge.schedule.PublicScheduleService.Change;
import org.kogge.schedule.PublicScheduleService.Programme;
import org.kogge.schedule.Visibility;
import org.kogge.schedule.RoomDto;
import org.kogge.schedule.ScheduleUpdates;
import org.kogge.schedule.StarService;

/**
 * A barcamp's public programme: one lazy list of its days and slots ({@link ProgrammeList}), a grid (rooms as
 * columns, slots as rows) on wide screens and a list on phones by style alone, so each session is sent once;
 * filters by topic and room kept in the address ({@code ?topic=3&room=7}) so that they can be bookmarked; the latest changes since publication; stars for logged-in visitors. When the schedule
 * changes while the page is open, it says so (push) and shows the new state on request.
 */
@Route("events/:slug/schedule")
@AnonymousAllowed
public class PublicScheduleView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String TOPIC = "topic";
    static final String ROOM = "room";

    private final transient PublicScheduleService schedules;
    private final transient StarService stars;
    private final LiveRefresh<Long> live;

    private String slug;
    private Long topicId;
    private Long roomId;
    private String pageTitle = "";

    private final Div content = new Div();
    private final Div changedNotice = new Div();
    private final FilterSelect<TopicDto> topicFilter = new FilterSelect<>(getTranslation("programme.filter.topic"),
            getTranslation("programme.filter.all-topics"), TopicDto::name, this::filtersChanged);
    private final FilterSelect<RoomDto> roomFilter = new FilterSelect<>(getTranslation("programme.filter.room"),
            getTranslation("programme.filter.all-rooms"), RoomDto::name, this::filtersChanged);

    public PublicScheduleView(PublicScheduleService schedules, StarService stars, LiveBroadcaster broadcaster) {
        this.schedules = schedules;
        this.stars = stars;
        this.live = LiveRefresh.of(this, broadcaster, ScheduleUpdates.TOPIC, () -> changedNotice.setVisible(true));
        addClassNames("kogge-page", "kogge-programme");
        setPadding(false);
        content.addClassName("kogge-programme-content");
        content.setWidthFull();

        // A change pushed while someone reads is offered, not forced: the page does not move under their eyes.
        changedNotice.addClassName("kogge-programme-changed");
        changedNotice.getElement().setAttribute("role", "status");
        changedNotice.setVisible(false);
        Button show = new Button(getTranslation("programme.changed.show"), e -> refresh());
        show.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        changedNotice.add(new Span(getTranslation("programme.changed.text")), show);
        add(changedNotice, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        slug = EventSlug.of(event);
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        topicId = idOf(query.get(TOPIC));
        roomId = idOf(query.get(ROOM));
        load();
    }

    /**
     * Reads and shows the programme with the filters in effect, and follows its changes from that reading on: the
     * "changed" offer comes only for a change the page does not show yet.
     */
    private void load() {
        long readAt = live.sequence();
        Programme p = schedules.programme(slug, topicId, roomId);
        slug = p.event().slug();
        show(p);
        live.follow(p.event().eventId(), readAt);
    }

    /** Shows the programme anew (after a change of the schedule). */
    private void refresh() {
        try {
            load();
        } catch (NotFoundException e) {
            // The event went back to draft meanwhile: the address now leads to the not-found page.
            UI.getCurrent().getPage().reload();
        }
    }

    private void show(Programme p) {
        changedNotice.setVisible(false);
        ZoneId zone = p.event().zone();
        pageTitle = getTranslation("programme.title", p.event().title());
        content.removeAll();
        H1 heading = new H1(getTranslation("programme.heading", p.event().title()));
        content.add(heading, links(p));

        if (p.visibility() == Visibility.NOT_PUBLISHED) {
            Paragraph notYet = new Paragraph(getTranslation("programme.not-published"));
            notYet.addClassNames("kogge-notice", "kogge-programme-not-published");
            content.add(notYet);
            return;
        }
        if (p.visibility() == Visibility.PREVIEW) {
            Paragraph preview = new Paragraph(getTranslation("programme.preview"));
            preview.addClassNames("kogge-preview", "kogge-programme-preview");
            preview.getElement().setAttribute("role", "note");
            content.add(preview);
        }
        if (p.changedAt() != null) {
            Paragraph status = new Paragraph(getTranslation("programme.as-of",
                    Formats.dateTime(p.changedAt(), zone, getLocale())));
            status.addClassNames("kogge-programme-as-of", "kogge-muted");
            status.getElement().setAttribute("role", "status");
            content.add(status);
        }
        if (!p.loggedIn()) {
            Div hint = new Div(new Span(getTranslation("programme.star.login-hint")), new Span(" "),
                    new LoginLink(getTranslation("programme.star.login")));
            hint.addClassName("kogge-programme-login-hint");
            content.add(hint);
        }
        if (!p.changes().isEmpty()) {
            content.add(changes(p.changes(), zone));
        }
        content.add(filters(p));

        if (p.days().isEmpty()) {
            content.add(muted(getTranslation("programme.empty")));
            return;
        }
        if (p.sessionCount() == 0 && p.filtered()) {
            Paragraph none = muted(getTranslation("programme.empty-filtered"));
            Anchor reset = new Anchor("events/" + slug + "/schedule", getTranslation("programme.filter.reset"));
            content.add(new Div(none, reset));
        }
        // One list for all days, drawn lazily in the browser: each session is sent once, for wide screens and phones.
        boolean canStar = p.loggedIn() && p.visibility() == Visibility.PUBLISHED;
        content.add(new ProgrammeList(ProgrammeRows.of(p, this, getLocale()),
                canStar ? new SessionStars(this, stars, slug, p.starred()) : null));
    }

    private HorizontalLayout links(Programme p) {
        Anchor back = new Anchor("events/" + slug, getTranslation("programme.back-to-event"));
        HorizontalLayout links = new HorizontalLayout(back);
        if (p.visibility() != Visibility.NOT_PUBLISHED) {
            Anchor calendar = new Anchor("calendar/events/" + slug + ".ics", getTranslation("programme.add-to-calendar"));
            calendar.setRouterIgnore(true);
            calendar.addClassName("kogge-programme-calendar");
            Anchor agenda = new Anchor("me/agenda", getTranslation("programme.my-agenda"));
            Anchor now = new Anchor("events/" + slug + "/now", getTranslation("programme.now-board"));
            links.add(calendar, agenda, now);
        }
        links.addClassName("kogge-programme-links");
        links.setWrap(true);
        return links;
    }

    private Section changes(List<Change> list, ZoneId zone) {
        Section section = new Section();
        section.addClassName("kogge-programme-changes");
        H2 h = new H2(getTranslation("programme.changes.heading"));
        h.setId("programme-changes");
        section.getElement().setAttribute("aria-labelledby", "programme-changes");
        UnorderedList items = new UnorderedList();
        for (Change c : list) {
            Span when = new Span(Formats.dateTime(c.changedAt(), zone, getLocale()));
            when.addClassName("kogge-programme-change-time");
            Span kind = new Span(getTranslation(c.kind().messageKey()));
            kind.addClassNames("kogge-badge", "kogge-programme-change-kind");
            Span text = new Span(PublicScheduleTexts.change(this, c, zone, getLocale()));
            text.addClassName("kogge-programme-change-text");
            ListItem item = new ListItem(when, kind, text);
            items.add(item);
        }
        section.add(h, items);
        return section;
    }

    private HorizontalLayout filters(Programme p) {
        topicFilter.offer(p.topics(), t -> Objects.equals(t.id(), p.topicId()));
        topicFilter.setVisible(!p.topics().isEmpty());
        roomFilter.offer(p.allRooms(), r -> Objects.equals(r.id(), p.roomId()));
        roomFilter.setVisible(p.allRooms().size() > 1);
        topicId = p.topicId();
        roomId = p.roomId();
        HorizontalLayout filters = new HorizontalLayout(topicFilter, roomFilter);
        filters.addClassName("kogge-programme-filters");
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        return filters;
    }

    /** A filter was chosen: the address changes (bookmarkable), and the page follows it. */
    private void filtersChanged() {
        if (slug == null) {
            return;
        }
        Map<String, String> query = new LinkedHashMap<>();
        if (topicFilter.getValue() != null) {
            query.put(TOPIC, String.valueOf(topicFilter.getValue().id()));
        }
        if (roomFilter.getValue() != null) {
            query.put(ROOM, String.valueOf(roomFilter.getValue().id()));
        }
        UI.getCurrent().navigate("events/" + slug + "/schedule", QueryParameters.simple(query));
    }

    private static Long idOf(List<String> values) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        try {
            return Long.valueOf(values.get(0).strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Paragraph muted(String text) {
        Paragraph p = new Paragraph(text);
        p.addClassName("kogge-muted");
        return p;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, pageTitle);
    }
}
