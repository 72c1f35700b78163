package org.kogge.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.kogge.account.Role;
import org.kogge.event.EventKind;
import org.kogge.event.EventState;
import org.kogge.mail.OutboxSender;
import org.kogge.registration.RegistrationCounts;
import org.kogge.registration.RegistrationService;
import org.kogge.testing.ServiceTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Mail fan-out: what a change that mails 500 people costs the organizer who makes it. The change is raising an
 * event's capacity: with 500 people waiting, all 500 move up and each gets a mail with the event's calendar file,
 * written into the outbox in the same transaction; with nobody waiting, nobody is mailed. Sending happens later, in
 * the background, so the page waits for the outbox rows, never for a mail server. Prints both times and the time the
 * sender then needs for the 500 (captured here, as without a mail server); asserts only correctness.
 */
@TestPropertySource(properties = "kogge.mail.rate-per-minute=1000000")
class MailFanoutBench extends ServiceTestBase {

    static final int PEOPLE = 500;

    @Autowired RegistrationService registrations;
    @Autowired OutboxSender sender;

    @Test
    void aChangeThatMailsFiveHundredPeopleAgainstOneThatMailsNobody() {
        String organizer = fixtures.person("Olga Orga", Role.ORGANIZER).email();
        String crowded = fixtures.event(organizer, "Voll", EventKind.BARCAMP, 20, EventState.PUBLISHED).slug();
        String quiet = fixtures.event(organizer, "Ruhig", EventKind.BARCAMP, 20, EventState.PUBLISHED).slug();
        fixtures.as(organizer, () -> registrations.changeCapacity(crowded, 1));
        fixtures.as(organizer, () -> registrations.changeCapacity(quiet, 1));
        List<String> people = fixtures.bulkAttendees("fanout", PEOPLE + 1);
        people.forEach(p -> fixtures.as(p, () -> registrations.register(crowded)));
        fixtures.as(people.get(0), () -> registrations.register(quiet));
        drain();

        // Warm-up: the same change once on another event, so that neither measurement pays for the JIT alone.
        String warm = fixtures.event(organizer, "Aufwärmen", EventKind.BARCAMP, 20, EventState.PUBLISHED).slug();
        fixtures.as(organizer, () -> registrations.changeCapacity(warm, 1));
        people.subList(0, 50).forEach(p -> fixtures.as(p, () -> registrations.register(warm)));
        fixtures.as(organizer, () -> registrations.changeCapacity(warm, 100));
        drain();

        long t0 = System.nanoTime();
        RegistrationCounts none = fixtures.as(organizer, () -> registrations.changeCapacity(quiet, PEOPLE + 1));
        double nobodyMs = (System.nanoTime() - t0) / 1e6;

        t0 = System.nanoTime();
        RegistrationCounts all = fixtures.as(organizer, () -> registrations.changeCapacity(crowded, PEOPLE + 1));
        double fanoutMs = (System.nanoTime() - t0) / 1e6;

        t0 = System.nanoTime();
        int sent = drain();
        double sendMs = (System.nanoTime() - t0) / 1e6;

        assertThat(none.registered()).isEqualTo(1);
        assertThat(all.registered()).isEqualTo(PEOPLE + 1);
        assertThat(sent).isEqualTo(PEOPLE);
        System.out.printf(Locale.ROOT, "%n=== Kogge mail fan-out benchmark (%s) ===%n", fixtures.databaseName());
        System.out.printf(Locale.ROOT, "capacity raised, nobody waiting, no mail:         %8.1f ms%n", nobodyMs);
        System.out.printf(Locale.ROOT, "capacity raised, %d promoted, %d mails queued: %8.1f ms (%.2f ms per mail)%n",
                PEOPLE, PEOPLE, fanoutMs, (fanoutMs - nobodyMs) / PEOPLE);
        System.out.printf(Locale.ROOT, "the sender then delivers (captures) them in       %8.1f ms, in the background%n",
                sendMs);
    }

    /** Sends (captures) every due mail; returns how many. */
    private int drain() {
        int total = 0;
        for (int n = sender.sendDue(); n > 0; n = sender.sendDue()) {
            total += n;
        }
        return total;
    }
}
