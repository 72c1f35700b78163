package org.kogge.testing;

import static org.kogge.testing.ScheduleFixtures.DAY1;
import static org.kogge.testing.ScheduleFixtures.DAY2;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.kogge.account.Role;
import org.kogge.proposal.BarcampSettingsService;
import org.kogge.proposal.ModerationService;
import org.kogge.proposal.ProposalForm;
import org.kogge.proposal.ProposalFormat;
import org.kogge.proposal.ProposalService;
import org.kogge.proposal.SessionLanguage;
import org.kogge.schedule.PlanningService;
import org.kogge.schedule.RoomForm;
import org.kogge.schedule.RoomSlotService;
import org.kogge.schedule.ScheduleReader;
import org.kogge.schedule.SlotForm;
import org.kogge.schedule.SlotKind;
import org.kogge.schedule.StarService;
import org.springframework.stereotype.Component;

/**
 * A ready-made public programme for the public schedule tests, built through the real services (proposals,
 * {@link RoomSlotService}, {@link PlanningService}) on top of {@link ScheduleFixtures}' two-day barcamp (30 and 31 October 2027,
 * Europe/Berlin):
 * <pre>
 * Sat 30 Oct    Saal Elbe                     Raum Trave
 * 10:00-11:00   Sensornetze im Kanal (Erika)  Pegel offen teilen (Kai)
 * 11:00-11:30   Kaffeepause (break)
 * 11:30-12:30   Energie aus Abwasser (Lena,   Hafen-Hackathon (Kai)
 * 12:30-13:30     two slots)                  -
 * Sun 31 Oct
 * 10:00-11:00   Rückblick (Erika)             -
 * </pre>
 * Not published yet: {@link #publish(Programme)} does that.
 */
@Component
public class ProgrammeFixtures {

    public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    private final Fixtures fixtures;
    private final ScheduleFixtures schedules;
    private final RoomSlotService roomSlots;
    private final PlanningService planning;
    private final ProposalService proposals;
    private final BarcampSettingsService barcampSettings;
    private final ModerationService moderation;
    private final ScheduleReader reader;
    private final StarService stars;

    public ProgrammeFixtures(Fixtures fixtures, ScheduleFixtures schedules, RoomSlotService roomSlots,
                             PlanningService planning, ProposalService proposals,
                             BarcampSettingsService barcampSettings, ModerationService moderation,
                             ScheduleReader reader, StarService stars) {
        this.fixtures = fixtures;
        this.schedules = schedules;
        this.roomSlots = roomSlots;
        this.planning = planning;
        this.proposals = proposals;
        this.barcampSettings = barcampSettings;
        this.moderation = moderation;
        this.reader = reader;
        this.stars = stars;
    }

    /** Ids of the programme's parts. */
    public record Programme(String slug, String organizer, String erika, String kai, String lena,
                            long water, long energy, long elbe, long trave,
                            long slot10, long coffee, long slot1130, long slot1230, long day2slot10,
                            long sensors, long levels, long wastewater, long hackathon, long review) {
    }

    /** The programme above, placed but not published. */
    public Programme programme() {
        String organizer = fixtures.person("Olga Orga", Role.ORGANIZER).email();
        String slug = schedules.barcamp(organizer, "Barcamp Kanal");
        long water = fixtures.as(organizer, () -> barcampSettings.addTopic(slug, "Wasser").id());
        long energy = fixtures.as(organizer, () -> barcampSettings.addTopic(slug, "Energie").id());
        String erika = schedules.participant(slug, "Erika Expertin");
        String kai = schedules.participant(slug, "Kai Kollege");
        String lena = schedules.participant(slug, "Lena Lotsin");
        long sensors = session(slug, organizer, erika, "Sensornetze im Kanal", 1, water);
        long levels = session(slug, organizer, kai, "Pegel offen teilen", 1, water);
        long wastewater = session(slug, organizer, lena, "Energie aus Abwasser", 2, energy);
        long hackathon = session(slug, organizer, kai, "Hafen-Hackathon", 1);
        long review = session(slug, organizer, erika, "Rückblick", 1);
        return fixtures.as(organizer, () -> {
            long elbe = roomSlots.addRoom(slug, new RoomForm("Saal Elbe", 80, null, true)).id();
            long trave = roomSlots.addRoom(slug, new RoomForm("Raum Trave", 20, null, true)).id();
            long s10 = slot(slug, DAY1, 10, 0, 11, 0, SlotKind.SESSION, null);
            long coffee = slot(slug, DAY1, 11, 0, 11, 30, SlotKind.BREAK, "Kaffeepause");
            long s1130 = slot(slug, DAY1, 11, 30, 12, 30, SlotKind.SESSION, null);
            long s1230 = slot(slug, DAY1, 12, 30, 13, 30, SlotKind.SESSION, null);
            long d2 = slot(slug, DAY2, 10, 0, 11, 0, SlotKind.SESSION, null);
            planning.place(slug, sensors, elbe, s10);
            planning.place(slug, levels, trave, s10);
            planning.place(slug, wastewater, elbe, s1130);
            planning.place(slug, hackathon, trave, s1130);
            planning.place(slug, review, elbe, d2);
            return new Programme(slug, organizer, erika, kai, lena, water, energy, elbe, trave, s10, coffee, s1130,
                    s1230, d2, sensors, levels, wastewater, hackathon, review);
        });
    }

