package org.kogge.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.kogge.account.Role;
import org.kogge.event.EventKind;
import org.kogge.event.EventState;
import org.kogge.testing.ServiceTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

/**
 * Racing registrations never oversell and keep one registration per person. Runs on H2 and, in CI, on MariaDB,
 * where row locks and deadlocks are real.
 */
class RegistrationConcurrencyTest extends ServiceTestBase {

    @Autowired
    RegistrationService registrations;

    @Test
    void twoHundredRacingRegistrationsForFiftySeats() throws Exception {
        String organizer = fixtures.person("Olga Orga", Role.ORGANIZER).email();
        String slug = fixtures.event(organizer, "Ansturm", EventKind.BARCAMP, 20, EventState.PUBLISHED).slug();
        fixtures.as(organizer, () -> registrations.changeCapacity(slug, 50));
        List<String> people = fixtures.bulkAttendees("racer", 200);

        List<MyRegistration> results = race(people.stream()
                .<Callable<MyRegistration>>map(email -> () -> fixtures.as(email, () -> registrations.register(slug)))
                .toList());

        assertThat(results).filteredOn(r -> r.status() == RegistrationStatus.REGISTERED).hasSize(50);
        assertThat(results).filteredOn(r -> r.status() == RegistrationStatus.WAITLISTED).hasSize(150);
        assertThat(results).filteredOn(r -> r.status() == RegistrationStatus.WAITLISTED)
                .extracting(MyRegistration::waitlistPosition).doesNotHaveDuplicates();
        assertThat(registrations.counts(slug)).isEqualTo(new RegistrationCounts(50, 150, 0, 50));

        List<Participant> waitlist = fixtures.as(organizer,
                () -> registrations.participants(slug, RegistrationStatus.WAITLISTED, Pageable.unpaged()));
        assertThat(waitlist).extracting(Participant::waitlistPosition)
                .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, 150).boxed().toList());
        assertThat(waitlist).extracting(Participant::joinedAt).isSortedAccordingTo(java.util.Comparator.naturalOrder());
    }

    @Test
    void racingCancellationsPromoteInWaitlistOrder() throws Exception {
        String organizer = fixtures.person("Olga Orga", Role.ORGANIZER).email();
        String slug = fixtures.event(organizer, "Nachrücken", EventKind.BARCAMP, 20, EventState.PUBLISHED).slug();
        fixtures.as(organizer, () -> registrations.changeCapacity(slug, 20));
        List<String> people = fixtures.bulkAttendees("queue", 40);
        for (String email : people) {
            fixtures.as(email, () -> registrations.register(slug));
        }
        List<String> leaving = people.subList(0, 10);
        race(leaving.stream().<Callable<MyRegistration>>map(email -> () -> fixtures.as(email, () -> registrations.cancel(slug))).toList());

        assertThat(registrations.counts(slug)).isEqualTo(new RegistrationCounts(20, 10, 10, 20));
        for (String promoted : people.subList(20, 30)) {
            assertThat(fixtures.as(promoted, () -> registrations.mine(slug)).status()).isEqualTo(RegistrationStatus.REGISTERED);
        }
        for (int i = 30; i < 40; i++) {
            String email = people.get(i);
            assertThat(fixtures.as(email, () -> registrations.mine(slug)).waitlistPosition()).isEqualTo(i - 29);
        }
    }

    @Test
    void oneClickTwiceFromManyThreadsRegistersOnce() throws Exception {
        String organizer = fixtures.person("Olga Orga", Role.ORGANIZER).email();
        String slug = fixtures.event(organizer, "Doppelklick", EventKind.BARCAMP, 20, EventState.PUBLISHED).slug();
        String email = fixtures.bulkAttendees("clicker", 1).get(0);
        List<Callable<MyRegistration>> clicks = Collections.nCopies(20, () -> fixtures.as(email, () -> registrations.register(slug)));
        List<MyRegistration> results = race(clicks);
        assertThat(results).allMatch(r -> r.status() == RegistrationStatus.REGISTERED);
        assertThat(registrations.counts(slug).registered()).isEqualTo(1);
    }

    private static <T> List<T> race(List<Callable<T>> tasks) throws Exception {
        return org.kogge.testing.Races.race(tasks);
    }
}
