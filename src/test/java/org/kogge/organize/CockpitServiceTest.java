package org.kogge.organize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManagerFactory;
import java.time.LocalTime;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kogge.account.Role;
import org.kogge.ceremony.CeremonyService;
import org.kogge.ceremony.CeremonySettingsForm;
import org.kogge.ceremony.CheckinService;
import org.kogge.ceremony.GuestRow;
import org.kogge.ceremony.RsvpForm;
import org.kogge.ceremony.RsvpService;
import org.kogge.common.NotFoundException;
import org.kogge.event.EventKind;
import org.kogge.registration.RegistrationService;
import org.kogge.schedule.PlanningService;
import org.kogge.schedule.RoomDto;
import org.kogge.schedule.RoomForm;
import org.kogge.schedule.RoomSlotService;
import org.kogge.schedule.SlotDto;
import org.kogge.schedule.SlotForm;
import org.kogge.schedule.SlotKind;
import org.kogge.testing.CeremonyFixtures;
import org.kogge.testing.Fixtures;
import org.kogge.testing.ScheduleFixtures;
import org.kogge.testing.ServiceTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The organizer's overview: each feature's figures counted right, for organizers and admins only. */
class CockpitServiceTest extends ServiceTestBase {

    @Autowired CockpitService cockpit;
    @Autowired ScheduleFixtures sf;
    @Autowired CeremonyFixtures cf;
    @Autowired RegistrationService registrations;
    @Autowired RoomSlotService roomSlots;
    @Autowired PlanningService planning;
    @Autowired RsvpService rsvp;
    @Autowired CeremonyService ceremonies;
    @Autowired CheckinService checkin;
    @Autowired EntityManagerFactory emf;

    String organizer;
    String slug;
    String erika;
    String malte;

    @BeforeEach
    void barcamp() {
        organizer = fixtures.person("Olga Orga", Role.ORGANIZER).email();
        slug = sf.barcamp(organizer, "Barcamp Smart Water");
        fixtures.as(organizer, () -> registrations.changeCapacity(slug, 3));
        erika = sf.participant(slug, "Erika Expertin");
        malte = sf.participant(slug, "Malte Voss");
    }

    @Test
    void aBarcampsFiguresCountSeatsWaitlistProposalsVotesAndTheSchedule() {
        String karl = sf.participant(slug, "Karl Kartograf");
        sf.participant(slug, "Nina Nachrückerin"); // the fourth of three seats: waitlisted
        long accepted = sf.session(slug, organizer, erika, "Sensornetze im Kanal", 1);
        long open = sf.proposal(slug, malte, "Starkregen-Frühwarnung", 1);
        sf.votes(slug, accepted, List.of(malte, karl));
        sf.votes(slug, open, List.of(erika, karl));

        Cockpit before = as(organizer);
        assertThat(before.kind()).isEqualTo(EventKind.BARCAMP);
        assertThat(before.title()).isEqualTo("Barcamp Smart Water");
        assertThat(before.seats().registered()).isEqualTo(3);
        assertThat(before.seats().freeSeats()).isZero();
        assertThat(before.seats().waitlisted()).isEqualTo(1);
        assertThat(before.proposals().open()).isEqualTo(1);
        assertThat(before.proposals().accepted()).isEqualTo(1);
        assertThat(before.proposals().votes()).isEqualTo(4);
        assertThat(before.proposals().voters()).isEqualTo(3);
        assertThat(before.schedule().published()).isFalse();
        assertThat(before.schedule().rooms()).isZero();
        assertThat(before.schedule().scheduled()).isZero();
        assertThat(before.guests()).isNull();

        RoomDto room = fixtures.as(organizer, () -> roomSlots.addRoom(slug, new RoomForm("Saal", 80, null, true)));
        SlotDto slot = fixtures.as(organizer, () -> roomSlots.addSlot(slug, new SlotForm(ScheduleFixtures.DAY1,
                LocalTime.of(9, 0), LocalTime.of(9, 45), SlotKind.SESSION, null)));
        fixtures.as(organizer, () -> roomSlots.addSlot(slug, new SlotForm(ScheduleFixtures.DAY1,
                LocalTime.of(10, 0), LocalTime.of(10, 45), SlotKind.SESSION, null)));
        fixtures.as(organizer, () -> planning.place(slug, accepted, room.id(), slot.id()));
        fixtures.as(organizer, () -> planning.publish(slug));

        Cockpit after = as(organizer);
        assertThat(after.schedule().published()).isTrue();
        assertThat(after.schedule().changedAt()).isNotNull().isAfterOrEqualTo(after.schedule().publishedAt());
        assertThat(after.schedule().rooms()).isEqualTo(1);
        assertThat(after.schedule().slots()).isEqualTo(2);
        assertThat(after.schedule().scheduled()).isEqualTo(1);
    }

