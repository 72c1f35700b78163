package org.kogge.calendar.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
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
import java.util.Map;
import org.kogge.calendar.AgendaDay;
import org.kogge.calendar.AgendaLine;
import org.kogge.calendar.CalendarFeedService;
import org.kogge.calendar.CalendarService;
import org.kogge.calendar.FeedLink;
import org.kogge.common.Formats;
import org.kogge.common.InvalidInputException;
import org.kogge.common.ui.FormErrors;

/**
 * My agenda: the sessions I starred and the events I registered for, day by day in the event's zone, with overlaps
 * marked in words and with an icon; and my personal calendar feed to subscribe to, copy, or replace.
 */
@Route("me/agenda")
@PermitAll
@Menu(order = 25, title = "nav.my-agenda", icon = "CALENDAR_CLOCK")
public class AgendaView extends VerticalLayout implements HasDynamicTitle {

    private final CalendarService calendars;
    private final CalendarFeedService feeds;
    private final Div agenda = new Div();
    private final TextField feedUrl = new TextField();
    private final Anchor subscribe = new Anchor();

    public AgendaView(CalendarService calendars, CalendarFeedService feeds) {
        this.calendars = calendars;
        this.feeds = feeds;
        addClassName("kogge-page");
        agenda.addClassName("kogge-agenda");
        agenda.setWidthFull();
        add(new H1(getTranslation("calendar.agenda.title")), feedSection(), agenda);
        showAgenda();
    }

    // ---- the personal feed ----------------------------------------------------------------------------------

    private Section feedSection() {
        H3 heading = new H3(getTranslation("calendar.agenda.feed.title"));
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
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("calendar.agenda.feed.regenerate.title"));
        dialog.setText(getTranslation("calendar.agenda.feed.regenerate.text"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("common.cancel"));
        dialog.setConfirmText(getTranslation("calendar.agenda.feed.regenerate.confirm"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> {
            showFeed(feeds.regenerate());
            FormErrors.success(getTranslation("calendar.agenda.feed.regenerated"));
        });
        dialog.open();
    }

    // ---- the agenda -----------------------------------------------------------------------------------------

    private void showAgenda() {
        agenda.removeAll();
        List<AgendaDay> days = calendars.myAgenda();
        if (days.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("calendar.agenda.empty"));
            empty.addClassName("kogge-agenda-empty");
            agenda.add(empty, new Anchor("events", getTranslation("calendar.agenda.browse")));
            return;
        }
        for (AgendaDay day : days) {
            H3 heading = new H3(Formats.day(day.date(), getLocale()));
            heading.addClassName("kogge-agenda-day");
            agenda.add(heading);
            day.items().forEach(item -> agenda.add(card(item)));
        }
    }

    private Div card(AgendaLine item) {
        String href = item.isSession() ? "events/" + item.eventSlug() + "/sessions/" + item.sessionId()
                : "events/" + item.eventSlug();
        H4 title = new H4(new Anchor(href, item.title()));
        title.addClassName("kogge-agenda-title");
        Span when = new Span(Formats.time(item.startsAt(), item.zone(), getLocale()) + " – "
                + (item.startsAt().atZone(item.zone()).toLocalDate().equals(item.endsAt().atZone(item.zone()).toLocalDate())
                ? Formats.time(item.endsAt(), item.zone(), getLocale())
                : Formats.dateTime(item.endsAt(), item.zone(), getLocale())));
        when.addClassName("kogge-agenda-when");
        Span kind = new Span(getTranslation(item.isSession() ? "calendar.agenda.session" : "calendar.agenda.event"));
        kind.addClassName("kogge-badge");
        Div card = new Div(new Div(when, new Span(" "), kind), title);
        if (item.isSession()) {
            card.add(line("kogge-agenda-part-of", getTranslation("calendar.agenda.part-of", item.eventTitle())));
            if (!item.hosts().isEmpty()) {
                card.add(line("kogge-agenda-hosts", getTranslation("calendar.agenda.hosts", String.join(", ", item.hosts()))));
            }
        }
        if (item.where() != null) {
            card.add(line("kogge-agenda-where", item.where()));
        }
        if (item.cancelled()) {
            card.add(badge(VaadinIcon.BAN, getTranslation("calendar.agenda.cancelled"), "kogge-badge-cancelled"));
        }
        if (item.waitlisted()) {
            card.add(badge(VaadinIcon.HOURGLASS, getTranslation("calendar.agenda.waitlisted"), "kogge-agenda-waitlisted"));
        }
        if (item.overlaps()) {
            card.add(badge(VaadinIcon.WARNING, getTranslation("calendar.agenda.overlap", String.join(", ", item.overlapsWith())),
                    "kogge-agenda-overlap"));
            card.addClassName("kogge-agenda-overlapping");
        }
        if (item.isSession()) {
            Button unstar = new Button(getTranslation("calendar.agenda.unstar"), VaadinIcon.STAR.create(), e -> unstar(item));
            unstar.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            unstar.getElement().setAttribute("aria-label", getTranslation("calendar.agenda.unstar.label", item.title()));
            unstar.addClassName("kogge-agenda-unstar");
            card.add(new Div(unstar));
        }
        card.addClassNames("kogge-card", "kogge-agenda-item");
        card.setWidthFull();
        card.getStyle().set("margin-bottom", "var(--lumo-space-s)").set("box-sizing", "border-box");
        return card;
    }

    private void unstar(AgendaLine item) {
        try {
            calendars.unstar(item.eventSlug(), item.sessionId());
            FormErrors.success(getTranslation("calendar.agenda.unstarred", item.title()));
        } catch (InvalidInputException e) {
            FormErrors.show(this, e, Map.of());
        }
        showAgenda();
    }

    private static Div line(String className, String text) {
        Span span = new Span(text);
        span.addClassName(className);
        return new Div(span);
    }

    private static Div badge(VaadinIcon icon, String text, String className) {
        Icon i = icon.create();
        i.getElement().setAttribute("aria-hidden", "true");
        i.setSize("var(--lumo-icon-size-s)");
        Span label = new Span(text);
        Span badge = new Span(i, label);
        badge.addClassNames("kogge-badge", className);
        badge.getStyle().set("display", "inline-flex").set("gap", "var(--lumo-space-xs)").set("align-items", "center");
        return new Div(badge);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("calendar.agenda.title") + " · " + getTranslation("app.name");
    }
}
