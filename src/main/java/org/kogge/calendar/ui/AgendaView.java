package org.kogge.calendar.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.kogge.calendar.AgendaDay;
import org.kogge.calendar.AgendaLine;
import org.kogge.calendar.CalendarFeedService;
import org.kogge.calendar.CalendarService;
import org.kogge.calendar.FeedLink;
import org.kogge.common.ui.Confirmations;
import org.kogge.common.ui.FormErrors;
import org.kogge.common.ui.PageTitles;

/**
 * My agenda: the sessions I starred or host and the events I registered for, day by day in the event's zone, with overlaps
 * marked in words and with an icon; and my personal calendar feed to subscribe to, copy, or replace. The entries
 * are one lazy {@link AgendaList}, so an open agenda holds little on the server however much is starred (issue 12).
 */
@Route("me/agenda")
@PermitAll
@Menu(order = 25, title = "nav.my-agenda", icon = "CALENDAR_CLOCK")
public class AgendaView extends VerticalLayout implements HasDynamicTitle {

    private final CalendarService calendars;
    private final CalendarFeedService feeds;
    private final AgendaList agenda = new AgendaList(this::unstar);
    private final Div empty = emptyAgenda();
    private final TextField feedUrl = new TextField();
    private final Anchor subscribe = new Anchor();

    public AgendaView(CalendarService calendars, CalendarFeedService feeds) {
        this.calendars = calendars;
        this.feeds = feeds;
        addClassName("kogge-page");
        add(new H1(getTranslation("calendar.agenda.title")), feedSection(), empty, agenda);
        showAgenda();
    }

    // ---- the personal feed ----------------------------------------------------------------------------------

    private Section feedSection() {
        H2 heading = new H2(getTranslation("calendar.agenda.feed.title"));
        heading.setId("kogge-agenda-feed-heading");
        Paragraph text = new Paragraph(getTranslation("calendar.agenda.feed.text"));
        text.addClassName("kogge-muted");
        feedUrl.setLabel(getTranslation("calendar.agenda.feed.url"));
        feedUrl.setReadOnly(true);
        feedUrl.setWidthFull();
        feedUrl.addClassName("kogge-agenda-feed-url");
        subscribe.setText(getTranslation("calendar.agenda.feed.subscribe"));
        subscribe.addClassName("kogge-agenda-subscribe");
        Button copy = new Button(getTranslation("calendar.agenda.feed.copy"), VaadinIcon.COPY.create(), e -> copy());
        copy.addClassName("kogge-agenda-copy");
        Button regenerate = new Button(getTranslation("calendar.agenda.feed.regenerate"), VaadinIcon.REFRESH.create(),
                e -> confirmRegenerate());
        regenerate.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        regenerate.addClassName("kogge-agenda-regenerate");
        HorizontalLayout actions = new HorizontalLayout(subscribe, copy, regenerate);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        actions.setWrap(true);
        showFeed(feeds.myFeed());
        Section section = new Section(heading, text, feedUrl, actions);
        section.getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        section.addClassNames("kogge-card", "kogge-agenda-feed");
        section.setWidthFull();
        return section;
    }

    private void showFeed(FeedLink link) {
        feedUrl.setValue(link.url());
        // webcal: is not among Vaadin's default safe link schemes. This address is built by Kogge itself (the feed's
        // own https address with another scheme), never from user input, so it is set as a trusted one.
        subscribe.setUnsafeHref(link.webcalUrl());
    }

    private void copy() {
        getElement().executeJs("return navigator.clipboard ? navigator.clipboard.writeText($0).then(() => true) : false",
                feedUrl.getValue());
        FormErrors.success(getTranslation("calendar.agenda.feed.copied"));
    }

    private void confirmRegenerate() {
        Confirmations.destructive(getTranslation("calendar.agenda.feed.regenerate.title"),
                getTranslation("calendar.agenda.feed.regenerate.text"), getTranslation("common.cancel"),
                getTranslation("calendar.agenda.feed.regenerate.confirm"), () -> {
                    showFeed(feeds.regenerate());
                    FormErrors.success(getTranslation("calendar.agenda.feed.regenerated"));
                });
    }

    // ---- the agenda -----------------------------------------------------------------------------------------

    private Div emptyAgenda() {
        Paragraph text = new Paragraph(getTranslation("calendar.agenda.empty"));
        text.addClassName("kogge-agenda-empty");
        Div box = new Div(text, new Anchor("events", getTranslation("calendar.agenda.browse")));
        box.setVisible(false);
        return box;
    }

    private void showAgenda() {
        List<AgendaDay> days = calendars.myAgenda();
        empty.setVisible(days.isEmpty());
        agenda.setVisible(!days.isEmpty());
        agenda.show(days);
    }

    private void unstar(AgendaLine item) {
        FormErrors.attempt(this, () -> calendars.unstar(item.eventSlug(), item.sessionId()),
                getTranslation("calendar.agenda.unstarred", item.title()));
        showAgenda();
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("calendar.agenda.title"));
    }
}
