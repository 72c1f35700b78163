package org.kogge.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.kogge.account.Role;
import org.kogge.ceremony.InvitationMailService;
import org.kogge.event.EventKind;
import org.kogge.event.EventState;
import org.kogge.mail.OutboxSender;
import org.kogge.registration.RegistrationCounts;
import org.kogge.registration.RegistrationService;
import org.kogge.testing.CeremonyFixtures;
import org.kogge.testing.ServiceTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.springframework.context.event.GenericApplicationListener;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.test.context.TestPropertySource;

/**
 * Mail fan-out: what a change that mails 500 people costs the organizer who makes it, against the very same change
 * mailing nobody. The change is raising an event's capacity so that all of its 500 waiting people move up; each then
 * gets a mail with the event's calendar file, queued in the same transaction and delivered later in the background.
 *
 * <p>Like with like: two events are set up the same way (one seat taken, the same 500 people waiting on both). The
 * capacity of the first is raised while the seat-mail listeners are taken out of Spring's event multicaster, so its
 * 500 promotions are exactly those of the second, minus the mails; then the second's is raised with the listeners
 * back. Both paths run once on a smaller event before, so that neither measurement pays for the JIT alone.
 *
 * <p>The target of issue 14, "a change that mails 500 people returns as fast as one that mails nobody", is enforced:
 * the mailing change may take at most {@link #AT_MOST_TIMES} times the silent one, or the silent one plus
 * {@link #NOISE_MS} ms when that is more (a silent change of a few dozen milliseconds jitters by tens of them on the
 * shared machine); the bench fails otherwise. It also prints
 * the time the sender then needs to render and deliver (capture) the 500.
 */
@TestPropertySource(properties = "kogge.mail.rate-per-minute=1000000")
class MailFanoutBench extends ServiceTestBase {

    static final int PEOPLE = 500;
    static final double AT_MOST_TIMES = 1.5;
    static final double NOISE_MS = 100;

    @Autowired RegistrationService registrations;
    @Autowired InvitationMailService invitationMails;
    @Autowired CeremonyFixtures ceremonies;
    @Autowired OutboxSender sender;
    @Autowired ApplicationContext context;
    @Autowired ApplicationEventMulticaster multicaster;

    String organizer;

    @Test
    void aChangeThatMailsFiveHundredPeopleReturnsAsFastAsTheSameChangeMailingNobody() {
        organizer = fixtures.person("Olga Orga", Role.ORGANIZER).email();
        List<String> people = fixtures.bulkAttendees("fanout", PEOPLE + 1);
        String silent = crowdedEvent("Still", people);
        String mailing = crowdedEvent("Laut", people);
        List<String> few = people.subList(0, 51);
        String warmSilent = crowdedEvent("Aufwärmen still", few);
        String warmMailing = crowdedEvent("Aufwärmen laut", few);
        drain();

        withoutSeatMails(() -> raise(warmSilent, few.size()));
        raise(warmMailing, few.size());
        drain();

        long t0 = System.nanoTime();
        RegistrationCounts quiet = withoutSeatMails(() -> raise(silent, PEOPLE + 1));
        double silentMs = (System.nanoTime() - t0) / 1e6;
        int queuedBySilent = drain();

        t0 = System.nanoTime();
        RegistrationCounts loud = raise(mailing, PEOPLE + 1);
        double mailingMs = (System.nanoTime() - t0) / 1e6;

        t0 = System.nanoTime();
        int sent = drain();
        double sendMs = (System.nanoTime() - t0) / 1e6;

        assertThat(quiet.registered()).isEqualTo(PEOPLE + 1);
        assertThat(loud.registered()).isEqualTo(PEOPLE + 1);
        assertThat(queuedBySilent).isZero();
        assertThat(sent).isEqualTo(PEOPLE);
        double limitMs = Math.max(AT_MOST_TIMES * silentMs, silentMs + NOISE_MS);
        System.out.printf(Locale.ROOT, "%n=== Kogge mail fan-out benchmark (%s) ===%n", fixtures.databaseName());
        System.out.printf(Locale.ROOT, "capacity raised, %d promoted, seat mails off:   %8.1f ms%n", PEOPLE, silentMs);
        System.out.printf(Locale.ROOT, "capacity raised, %d promoted, %d mails queued: %8.1f ms (%.3f ms per mail)%n",
                PEOPLE, PEOPLE, mailingMs, (mailingMs - silentMs) / PEOPLE);
        System.out.printf(Locale.ROOT, "target: at most %.1f x the silent change or it + %.0f ms: %8.1f ms%n",
                AT_MOST_TIMES, NOISE_MS, limitMs);
        System.out.printf(Locale.ROOT, "the sender then renders and delivers (captures) them in %8.1f ms, "
                + "in the background%n", sendMs);
        assertThat(mailingMs).as("the change that mails %d people, in ms", PEOPLE).isLessThanOrEqualTo(limitMs);
    }

