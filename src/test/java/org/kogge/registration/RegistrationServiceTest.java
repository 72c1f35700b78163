package org.kogge.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kogge.account.PersonDto;
import org.kogge.account.Role;
import org.kogge.common.InvalidInputException;
import org.kogge.common.NotFoundException;
import org.kogge.event.EventForm;
import org.kogge.event.EventKind;
import org.kogge.event.EventService;
import org.kogge.event.EventState;
import org.kogge.testing.Fixtures;
import org.kogge.testing.ServiceTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@RecordApplicationEvents
class RegistrationServiceTest extends ServiceTestBase {

    @Autowired
    ApplicationEvents heard;

    @Autowired
    RegistrationService registrations;

    @Autowired
    EventService events;

    String organizer;
    String slug;

    @BeforeEach
    void barcampWithTwoSeats() {
        organizer = fixtures.person("Olga Orga", Role.ORGANIZER).email();
        slug = fixtures.event(organizer, "Barcamp Smart Water", EventKind.BARCAMP, 30, EventState.PUBLISHED).slug();
        fixtures.as(organizer, () -> registrations.changeCapacity(slug, 2));
    }

    private MyRegistration registerAs(String name) {
        String email = fixtures.person(name).email();
        return fixtures.as(email, () -> registrations.register(slug));
    }

    @Test
    void registersUntilFullThenWaitlistsInOrderOfJoining() {
        assertThat(registerAs("Anna A").status()).isEqualTo(RegistrationStatus.REGISTERED);
        assertThat(registerAs("Bernd B").status()).isEqualTo(RegistrationStatus.REGISTERED);
        MyRegistration carla = registerAs("Carla C");
        MyRegistration dirk = registerAs("Dirk D");
        assertThat(carla.status()).isEqualTo(RegistrationStatus.WAITLISTED);
        assertThat(carla.waitlistPosition()).isEqualTo(1);
        assertThat(dirk.waitlistPosition()).isEqualTo(2);
        assertThat(registrations.counts(slug)).isEqualTo(new RegistrationCounts(2, 2, 0, 2));
    }

    @Test
    void registeringTwiceKeepsOneRegistration() {
        String email = fixtures.person("Anna A").email();
        fixtures.as(email, () -> registrations.register(slug));
        MyRegistration again = fixtures.as(email, () -> registrations.register(slug));
        assertThat(again.status()).isEqualTo(RegistrationStatus.REGISTERED);
        assertThat(registrations.counts(slug).registered()).isEqualTo(1);
    }

    @Test
    void cancellingPromotesTheFirstOnTheWaitlistWhoSeesItOnce() {
        String anna = fixtures.person("Anna A").email();
        fixtures.as(anna, () -> registrations.register(slug));
        registerAs("Bernd B");
        String carla = fixtures.person("Carla C").email();
        String dirk = fixtures.person("Dirk D").email();
        fixtures.as(carla, () -> registrations.register(slug));
        fixtures.as(dirk, () -> registrations.register(slug));

        MyRegistration cancelled = fixtures.as(anna, () -> registrations.cancel(slug));

        assertThat(cancelled.status()).isEqualTo(RegistrationStatus.CANCELLED);
        MyRegistration carlaNow = fixtures.as(carla, () -> registrations.mine(slug));
        assertThat(carlaNow.status()).isEqualTo(RegistrationStatus.REGISTERED);
        assertThat(carlaNow.justPromoted()).isTrue();
        fixtures.as(carla, () -> registrations.acknowledgePromotion(slug));
        assertThat(fixtures.as(carla, () -> registrations.mine(slug)).justPromoted()).isFalse();
        assertThat(fixtures.as(dirk, () -> registrations.mine(slug)).waitlistPosition()).isEqualTo(1);
        assertThat(registrations.counts(slug)).isEqualTo(new RegistrationCounts(2, 1, 1, 2));
    }

    @Test
    void reRegisteringAfterCancellingJoinsTheEndOfTheQueue() {
        String anna = fixtures.person("Anna A").email();
        fixtures.as(anna, () -> registrations.register(slug));
        registerAs("Bernd B");
        registerAs("Carla C");
        fixtures.as(anna, () -> registrations.cancel(slug));
        MyRegistration back = fixtures.as(anna, () -> registrations.register(slug));
        assertThat(back.status()).isEqualTo(RegistrationStatus.WAITLISTED);
        assertThat(back.waitlistPosition()).isEqualTo(1);
    }

