package org.kogge.api;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.kogge.common.PublicLinks;
import org.kogge.common.InvalidInputException;
import org.kogge.common.Markdown;
import org.kogge.common.NotFoundException;
import org.kogge.common.feed.FeedCache;
import org.kogge.event.EventDetails;
import org.kogge.event.EventFilter;
import org.kogge.event.EventKind;
import org.kogge.event.EventService;
import org.kogge.event.EventSummary;
import org.kogge.network.CityDto;
import org.kogge.network.NetworkService;
import org.kogge.proposal.TopicDto;
import org.kogge.schedule.ScheduleReader;
import org.kogge.schedule.PublishedSchedule;
import org.kogge.schedule.ScheduledSession;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public read API's data, for city websites that embed events and schedules. Everything here is public for
 * everybody: a logged-in organizer gets no more (no drafts, no unpublished schedule) than an anonymous caller.
 */
@Service
@Transactional(readOnly = true)
public class PublicApiService {

    static final int MAX_PAGE_SIZE = 100;

    private final EventService events;
    private final ScheduleReader schedules;
    private final NetworkService network;
    private final PublicLinks links;
    private final JsonMapper json;

    public PublicApiService(EventService events, ScheduleReader schedules, NetworkService network,
                            PublicLinks links, JsonMapper json) {
        this.events = events;
        this.schedules = schedules;
        this.network = network;
        this.links = links;
        this.json = json;
    }

    /**
     * Public events, upcoming (or {@code past}) ones, optionally of one city (its id or name, any case) and kind
     * ({@code barcamp}, {@code ceremony}). An unknown city gives an empty page. A page whose rows would lie beyond
     * the database's reach (an offset over 2^31, which the query cannot take) is refused like a negative one.
     */
    public ApiModel.EventList events(String city, String kind, boolean past, int page, int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE || ((long) page + 1) * size > Integer.MAX_VALUE) {
            throw new InvalidInputException("size", "api.page.range");
        }
        EventKind k = kind == null || kind.isBlank() ? null : kindOf(kind);
        Long cityId = null;
        if (city != null && !city.isBlank()) {
            cityId = cityIdOf(city.strip());
            if (cityId == null) {
                return new ApiModel.EventList(page, size, 0, List.of());
            }
        }
        EventFilter filter = new EventFilter(cityId, k, past);
        List<ApiModel.EventItem> items = events.publicEvents(filter, PageRequest.of(page, size)).stream()
                .filter(e -> e.state().isPublic()).map(this::item).toList();
        return new ApiModel.EventList(page, size, events.countPublicEvents(filter), items);
    }

    public ApiModel.Event event(String slug) {
        return event(events.publicDetails(slug));
    }

    /** {@link #event}, as JSON, for {@link FeedCache}. */
    public FeedCache.Fresh eventJson(String slug) {
        EventDetails e = events.publicDetails(slug);
        return new FeedCache.Fresh(e.id(), json.writeValueAsBytes(event(e)), null);
    }

    /** The published schedule of a public barcamp; "not found" while it is not published. */
    public ApiModel.Schedule schedule(String slug) {
        return schedule(events.publicDetails(slug));
    }

    /** {@link #schedule}, as JSON, for {@link FeedCache}. */
    public FeedCache.Fresh scheduleJson(String slug) {
        EventDetails e = events.publicDetails(slug);
        return new FeedCache.Fresh(e.id(), json.writeValueAsBytes(schedule(e)), null);
    }

    private ApiModel.Event event(EventDetails e) {
        PublishedSchedule s = schedules.published(e.slug());
        boolean published = s.published();
        Instant lastChange = published && s.changedAt() != null && s.changedAt().isAfter(e.updatedAt())
                ? s.changedAt() : e.updatedAt();
        return new ApiModel.Event(e.slug(), e.title(), e.kind().name(), e.state().name(), e.teaser(),
                Markdown.toPlainText(e.description()), e.hostCity(), e.venueName(), e.venueAddress(),
                iso(e.startsAt(), e.zone()), iso(e.endsAt(), e.zone()), e.zone().getId(), e.organizers(), published,
                iso(lastChange, e.zone()), links.eventPage(e.slug()).toString(), links.eventCalendar(e.slug()),
                published ? links.apiSessions(e.slug()) : null);
    }

    private ApiModel.Schedule schedule(EventDetails e) {
        PublishedSchedule s = schedules.published(e.slug());
        if (!s.published()) {
            throw new NotFoundException("schedule of " + e.slug());
        }
        ZoneId zone = e.zone();
        List<ApiModel.Room> rooms = s.rooms().stream()
                .map(r -> new ApiModel.Room(r.id(), r.name(), r.capacity(), r.accessible(), r.notes())).toList();
        List<ApiModel.Slot> slots = s.slots().stream().map(x -> new ApiModel.Slot(x.id(), iso(x.startsAt(), zone),
                iso(x.endsAt(), zone), x.kind().name(), x.label())).toList();
        List<ApiModel.Session> sessions = s.sessions().stream().map(x -> session(e, x)).toList();
        return new ApiModel.Schedule(e.slug(), e.title(), zone.getId(), iso(s.publishedAt(), zone),
                iso(s.changedAt(), zone), rooms, slots, sessions);
    }

    private ApiModel.Session session(EventDetails e, ScheduledSession x) {
        var c = x.content();
        return new ApiModel.Session(x.id(), c.title(), Markdown.toPlainText(c.abstractText()),
                c.format() == null ? null : c.format().name(), c.language() == null ? null : c.language().name(),
                x.roomId(), x.roomName(), iso(x.startsAt(), e.zone()), iso(x.endsAt(), e.zone()), x.status().name(),
                c.hostNames(), c.topics().stream().map(TopicDto::name).toList(), x.sequence(),
                iso(x.updatedAt(), e.zone()), links.sessionPage(e.slug(), x.id()).toString(),
                links.sessionCalendar(x.id()));
    }

    private ApiModel.EventItem item(EventSummary e) {
        return new ApiModel.EventItem(e.slug(), e.title(), e.kind().name(), e.state().name(), e.hostCity(),
                e.venueName(), iso(e.startsAt(), e.zone()), iso(e.endsAt(), e.zone()), e.timeZone(), e.teaser(),
                links.eventPage(e.slug()).toString(), links.eventCalendar(e.slug()));
    }

    private Long cityIdOf(String city) {
        List<CityDto> cities = network.cities();
        if (city.chars().allMatch(Character::isDigit) && city.length() < 18) {
            long id = Long.parseLong(city);
            return cities.stream().anyMatch(c -> c.id() == id) ? id : null;
        }
        return cities.stream().filter(c -> c.name().equalsIgnoreCase(city)).map(CityDto::id).findFirst().orElse(null);
    }

    private static EventKind kindOf(String kind) {
        try {
            return EventKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("kind", "api.kind.unknown");
        }
    }

    static String iso(Instant instant, ZoneId zone) {
        return instant == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone));
    }
}