    /**
     * The organizer's "invite all by mail" on the guest list of a ceremony with 500 guests against the same action on
     * a ceremony with one guest: each invitation is queued as an intent in one batch (its personal link and the
     * ceremony are read by the sender when it builds the mail), so the 500 cost the organizer about what the one
     * does. Same target as above.
     */
    @Test
    void invitingFiveHundredGuestsByMailReturnsAsFastAsInvitingOne() {
        organizer = fixtures.person("Olga Orga", Role.ORGANIZER).email();
        String one = ceremonyWithGuests("Einer", 1);
        String many = ceremonyWithGuests("Viele", PEOPLE);
        String warmOne = ceremonyWithGuests("Aufwärmen einer", 1);
        String warmMany = ceremonyWithGuests("Aufwärmen viele", 50);
        inviteAllByMail(warmOne);
        inviteAllByMail(warmMany);
        drain();

        long t0 = System.nanoTime();
        int single = inviteAllByMail(one);
        double oneMs = (System.nanoTime() - t0) / 1e6;
        t0 = System.nanoTime();
        int all = inviteAllByMail(many);
        double manyMs = (System.nanoTime() - t0) / 1e6;
        t0 = System.nanoTime();
        int sent = drain();
        double sendMs = (System.nanoTime() - t0) / 1e6;

        assertThat(single).isEqualTo(1);
        assertThat(all).isEqualTo(PEOPLE);
        assertThat(sent).isEqualTo(PEOPLE + 1);
        double limitMs = Math.max(AT_MOST_TIMES * oneMs, oneMs + NOISE_MS);
        System.out.printf(Locale.ROOT, "%n=== Kogge invitation mail fan-out benchmark (%s) ===%n",
                fixtures.databaseName());
        System.out.printf(Locale.ROOT, "invite all by mail, 1 guest:    %8.1f ms%n", oneMs);
        System.out.printf(Locale.ROOT, "invite all by mail, %d guests: %8.1f ms%n", PEOPLE, manyMs);
        System.out.printf(Locale.ROOT, "target: at most %.1f x the one or it + %.0f ms: %8.1f ms%n",
                AT_MOST_TIMES, NOISE_MS, limitMs);
        System.out.printf(Locale.ROOT, "the sender then renders and delivers (captures) the %d in %8.1f ms, "
                + "in the background%n", sent, sendMs);
        assertThat(manyMs).as("inviting %d guests by mail, in ms", PEOPLE).isLessThanOrEqualTo(limitMs);
    }

    private String ceremonyWithGuests(String title, int count) {
        String slug = ceremonies.ceremony(organizer, title);
        String[] names = IntStream.range(0, count)
                .mapToObj(i -> String.format(Locale.ROOT, "%s%04d Gast", title.replace(" ", "").toLowerCase(Locale.ROOT), i))
                .toArray(String[]::new);
        ceremonies.invite(organizer, slug, names);
        return slug;
    }

    private int inviteAllByMail(String slug) {
        return fixtures.as(organizer, () -> invitationMails.sendToAllNotYetMailed(slug));
    }

    /** A published event with one seat, taken by the first of {@code people}; the others wait. */
    private String crowdedEvent(String title, List<String> people) {
        String slug = fixtures.event(organizer, title, EventKind.BARCAMP, 20, EventState.PUBLISHED).slug();
        fixtures.as(organizer, () -> registrations.changeCapacity(slug, 1));
        people.forEach(p -> fixtures.as(p, () -> registrations.register(slug)));
        return slug;
    }

    private RegistrationCounts raise(String slug, int capacity) {
        return fixtures.as(organizer, () -> registrations.changeCapacity(slug, capacity));
    }

    /** Runs {@code change} with the seat-mail listeners taken out of the event multicaster, then puts them back. */
    private <T> T withoutSeatMails(Supplier<T> change) {
        List<ApplicationListener<?>> seatMails = ((AbstractApplicationContext) context).getApplicationListeners()
                .stream()
                .filter(l -> l instanceof GenericApplicationListener g
                        && g.getListenerId().startsWith("org.kogge.notification.SeatMails."))
                .toList();
        assertThat(seatMails).as("the seat-mail listeners").hasSize(4);
        seatMails.forEach(multicaster::removeApplicationListener);
        try {
            return change.get();
        } finally {
            seatMails.forEach(multicaster::addApplicationListener);
        }
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
