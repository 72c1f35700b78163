package org.kogge.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kogge.testing.MailInbox.subjectOf;
import static org.kogge.testing.MailInbox.text;

import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kogge.account.MailPreferenceService;
import org.kogge.account.MailPreferences;
import org.kogge.mail.OutboxSender;
import org.kogge.schedule.PlanningService;
import org.kogge.schedule.StarService;
import org.kogge.testing.CalendarFixtures;
import org.kogge.testing.MailInbox;
import org.kogge.testing.Races;
import org.kogge.testing.ScheduleFixtures;
import org.kogge.testing.ServiceTestBase;
import org.kogge.testing.StoppedClock;
import org.kogge.testing.TestSmtp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The digest of a published programme's changes (to seat holders, and to the hosts and starrers of a changed session):
 * the changes of the batching window (five minutes by default, on
 * the app's clock) in one mail per person and event, with the new times in the event's zone and the updated
 * {@code .ics}, in each recipient's language; not to people who switched changes off; nothing for a rolled-back
 * change; once when two instances run the job.
 */
@Import(TestSmtp.Config.class)
class ChangeDigestsTest extends ServiceTestBase {

    static final MailInbox inbox = new MailInbox();

    @Autowired ChangeDigests digests;
    @Autowired CalendarFixtures calendarFixtures;
    @Autowired ScheduleFixtures scheduleFixtures;
    @Autowired PlanningService planning;
    @Autowired StarService stars;
    @Autowired org.kogge.proposal.ProposalService proposals;
    @Autowired org.kogge.proposal.CohostService cohosts;
    @Autowired org.kogge.registration.RegistrationService registrations;
    @Autowired MailPreferenceService preferences;
    @Autowired OutboxSender sender;
    @Autowired StoppedClock clock;
    @Autowired PlatformTransactionManager transactions;
    @Autowired JdbcTemplate jdbc;

    CalendarFixtures.Camp camp;
    Instant now;

    @BeforeEach
    void setUp() {
        inbox.start();
        camp = calendarFixtures.camp("Barcamp Ostsee", true, "Sensornetze", "Pegelstände", "Hochwasser");
        now = Instant.parse("2027-03-01T09:00:00Z");
        clock.stopAt(now);
    }

    @AfterEach
    void tearDown() {
        inbox.stop();
        clock.run();
    }

    @Test
    void twoMovesWithinTheWindowMakeOneMailListingBothWithTheNewTimesAndTheCalendar() throws Exception {
        moveToSecondRoom(0, 0);
        clock.stopAt(now.plus(Duration.ofMinutes(2)));
        moveToSecondRoom(1, 1);

        clock.stopAt(now.plus(Duration.ofMinutes(4)));
        assertThat(digests.sendDue()).as("the first change is not five minutes old yet").isZero();
        clock.stopAt(now.plus(Duration.ofMinutes(5)));
        assertThat(digests.sendDue()).isPositive();
        clock.stopAt(now.plus(Duration.ofMinutes(9)));
        assertThat(digests.sendDue()).as("sent once").isZero();
        inbox.deliver(sender);

        List<MimeMessage> received = digestsTo(camp.host());
        assertThat(received).hasSize(1);
        MimeMessage mail = received.get(0);
        assertThat(subjectOf(mail)).isEqualTo("Programmänderungen: Barcamp Ostsee");
        assertThat(text(mail)).contains("„Sensornetze“ findet jetzt statt", "„Pegelstände“ findet jetzt statt",
                "10:00", "11:00", "Wakenitz").doesNotContain("Hochwasser");
        assertThat(MailInbox.header(mail, "List-Unsubscribe")).endsWith("/changes>");
        byte[] ics = MailInbox.attachment(mail, "text/calendar").orElseThrow();
        Calendar calendar = new CalendarBuilder().build(new StringReader(new String(ics, StandardCharsets.UTF_8)));
        assertThat(calendar.getComponents("VEVENT")).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void aStarrerWithoutSeatHearsOfTheirSessionAndWhoSwitchedChangesOffHearsNothing() throws Exception {
        String ben = scheduleFixtures.participant(camp.slug(), "Ben Brandt");
        login(ben);
        preferences.save(new MailPreferences(false, true, true));
        logout();
        var samPerson = fixtures.person("Sam Stern");
        jdbc.update("update person set preferred_locale = 'en' where id = ?", samPerson.id());
        String sam = samPerson.email();
        fixtures.as(sam, () -> stars.toggle(camp.slug(), camp.sessions().get(2)));

        fixtures.as(camp.organizer(), () -> planning.cancel(camp.slug(), camp.sessions().get(2)));
        clock.stopAt(now.plus(Duration.ofMinutes(1)));
        moveToSecondRoom(0, 0);
        clock.stopAt(now.plus(Duration.ofMinutes(10)));
        digests.sendDue();
        inbox.deliver(sender);

        assertThat(digestsTo(ben)).isEmpty();
        assertThat(digestsTo(sam)).hasSize(1);
        MimeMessage samsMail = digestsTo(sam).get(0);
        assertThat(subjectOf(samsMail)).isEqualTo("Programme changes: Barcamp Ostsee");
        assertThat(text(samsMail)).contains("\"Hochwasser\" is cancelled", "The event's updated calendar")
                .doesNotContain("Sensornetze");
        assertThat(text(digestsTo(camp.host()).get(0))).contains("Hochwasser", "Sensornetze");
    }

    /** A co-host without a seat (they gave it up) still hears of their own session, and only of it. */
    @Test
    void aHostWithoutSeatHearsOfTheirOwnSessionOnly() throws Exception {
        String kai = scheduleFixtures.participant(camp.slug(), "Kai Kollege");
        long levels = camp.sessions().get(1);
        var form = fixtures.as(camp.organizer(), () -> proposals.formFor(camp.slug(), levels));
        form.getCohostEmails().add(kai);
        fixtures.as(camp.organizer(), () -> proposals.update(camp.slug(), levels, form));
        fixtures.as(kai, () -> cohosts.accept(camp.slug(), levels));
        fixtures.as(kai, () -> registrations.cancel(camp.slug()));

        moveToSecondRoom(0, 0);
        moveToSecondRoom(1, 1);
        clock.stopAt(now.plus(Duration.ofMinutes(10)));
        digests.sendDue();
        inbox.deliver(sender);

        List<MimeMessage> kais = digestsTo(kai);
        assertThat(kais).hasSize(1);
        assertThat(text(kais.get(0))).contains("„Pegelstände“ findet jetzt statt", "Wakenitz")
                .doesNotContain("Sensornetze");
        assertThat(text(digestsTo(camp.host()).get(0))).contains("Sensornetze", "Pegelstände");
    }

    @Test
    void aSessionCancelledAndRestoredWithinTheWindowIsListedBothWays() throws Exception {
        long session = camp.sessions().get(1);
        fixtures.as(camp.organizer(), () -> planning.cancel(camp.slug(), session));
        clock.stopAt(now.plus(Duration.ofMinutes(3)));
        fixtures.as(camp.organizer(), () -> planning.restore(camp.slug(), session));
        clock.stopAt(now.plus(Duration.ofMinutes(5)));
        digests.sendDue();
        inbox.deliver(sender);

        assertThat(text(digestsTo(camp.host()).get(0)))
                .containsSubsequence("„Pegelstände“ fällt aus", "„Pegelstände“ findet doch statt", "11:00", "Trave");
    }

    @Test
    void aSessionSentBackToTheSideListAndPlacedAgainWithinTheWindowIsListedAtItsNewPlace() throws Exception {
        long session = camp.sessions().get(1);
        fixtures.as(camp.organizer(), () -> planning.unplace(camp.slug(), session));
        clock.stopAt(now.plus(Duration.ofMinutes(3)));
        moveToSecondRoom(1, 1);
        clock.stopAt(now.plus(Duration.ofMinutes(5)));
        digests.sendDue();
        inbox.deliver(sender);

        assertThat(text(digestsTo(camp.host()).get(0)))
                .containsSubsequence("„Pegelstände“ fällt aus", "„Pegelstände“ findet doch statt", "11:00",
                        camp.rooms().get(1).name());
    }

    @Test
    void aRolledBackMoveQueuesNothing() {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            moveToSecondRoom(0, 0);
            status.setRollbackOnly();
        });
        clock.stopAt(now.plus(Duration.ofHours(1)));

        assertThat(digests.sendDue()).isZero();
        inbox.deliver(sender);
        assertThat(digestsTo(camp.host())).isEmpty();
    }

    @Test
    void twoInstancesRunningTheJobAtOnceMailEachPersonOnce() throws Exception {
        String ben = scheduleFixtures.participant(camp.slug(), "Ben Brandt");
        moveToSecondRoom(0, 0);
        clock.stopAt(now.plus(Duration.ofMinutes(5)));

        List<Integer> queued = Races.race(List.<Callable<Integer>>of(digests::sendDue, digests::sendDue));
        inbox.deliver(sender);

        assertThat(queued).containsExactlyInAnyOrder(0, queued.get(0) + queued.get(1));
        assertThat(digestsTo(ben)).hasSize(1);
        assertThat(digestsTo(camp.host())).hasSize(1);
    }

    /** Moves the camp's n-th session into the second room, in the slot with that index. */
    private void moveToSecondRoom(int session, int slot) {
        fixtures.as(camp.organizer(), () -> planning.place(camp.slug(), camp.sessions().get(session),
                camp.rooms().get(1).id(), camp.slots().get(slot).id()));
    }

    /** The digests among a person's mails (they got their seat's mail too). */
    private List<MimeMessage> digestsTo(String email) {
        return inbox.to(email).stream().filter(m -> subjectOf(m).startsWith("Programmänderungen:")
                || subjectOf(m).startsWith("Programme changes:")).toList();
    }
}