    @Test
    void raisingTheCapacityPromotesAtOnceAndLoweringKeepsSeats() {
        registerAs("Anna A");
        registerAs("Bernd B");
        String carla = fixtures.person("Carla C").email();
        fixtures.as(carla, () -> registrations.register(slug));
        registerAs("Dirk D");

        RegistrationCounts raised = fixtures.as(organizer, () -> registrations.changeCapacity(slug, 3));
        assertThat(raised).isEqualTo(new RegistrationCounts(3, 1, 0, 3));
        assertThat(fixtures.as(carla, () -> registrations.mine(slug)).status()).isEqualTo(RegistrationStatus.REGISTERED);

        RegistrationCounts lowered = fixtures.as(organizer, () -> registrations.changeCapacity(slug, 1));
        assertThat(lowered.registered()).isEqualTo(3);
        assertThat(lowered.isFull()).isTrue();
        assertThat(registerAs("Emil E").status()).isEqualTo(RegistrationStatus.WAITLISTED);
    }

    @Test
    void unlimitedCapacityNeverWaitlists() {
        fixtures.as(organizer, () -> registrations.changeCapacity(slug, null));
        for (String n : List.of("Anna A", "Bernd B", "Carla C")) {
            assertThat(registerAs(n).status()).isEqualTo(RegistrationStatus.REGISTERED);
        }
    }

    @Test
    void everySeatChangeIsAnnouncedAsAnEventOfThePersonAndEvent() {
        PersonDto anna = fixtures.person("Anna A");
        PersonDto bernd = fixtures.person("Bernd B");
        PersonDto carla = fixtures.person("Carla C");
        long event = events.details(slug).id();
        heard.clear();

        fixtures.as(anna.email(), () -> registrations.register(slug));
        fixtures.as(bernd.email(), () -> registrations.register(slug));
        fixtures.as(carla.email(), () -> registrations.register(slug));
        fixtures.as(organizer, () -> registrations.moveToWaitlist(slug, anna.id()));
        fixtures.as(bernd.email(), () -> registrations.cancel(slug));

        assertThat(heard.stream(Object.class).filter(e -> e.getClass().getPackage() == RegistrationService.class.getPackage()))
                .containsExactly(
                        new PersonRegistered(event, anna.id()),
                        new PersonRegistered(event, bernd.id()),
                        new PersonWaitlisted(event, carla.id()),
                        new PersonWaitlisted(event, anna.id(), true),
                        new PersonPromoted(event, carla.id()),
                        new RegistrationCancelled(event, bernd.id(), true),
                        new PersonPromoted(event, anna.id()));
    }

    @Test
    void organizerRemovesMovesAndPromotes() {
        PersonDto anna = fixtures.person("Anna A");
        fixtures.as(anna.email(), () -> registrations.register(slug));
        PersonDto bernd = fixtures.person("Bernd B");
        fixtures.as(bernd.email(), () -> registrations.register(slug));
        PersonDto carla = fixtures.person("Carla C");
        fixtures.as(carla.email(), () -> registrations.register(slug));

        fixtures.as(organizer, () -> registrations.moveToWaitlist(slug, anna.id()));
        assertThat(fixtures.as(carla.email(), () -> registrations.mine(slug)).status()).isEqualTo(RegistrationStatus.REGISTERED);
        assertThat(fixtures.as(anna.email(), () -> registrations.mine(slug)).waitlistPosition()).isEqualTo(1);

        assertThatThrownBy(() -> fixtures.as(organizer, () -> registrations.promote(slug, anna.id())))
                .isInstanceOf(InvalidInputException.class);

        fixtures.as(organizer, () -> registrations.remove(slug, bernd.id()));
        assertThat(fixtures.as(anna.email(), () -> registrations.mine(slug)).status()).isEqualTo(RegistrationStatus.REGISTERED);

        List<Participant> list = fixtures.as(organizer, () -> registrations.participants(slug, null, Pageable.unpaged()));
        assertThat(list).extracting(Participant::displayName).containsExactly("Bernd B", "Carla C", "Anna A");
        assertThat(list).extracting(Participant::status).containsExactly(
                RegistrationStatus.CANCELLED, RegistrationStatus.REGISTERED, RegistrationStatus.REGISTERED);
    }

