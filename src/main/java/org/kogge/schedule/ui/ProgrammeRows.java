package org.kogge.schedule.ui;

import com.vaadin.flow.component.Component;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.kogge.schedule.PublicScheduleService.Day;
import org.kogge.schedule.PublicScheduleService.Programme;
import org.kogge.schedule.RoomDto;
import org.kogge.schedule.ScheduledSession;
import org.kogge.schedule.SlotDto;
import org.kogge.schedule.SlotKind;

/**
 * The programme as the lines of one lazy list, put into words once: per day a heading line (with the rooms as
 * column heads), then one line per slot with the sessions that start in it. The page keeps only these small records
 * (no component per card); the browser renders the lines it shows with one Lit template ({@link ProgrammeList}).
 */
final class ProgrammeRows {

    /** A line of the list: a day's heading, or a slot of a day. */
    public record Row(String key, DayHead day, SlotLine slot) {
    }

    /** A day's heading and its room columns; {@code time} heads the time column. */
    public record DayHead(String id, String heading, String time, List<RoomHead> rooms) {
    }

    public record RoomHead(String name, String facts) {
    }

    /**
     * A slot: its time ({@code "10:00 – 11:00"}), its kind ({@code session}, {@code break}, {@code plenary}), the
     * label of a break or plenary, how many room columns the day has, and the sessions that start in it.
     */
    public record SlotLine(String time, String kind, String label, int columns, List<Card> sessions) {
    }

    /**
     * A session: link, title, hosts, topics, room and time in words; its room column (from 1); whether it takes more
     * than its slot (then its time is shown also on wide screens); whether it is cancelled.
     */
    public record Card(long id, String href, String title, String hosts, String topics, String place, int column,
                       boolean longer, boolean cancelled) {
    }

    /**
     * The lines lately shown, each list kept once: every visitor who sees the same programme in the same language
     * (the same filters, the same state) shares one list instead of holding a copy per open page. A list is shared
     * only if it is equal to the one just built, so nothing stale is ever shown.
     */
    private static final Map<List<Row>, List<Row>> SHARED = new LinkedHashMap<>(32, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<List<Row>, List<Row>> eldest) {
            return size() > SHARED_LISTS;
        }
    };
    private static final int SHARED_LISTS = 16;

    private ProgrammeRows() {
    }

    /** The lines of a published (or previewed) programme, shared with other visitors who see the same. */
    static List<Row> of(Programme p, Component c, Locale locale) {
        List<Row> rows = build(p, c, locale);
        synchronized (SHARED) {
            return SHARED.computeIfAbsent(rows, r -> r);
        }
    }

    /** The lines of a published (or previewed) programme; {@code c} translates. */
    private static List<Row> build(Programme p, Component c, Locale locale) {
        ZoneId zone = p.event().zone();
        List<RoomHead> rooms = p.rooms().stream()
                .map(r -> new RoomHead(r.name(), PublicScheduleTexts.roomFacts(c, r))).toList();
        List<Row> rows = new ArrayList<>();
        List<Day> days = p.days();
        for (int i = 0; i < days.size(); i++) {
            Day day = days.get(i);
            rows.add(new Row("d" + i, new DayHead("programme-day-" + i, PublicScheduleTexts.day(day.date(), locale),
                    c.getTranslation("programme.grid.time"), rooms), null));
            for (SlotDto slot : day.slots()) {
                List<Card> cards = day.startingIn(slot).stream()
                        .map(s -> card(p, s, column(p.rooms(), s), day, zone, c, locale)).toList();
                String label = slot.kind() == SlotKind.SESSION ? null
                        : slot.label() == null || slot.label().isBlank() ? c.getTranslation(slot.kind().messageKey())
                        : slot.label();
                rows.add(new Row("s" + slot.id(), null, new SlotLine(PublicScheduleTexts.span(slot, zone, locale),
                        slot.kind().name().toLowerCase(Locale.ROOT), label, Math.max(1, rooms.size()), cards)));
            }
        }
        return List.copyOf(rows);
    }

    private static Card card(Programme p, ScheduledSession s, int column, Day day, ZoneId zone, Component c,
                             Locale locale) {
        String place = c.getTranslation("programme.session.place", s.roomName(),
                PublicScheduleTexts.span(s.startsAt(), s.endsAt(), zone, locale));
        return new Card(s.id(), "events/" + p.event().slug() + "/sessions/" + s.id(), s.content().title(),
                PublicScheduleTexts.hosts(s.content()), PublicScheduleTexts.topics(s.content()), place, column,
                day.slotsOf(s).size() > 1, s.isCancelled());
    }

    private static int column(List<RoomDto> rooms, ScheduledSession s) {
        for (int i = 0; i < rooms.size(); i++) {
            if (Objects.equals(rooms.get(i).id(), s.roomId())) {
                return i + 1;
            }
        }
        return 1;
    }
}
