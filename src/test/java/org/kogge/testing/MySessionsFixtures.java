package org.kogge.testing;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.kogge.event.EventKind;
import org.kogge.event.EventState;
import org.kogge.proposal.BarcampSettingsService;
import org.kogge.proposal.CohostService;
import org.kogge.proposal.ModerationService;
import org.kogge.proposal.ProposalForm;
import org.kogge.proposal.ProposalFormat;
import org.kogge.proposal.ProposalService;
import org.kogge.proposal.SessionLanguage;
import org.kogge.registration.RegistrationService;
import org.kogge.schedule.PlanningService;
import org.kogge.schedule.RoomDto;
import org.kogge.schedule.RoomForm;
import org.kogge.schedule.RoomSlotService;
import org.kogge.schedule.SlotDto;
import org.springframework.stereotype.Component;

/**
 * "My sessions" test data through the real services: Hanna Host's proposals in two barcamps. The published camp
 * ({@code CalendarFixtures.camp}, 30 Oct 2027) holds her placed session, her cancelled one, Bea Berg's session she
 * co-hosts, Bea's proposal that only asked her, and Tim's session. The later camp (unpublished programme) holds her
 * open proposal (one vote), an accepted one placed in the unpublished programme, and a declined one.
 */
@Component
public class MySessionsFixtures {

    /** Days ahead of the later camp: after the first camp's 2027 date. */
    public static final int LATER = 1000;

    private final Fixtures fixtures;
    private final CalendarFixtures cf;
    private final ScheduleFixtures sf;
    private final ProposalService proposals;
    private final CohostService cohosts;
    private final ModerationService moderation;
    private final BarcampSettingsService barcampSettings;
    private final RegistrationService registrations;
    private final RoomSlotService roomSlots;
    private final PlanningService planning;

    public MySessionsFixtures(Fixtures fixtures, CalendarFixtures cf, ScheduleFixtures sf, ProposalService proposals,
                              CohostService cohosts, ModerationService moderation,
                              BarcampSettingsService barcampSettings, RegistrationService registrations,
                              RoomSlotService roomSlots, PlanningService planning) {
        this.fixtures = fixtures;
        this.cf = cf;
        this.sf = sf;
        this.proposals = proposals;
        this.cohosts = cohosts;
        this.moderation = moderation;
        this.barcampSettings = barcampSettings;
        this.registrations = registrations;
        this.roomSlots = roomSlots;
        this.planning = planning;
    }

    /** Both camps; Hanna is {@code host}, Bea {@code bea}, Tim {@code tim}. */
    public record Scenario(CalendarFixtures.Camp first, String later, String host, String bea, String tim,
                           long placed, long cancelled, long cohosted, long onlyAsked, long timsOwn, long open,
                           long acceptedUnpublished, long declined) {
    }

    public Scenario scenario() {
        CalendarFixtures.Camp a = cf.camp("Barcamp Lübeck", true, "Regenwasser", "Deiche");
        String org = a.organizer();
        String hanna = a.host();
        fixtures.as(org, () -> planning.cancel(a.slug(), a.sessions().get(1)));
        String bea = sf.participant(a.slug(), "Bea Berg");
        String tim = sf.participant(a.slug(), "Tim Teilnehmer");
        long cohosted = propose(a.slug(), bea, "Stadtgrün gemeinsam", hanna);
        fixtures.as(hanna, () -> cohosts.accept(a.slug(), cohosted));
        fixtures.as(org, () -> moderation.accept(a.slug(), cohosted));
        long onlyAsked = propose(a.slug(), bea, "Nur gefragt", hanna);
        long timsOwn = propose(a.slug(), tim, "Tims Thema", null);

        String b = laterCamp(org, "Barcamp Kiel", hanna, tim);
        long open = propose(b, hanna, "Offene Daten", null);
        sf.votes(b, open, List.of(tim));
        long accepted = propose(b, hanna, "Hafen digital", null);
        fixtures.as(org, () -> moderation.accept(b, accepted));
        place(org, b, accepted, LATER);
        long declined = propose(b, hanna, "Abgelehnte Idee", null);
        fixtures.as(org, () -> moderation.decline(b, declined, "Passt nicht"));
        return new Scenario(a, b, hanna, bea, tim, a.sessions().get(0), a.sessions().get(1), cohosted, onlyAsked,
                timsOwn, open, accepted, declined);
    }

    /** A published barcamp {@code daysAhead} days ahead, proposals and voting open, with the given participants. */
    public String laterCamp(String organizer, String title, String... participants) {
        return laterCamp(organizer, title, LATER, participants);
    }

    public String laterCamp(String organizer, String title, int daysAhead, String... participants) {
        String slug = fixtures.event(organizer, title, EventKind.BARCAMP, daysAhead, EventState.PUBLISHED).slug();
        fixtures.as(organizer, () -> barcampSettings.changePhases(slug, true, true, null));
        for (String p : participants) {
            fixtures.as(p, () -> registrations.register(slug));
        }
        return slug;
    }

    /** Places an accepted session at 11:00 on the event's day ({@code daysAhead} from today) in a new room. */
    public void place(String organizer, String slug, long sessionId, int daysAhead) {
        RoomDto room = fixtures.as(organizer, () -> roomSlots.addRoom(slug, new RoomForm("Förde", 30, null, true)));
        SlotDto slot = cf.slot(organizer, slug, LocalDate.now().plusDays(daysAhead), "11:00", "11:45");
        fixtures.as(organizer, () -> planning.place(slug, sessionId, room.id(), slot.id()));
    }

    /** A proposal of {@code host}, naming {@code cohost} (null: nobody) as co-host; open. */
    public long propose(String slug, String host, String title, String cohost) {
        ProposalForm f = new ProposalForm();
        f.setTitle(title);
        f.setAbstractText("Worum es in **" + title + "** geht");
        f.setFormat(ProposalFormat.DISCUSSION);
        f.setLanguage(SessionLanguage.DE);
        f.setSlots(1);
        if (cohost != null) {
            f.setCohostEmails(Set.of(cohost));
        }
        return fixtures.as(host, () -> proposals.propose(slug, f).id());
    }
}