    @Test
    void aCeremonysFiguresCountAnswersCompanionsAndArrivalsButNoProposals() {
        String ceremony = cf.ceremony(organizer, "Unterzeichnung");
        fixtures.as(organizer, () -> ceremonies.saveSettings(ceremony, new CeremonySettingsForm(null, 2, false)));
        List<GuestRow> guests = cf.invite(organizer, ceremony, "Anna Schmidt", "Bernd Mueller", "Clara Claußen",
                "Dora Dietz");
        rsvp.answer(CeremonyFixtures.token(guests.get(0)), new RsvpForm(true, 2, null));
        rsvp.answer(CeremonyFixtures.token(guests.get(1)), new RsvpForm(false, 0, null));
        fixtures.as(organizer, () -> checkin.checkIn(ceremony, guests.get(0).id()));

        Cockpit c = fixtures.as(organizer, () -> cockpit.overview(ceremony));

        assertThat(c.kind()).isEqualTo(EventKind.CEREMONY);
        assertThat(c.guests().accepted()).isEqualTo(1);
        assertThat(c.guests().declined()).isEqualTo(1);
        assertThat(c.guests().pending()).isEqualTo(2);
        assertThat(c.guests().companions()).isEqualTo(2);
        assertThat(c.guests().arrived()).isEqualTo(1);
        assertThat(c.proposals()).isNull();
        assertThat(c.schedule()).isNull();
        assertThat(c.seats().registered()).isZero();
    }

    @Test
    void onlyTheEventsOrganizersAndAdminsSeeIt() {
        String otto = fixtures.person("Otto Orga", Role.ORGANIZER).email();

        assertThatThrownBy(() -> as(erika)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(otto)).isInstanceOf(AccessDeniedException.class);
        logout();
        assertThatThrownBy(() -> cockpit.overview(slug)).isInstanceOf(AccessDeniedException.class);
        assertThat(as(Fixtures.ADMIN).slug()).isEqualTo(slug);
        assertThatThrownBy(() -> fixtures.as(organizer, () -> cockpit.overview("gibt-es-nicht")))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void theOverviewCostsTheSameQueriesHoweverMuchTheEventHas() {
        long few = statementsForOverview();
        fixtures.as(organizer, () -> registrations.changeCapacity(slug, null));
        List<String> hosts = List.of("Anke Albers", "Bodo Brandt", "Cem Celik");
        for (int i = 0; i < hosts.size(); i++) {
            String host = sf.participant(slug, hosts.get(i));
            long id = sf.session(slug, organizer, host, "Session " + i, 1);
            sf.proposal(slug, host, "Idee " + i, 1);
            sf.votes(slug, id, List.of(erika, malte));
        }
        long many = statementsForOverview();
        assertThat(many).isLessThanOrEqualTo(few);
    }

    private long statementsForOverview() {
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        stats.clear();
        assertThat(as(organizer)).isNotNull();
        return stats.getPrepareStatementCount();
    }

    private Cockpit as(String email) {
        return fixtures.as(email, () -> cockpit.overview(slug));
    }
}