    public void publish(Programme p) {
        fixtures.as(p.organizer(), () -> planning.publish(p.slug()));
    }

    /**
     * A published programme with {@code count} one-slot sessions on the first day: {@code rooms} rooms side by
     * side, one host per room, as many 45-minute slots as needed; returns the slug.
     */
    public String programmeOf(int count, int rooms) {
        return programmeOf(count, rooms, 1, 45);
    }

    /**
     * A published barcamp of {@code count} sessions in {@code rooms} rooms, spread over {@code days} days (from
     * {@code DAY1}) in slots of {@code minutes} minutes from 9:00, one host per room; for benchmarks such as 500
     * sessions in 10 rooms over 2 days.
     */
    public String programmeOf(int count, int rooms, int days, int minutes) {
        String organizer = fixtures.person("Paula" + count + " Plan", Role.ORGANIZER).email();
        String slug = schedules.barcamp(organizer, "Barcamp Last " + count);
        long topic = fixtures.as(organizer, () -> barcampSettings.addTopic(slug, "Thema").id());
        List<String> hosts = new ArrayList<>();
        for (int r = 0; r < rooms; r++) {
            hosts.add(schedules.participant(slug, "Host" + count + "x" + r + " Gast"));
        }
        List<Long> sessions = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            sessions.add(session(slug, organizer, hosts.get(i % rooms), "Session " + i, 1, topic));
        }
        fixtures.as(organizer, () -> {
            List<Long> roomIds = new ArrayList<>();
            for (int r = 0; r < rooms; r++) {
                roomIds.add(roomSlots.addRoom(slug, new RoomForm("Raum " + r, 30, null, true)).id());
            }
            int slotCount = (count + rooms - 1) / rooms;
            int perDay = (slotCount + days - 1) / days;
            List<Long> slotIds = new ArrayList<>();
            for (int s = 0; s < slotCount; s++) {
                LocalTime start = LocalTime.of(9, 0).plusMinutes((long) minutes * (s % perDay));
                slotIds.add(roomSlots.addSlot(slug, new SlotForm(DAY1.plusDays(s / perDay), start,
                        start.plusMinutes(minutes), SlotKind.SESSION, null)).id());
            }
            for (int i = 0; i < count; i++) {
                planning.place(slug, sessions.get(i), roomIds.get(i % rooms), slotIds.get(i / rooms));
            }
            planning.publish(slug);
        });
        return slug;
    }

    /** A new person who starred every session of a published programme; returns their email. */
    public String starringAll(String slug) {
        String email = fixtures.person("Stella Stern", "stella." + slug + "@test.example").email();
        fixtures.as(email, () -> reader.published(slug).sessions().forEach(s -> stars.toggle(slug, s.id())));
        return email;
    }

    /** A moment of the event in its zone. */
    public static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).atZone(ZONE).toInstant();
    }

    private long slot(String slug, LocalDate day, int h1, int m1, int h2, int m2, SlotKind kind, String label) {
        return roomSlots.addSlot(slug, new SlotForm(day, LocalTime.of(h1, m1), LocalTime.of(h2, m2), kind, label)).id();
    }

    /** Proposed by the host with an abstract in Markdown, accepted by the organizer. */
    public long session(String slug, String organizer, String host, String title, int slots, long... topics) {
        return session(slug, organizer, host, title, "Worum es in **" + title + "** geht", slots, topics);
    }

    /** Proposed by the host with the given abstract, accepted by the organizer. */
    public long session(String slug, String organizer, String host, String title, String abstractText, int slots,
                        long... topics) {
        ProposalForm f = new ProposalForm();
        f.setTitle(title);
        f.setAbstractText(abstractText);
        f.setFormat(ProposalFormat.WORKSHOP);
        f.setLanguage(SessionLanguage.DE);
        f.setSlots(slots);
        for (long t : topics) {
            f.getTopicIds().add(t);
        }
        long id = fixtures.as(host, () -> proposals.propose(slug, f).id());
        fixtures.as(organizer, () -> moderation.accept(slug, id));
        return id;
    }
}
