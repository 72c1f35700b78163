package org.kogge.schedule.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.shared.Registration;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.kogge.common.Formats;
import org.kogge.common.BaseUrl;
import org.kogge.common.NotFoundException;
import org.kogge.common.live.LiveBroadcaster;
import org.kogge.common.ui.EventSlug;
import org.kogge.common.ui.LiveRefresh;
import org.kogge.common.ui.PageTitles;
import org.kogge.schedule.PublicScheduleService;
import org.kogge.schedule.PublicScheduleService.NowBoard;
import org.kogge.schedule.PublicScheduleService.RoomNow;
import org.kogge.schedule.ScheduleUpdates;
import org.kogge.schedule.Visibility;
import org.kogge.schedule.ScheduledSession;
import org.kogge.schedule.SlotDto;

/**
 * The "now and next" board for a beamer at the venue: full screen, without the app's menu, large type and high
 * contrast. Per room what runs now (until when) and what comes next; the break or plenary going on; the time.
 * It shows itself anew when the schedule changes (push) and when a session or slot starts or ends (the browser
 * asks every {@link #POLL_MILLIS} ms, which also moves the clock).
 */
@Route(value = "events/:slug/now", autoLayout = false)
@AnonymousAllowed
public class NowBoardView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final int POLL_MILLIS = 20_000;

    private final transient PublicScheduleService schedules;
    private final LiveRefresh<Long> live;
    private final transient Clock clock;
    private final String baseUrl;

    private String slug;
    private NowBoard board;
    private String pageTitle = "";
    private Registration pollRegistration;

    private final Span clockText = new Span();
    private final Div body = new Div();

    public NowBoardView(PublicScheduleService schedules, LiveBroadcaster broadcaster, Clock clock, BaseUrl baseUrl) {
        this.baseUrl = baseUrl.shown();
        this.schedules = schedules;
        this.live = LiveRefresh.of(this, broadcaster, ScheduleUpdates.TOPIC, this::reload);
        this.clock = clock;
        addClassName("kogge-nowboard");
        clockText.addClassName("kogge-nowboard-clock");
        body.addClassName("kogge-nowboard-body");
        add(body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        NowBoard b = schedules.now(EventSlug.of(event));
        slug = b.event().slug();
        show(b);
        live.follow(b.event().eventId());
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        UI ui = attachEvent.getUI();
        ui.setPollInterval(POLL_MILLIS);
        pollRegistration = ui.addPollListener(e -> tick());
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (pollRegistration != null) {
            pollRegistration.remove();
            pollRegistration = null;
        }
        detachEvent.getUI().setPollInterval(-1);
        super.onDetach(detachEvent);
    }

    /** The browser asked: move the clock, and show the board anew once a session or slot started or ended. */
    private void tick() {
        if (board == null) {
            return;
        }
        Instant now = clock.instant();
        if (board.refreshAt() != null && !now.isBefore(board.refreshAt())) {
            reload();
        } else {
            clockText.setText(Formats.time(now, board.event().zone(), getLocale()));
        }
    }

    private void reload() {
        try {
            show(schedules.now(slug));
        } catch (NotFoundException e) {
            // The event went back to draft meanwhile: the address now leads to the not-found page.
            UI.getCurrent().getPage().reload();
        }
    }

    private void show(NowBoard b) {
        board = b;
        ZoneId zone = b.event().zone();
        pageTitle = getTranslation("programme.now.title", b.event().title());
        body.removeAll();
        // The board's language, for screen readers and for hyphenating long words on narrow room cards.
        getElement().setAttribute("lang", getLocale().getLanguage());

        H1 title = new H1(b.event().title());
        title.addClassName("kogge-nowboard-title");
        clockText.setText(Formats.time(b.now(), zone, getLocale()));
        clockText.getElement().setAttribute("aria-label",
                getTranslation("programme.now.clock", Formats.time(b.now(), zone, getLocale())));
        Span date = new Span(PublicScheduleTexts.day(b.now().atZone(zone).toLocalDate(), getLocale()));
        date.addClassName("kogge-nowboard-date");
        Div time = new Div(clockText, date);
        time.addClassName("kogge-nowboard-time");
        Div header = new Div(title, time);
        header.addClassName("kogge-nowboard-header");
        body.add(header);

        if (b.visibility() == Visibility.NOT_PUBLISHED) {
            body.add(big(getTranslation("programme.not-published")));
            return;
        }
        if (b.visibility() == Visibility.PREVIEW) {
            Paragraph preview = new Paragraph(getTranslation("programme.preview"));
            preview.addClassName("kogge-nowboard-preview");
            body.add(preview);
        }
        SlotDto special = b.specialSlot();
        if (special != null) {
            String what = special.label() == null || special.label().isBlank()
                    ? getTranslation(special.kind().messageKey()) : special.label();
            Paragraph banner = new Paragraph(getTranslation("programme.now.special", what,
                    Formats.time(special.endsAt(), zone, getLocale())));
            banner.addClassName("kogge-nowboard-banner");
            body.add(banner);
        }
        if (b.rooms().isEmpty()) {
            body.add(big(getTranslation("programme.empty")));
            return;
        }
        Div rooms = new Div();
        rooms.addClassName("kogge-nowboard-rooms");
        b.rooms().forEach(r -> rooms.add(room(r, b, zone)));
        body.add(rooms);
        Paragraph footer = new Paragraph(getTranslation("programme.now.online", baseUrl + "/events/" + slug + "/schedule"));
        footer.addClassName("kogge-nowboard-online");
        body.add(footer);
        if (b.changedAt() != null) {
            Paragraph asOf = new Paragraph(getTranslation("programme.as-of", Formats.dateTime(b.changedAt(), zone, getLocale())));
            asOf.addClassName("kogge-nowboard-as-of");
            body.add(asOf);
        }
    }

    private Section room(RoomNow r, NowBoard b, ZoneId zone) {
        Section section = new Section();
        section.addClassName("kogge-nowboard-room");
        H2 name = new H2(r.room().name());
        name.setId("nowboard-room-" + r.room().id());
        section.getElement().setAttribute("aria-labelledby", name.getId().orElseThrow());
        section.add(name);

        Div now = new Div(label(getTranslation("programme.now.now")));
        now.addClassName("kogge-nowboard-now");
        if (r.now() == null) {
            now.add(quiet(getTranslation("programme.now.nothing")));
        } else {
            now.add(session(r.now()));
            if (!r.now().isCancelled()) {
                now.add(line(getTranslation("programme.now.until", Formats.time(r.now().endsAt(), zone, getLocale())),
                        "kogge-nowboard-until"));
            }
        }
        Div next = new Div(label(getTranslation("programme.now.next")));
        next.addClassName("kogge-nowboard-next");
        if (r.next() == null) {
            next.add(quiet(getTranslation("programme.now.nothing-more")));
        } else {
            boolean sameDay = r.next().startsAt().atZone(zone).toLocalDate().equals(b.now().atZone(zone).toLocalDate());
            next.add(line(sameDay ? Formats.time(r.next().startsAt(), zone, getLocale())
                    : PublicScheduleTexts.dayAndTime(r.next().startsAt(), zone, getLocale()), "kogge-nowboard-starts"));
            next.add(session(r.next()));
        }
        section.add(now, next);
        return section;
    }

    private Div session(ScheduledSession s) {
        Paragraph title = new Paragraph(s.content().title());
        title.addClassName("kogge-nowboard-session-title");
        Div box = new Div(title);
        box.addClassName("kogge-nowboard-session");
        if (s.isCancelled()) {
            box.addClassName("kogge-nowboard-cancelled");
            Span cancelled = new Span(getTranslation("programme.cancelled"));
            cancelled.addClassName("kogge-nowboard-cancelled-label");
            box.addComponentAsFirst(cancelled);
        }
        String hosts = PublicScheduleTexts.hosts(s.content());
        if (!hosts.isBlank()) {
            box.add(line(hosts, "kogge-nowboard-hosts"));
        }
        return box;
    }

    private static Span label(String text) {
        Span s = new Span(text);
        s.addClassName("kogge-nowboard-label");
        return s;
    }

    private static Paragraph line(String text, String className) {
        Paragraph p = new Paragraph(text);
        p.addClassName(className);
        return p;
    }

    private static Paragraph quiet(String text) {
        return line(text, "kogge-nowboard-quiet");
    }

    private static Paragraph big(String text) {
        return line(text, "kogge-nowboard-message");
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, pageTitle);
    }
}