    @Test
    void onlyTheEventsOrganizersSeeParticipants() {
        registerAs("Anna A");
        String other = fixtures.person("Otto Other", Role.ORGANIZER).email();
        String attendee = fixtures.person("Tina T").email();
        assertThatThrownBy(() -> fixtures.as(other, () -> registrations.participants(slug, null, Pageable.unpaged())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixtures.as(attendee, () -> registrations.remove(slug, 1L)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixtures.as(attendee, () -> registrations.changeCapacity(slug, 100)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(fixtures.as(Fixtures.ADMIN, () -> registrations.participants(slug, null, Pageable.unpaged()))).hasSize(1);
    }

    @Test
    void closedRegistrationDraftsAndAnonymousCallersAreRefused() {
        String draft = fixtures.event(organizer, "Entwurf", EventKind.BARCAMP, 10, EventState.DRAFT).slug();
        String cancelled = fixtures.event(organizer, "Abgesagt", EventKind.BARCAMP, 10, EventState.CANCELLED).slug();
        String anna = fixtures.person("Anna A").email();
        assertThatThrownBy(() -> fixtures.as(anna, () -> registrations.register(draft))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> fixtures.as(anna, () -> registrations.register(cancelled)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("registration.closed"));
        assertThatThrownBy(() -> registrations.register(slug)).isInstanceOf(AccessDeniedException.class);
        assertThat(registrations.mine(slug)).isEqualTo(MyRegistration.NONE);
    }

    @Test
    void capacityMustBeSensible() {
        assertThatThrownBy(() -> fixtures.as(organizer, () -> registrations.changeCapacity(slug, 0)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> fixtures.as(organizer, () -> registrations.changeCapacity(slug, -5)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void publicListShowsOnlyThoseWhoChoseSo() {
        String anna = fixtures.person("Anna A").email();
        String bernd = fixtures.person("Bernd B").email();
        fixtures.as(anna, () -> registrations.register(slug));
        fixtures.as(bernd, () -> registrations.register(slug));
        assertThat(registrations.publicParticipants(slug)).isEmpty();
        fixtures.as(bernd, () -> registrations.showMyName(slug, true));
        assertThat(registrations.publicParticipants(slug)).containsExactly("Bernd B");
    }

    @Test
    void myEventsListsUpcomingBeforePast() {
        String anna = fixtures.person("Anna A").email();
        String later = fixtures.event(organizer, "Später", EventKind.BARCAMP, 60, EventState.PUBLISHED).slug();
        fixtures.as(anna, () -> registrations.register(later));
        fixtures.as(anna, () -> registrations.register(slug));
        List<MyEventRegistration> mine = fixtures.as(anna, () -> registrations.myEvents());
        assertThat(mine).extracting(m -> m.event().slug()).containsExactly(slug, later);
    }

    @Test
    void csvExportIsExcelFriendlyAndFormulaSafe() {
        String evil = fixtures.person("=HYPERLINK(\"http://x\") Evil", "evil@test.example").email();
        fixtures.as(evil, () -> registrations.register(slug));
        registerAs("Anna A");
        byte[] csv = fixtures.as(organizer, () -> registrations.exportCsv(slug, Locale.GERMAN, key -> key));
        assertThat(csv[0]).isEqualTo((byte) 0xEF);
        assertThat(csv[1]).isEqualTo((byte) 0xBB);
        assertThat(csv[2]).isEqualTo((byte) 0xBF);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertThat(text).contains("'=HYPERLINK").doesNotContain(";=HYPERLINK").doesNotContain("\n=HYPERLINK");
        assertThat(text.lines().count()).isEqualTo(3);
        assertThat(text.lines().findFirst().orElseThrow()).startsWith("registration.csv.name;");
    }

    @Test
    void windowTellsWhyRegistrationIsClosed() {
        assertThat(registrations.window(slug).phase()).isEqualTo(RegistrationWindow.Phase.OPEN);

        String later = fixtures.event(organizer, "Noch zu", EventKind.BARCAMP, 20, EventState.PUBLISHED).slug();
        fixtures.as(organizer, () -> {
            EventForm f = events.formFor(later);
            f.setRegistrationOpens(f.getStart().minusDays(5));
            events.update(later, f);
        });
        RegistrationWindow notYet = registrations.window(later);
        assertThat(notYet.phase()).isEqualTo(RegistrationWindow.Phase.NOT_YET_OPEN);
        assertThat(notYet.opensAt()).isNotNull();

        String closed = fixtures.event(organizer, "Schon zu", EventKind.BARCAMP, 20, EventState.PUBLISHED).slug();
        fixtures.as(organizer, () -> {
            EventForm f = events.formFor(closed);
            f.setRegistrationOpens(java.time.LocalDateTime.now().minusDays(3));
            f.setRegistrationCloses(java.time.LocalDateTime.now().minusDays(1));
            events.update(closed, f);
        });
        assertThat(registrations.window(closed).phase()).isEqualTo(RegistrationWindow.Phase.CLOSED);

        String over = fixtures.event(organizer, "Vorbei", EventKind.BARCAMP, -3, EventState.PUBLISHED).slug();
        assertThat(registrations.window(over).phase()).isEqualTo(RegistrationWindow.Phase.EVENT_OVER);
        assertThat(registrations.window(over).canCancel()).isFalse();

        String cancelled = fixtures.event(organizer, "Abgesagt", EventKind.BARCAMP, 10, EventState.CANCELLED).slug();
        assertThat(registrations.window(cancelled).phase()).isEqualTo(RegistrationWindow.Phase.EVENT_CANCELLED);
    }
}
