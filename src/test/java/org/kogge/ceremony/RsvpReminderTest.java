package org.kogge.ceremony;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kogge.event.EventGate;
import org.kogge.mail.OutboxSender;
import org.kogge.testing.CeremonyFixtures;
import org.kogge.testing.MailCatcher;
import org.kogge.testing.StoppedClock;
import org.kogge.testing.TestSmtp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/** The RSVP reminder: once per guest without an answer, three days before the deadline, by the app's clock. */
@Import(TestSmtp.Config.class)
class RsvpReminderTest extends InvitationTestBase {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Autowired RsvpReminders reminders;
    @Autowired InvitationMailService mails;
    @Autowired OutboxSender sender;
    @Autowired StoppedClock clock;
    @Autowired JdbcTemplate jdbc;

    final MailCatcher smtp = new MailCatcher();
    List<GuestRow> guests;
    Instant deadline;

    @BeforeEach
    void invitedByMail() {
        smtp.start();
        LocalDateTime localDeadline = LocalDate.now(BERLIN).plusDays(8).atTime(18, 0);
        deadline = localDeadline.atZone(BERLIN).toInstant();
        settings(localDeadline, 0);
        guests = ceremonyFixtures.invite(organizer, slug, "Anna Alt", "Bernd Bode", "Carla Chef", "Dora Dahl");
        asOrganizer(() -> mails.send(slug, List.of(guests.get(0).id(), guests.get(1).id(), guests.get(2).id())));
        rsvp.answer(CeremonyFixtures.token(guests.get(2)), new RsvpForm(false, 0, null));
    }

    @AfterEach
    void stop() {
        smtp.stop();
        clock.run();
    }

    @Test
    void guestsInvitedByMailWithoutAnAnswerAreRemindedOnceThreeDaysBeforeTheDeadline() {
        clock.stopAt(deadline.minus(Duration.ofDays(3)).minusSeconds(60));
        assertThat(reminders.sendDue()).as("not yet due").isZero();

        clock.stopAt(deadline.minus(Duration.ofDays(3)).plusSeconds(60));
        assertThat(reminders.sendDue()).isEqualTo(2);
        assertThat(reminders.sendDue()).as("once per guest").isZero();
        clock.stopAt(deadline.minus(Duration.ofDays(1)));
        assertThat(reminders.sendDue()).as("once per guest, also later").isZero();
        sender.sendDue();

        List<MailCatcher.Received> sent = smtp.received().stream()
                .filter(m -> m.subject().startsWith("Erinnerung")).toList();
        assertThat(sent).extracting(MailCatcher.Received::to)
                .containsExactlyInAnyOrder("anna@guest.example", "bernd@guest.example");
        MailCatcher.Received anna = sent.stream().filter(m -> m.to().startsWith("anna")).findFirst().orElseThrow();
        assertThat(anna.subject()).isEqualTo("Erinnerung: Ihre Antwort zu „Unterzeichnung“");
        assertThat(anna.text()).contains(MailCatcher.BASE_URL + "/invitation/" + CeremonyFixtures.token(guests.get(0)))
                .contains("Bitte antworten Sie bis ");
    }

    @Test
    void aGuestWhoAnswersOrIsRevokedMeanwhileIsNotReminded() {
        rsvp.answer(CeremonyFixtures.token(guests.get(0)), new RsvpForm(true, 0, null));
        asOrganizer(() -> invitations.revoke(slug, guests.get(1).id()));

        clock.stopAt(deadline.minus(Duration.ofDays(2)));
        assertThat(reminders.sendDue()).isZero();
    }

    @Test
    void aGuestWhoAnswersAfterTheReminderWasQueuedButBeforeItWasSentGetsNone() {
        clock.stopAt(deadline.minus(Duration.ofDays(2)));
        assertThat(reminders.sendDue()).isEqualTo(2);
        rsvp.answer(CeremonyFixtures.token(guests.get(0)), new RsvpForm(true, 0, null));
        sender.sendDue();

        assertThat(smtp.received().stream().filter(m -> m.subject().startsWith("Erinnerung")))
                .extracting(MailCatcher.Received::to).containsExactly("bernd@guest.example");
    }

    @Test
    void afterTheDeadlineNobodyIsReminded() {
        clock.stopAt(deadline.plusSeconds(1));
        assertThat(reminders.sendDue()).isZero();
    }

    @Autowired InvitationRepository invitationRepository;
    @Autowired CeremonyMails ceremonyMails;
    @Autowired EventGate events;
    @Autowired PlatformTransactionManager transactions;

    @Test
    void twoAppInstancesRemindEachGuestExactlyOnce() throws Exception {
        RsvpReminders other = new RsvpReminders(invitationRepository, ceremonies, ceremonyMails, events,
                transactions, clock, 3, Duration.ZERO);
        clock.stopAt(deadline.minus(Duration.ofDays(2)));
        CyclicBarrier start = new CyclicBarrier(2);
        List<Callable<Integer>> runs = List.of(
                () -> { start.await(); return reminders.sendDue(); },
                () -> { start.await(); return other.sendDue(); });
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            int total = 0;
            for (Future<Integer> f : pool.invokeAll(runs)) {
                total += f.get();
            }
            assertThat(total).isEqualTo(2);
        } finally {
            pool.shutdown();
        }
        assertThat(jdbc.queryForObject("select count(*) from outbox_mail where kind = 'ceremony-reminder'",
                Integer.class)).isEqualTo(2);
    }
}
