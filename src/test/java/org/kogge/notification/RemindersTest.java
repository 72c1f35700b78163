package org.kogge.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kogge.testing.MailInbox.subjectOf;
import static org.kogge.testing.MailInbox.text;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kogge.account.MailPreferenceService;
import org.kogge.account.MailPreferences;
import org.kogge.event.EventService;
import org.kogge.mail.OutboxSender;
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

/**
 * The reminder the day before: only once the event is that close (the app's clock), to seat holders who want it,
 * with the sessions they host and those they starred, a one-click unsubscribe, and once per person even when two
 * instances run the job.
 */
@Import(TestSmtp.Config.class)
class RemindersTest extends ServiceTestBase {

    static final MailInbox inbox = new MailInbox();

    @Autowired Reminders reminders;
    @Autowired CalendarFixtures calendarFixtures;
    @Autowired ScheduleFixtures scheduleFixtures;
    @Autowired StarService stars;
    @Autowired EventService events;
    @Autowired MailPreferenceService preferences;
    @Autowired OutboxSender sender;
    @Autowired StoppedClock clock;

    CalendarFixtures.Camp camp;
    Instant start;

    @BeforeEach
    void setUp() {
        inbox.start();
        camp = calendarFixtures.camp("Barcamp Ostsee", true, "Sensornetze", "Pegelstände");
        start = events.details(camp.slug()).startsAt();
    }

    @AfterEach
    void tearDown() {
        inbox.stop();
        clock.run();
    }

    @Test
    void theDayBeforeEachSeatHolderWhoWantsItIsRemindedOnceWithTheirOwnAndStarredSessions() throws Exception {
        String tim = calendarFixtures.attendee(camp);
        fixtures.as(tim, () -> stars.toggle(camp.slug(), camp.sessions().get(0)));
        // A star on one's own session lists it once, as one's own.
        fixtures.as(camp.host(), () -> stars.toggle(camp.slug(), camp.sessions().get(0)));
        String ben = scheduleFixtures.participant(camp.slug(), "Ben Brandt");
        login(ben);
        preferences.save(new MailPreferences(true, false, true));
        logout();

        clock.stopAt(start.minus(Duration.ofHours(25)));
        assertThat(reminders.sendDue()).as("two days before").isZero();

        clock.stopAt(start.minus(Duration.ofHours(23)));
        assertThat(reminders.sendDue()).isEqualTo(2);
        clock.stopAt(start.minus(Duration.ofHours(22)));
        assertThat(reminders.sendDue()).as("once").isZero();
        inbox.deliver(sender);

        assertThat(remindersTo(ben)).isEmpty();
        List<MimeMessage> received = remindersTo(tim);
        assertThat(received).hasSize(1);
        MimeMessage mail = received.get(0);
        assertThat(subjectOf(mail)).isEqualTo("Morgen: Barcamp Ostsee");
        assertThat(text(mail)).contains("Ihre gemerkten Sessions:", "Sensornetze", "Trave")
                .doesNotContain("Pegelstände").doesNotContain("Ihre eigenen Sessions");
        List<MimeMessage> host = remindersTo(camp.host());
        assertThat(host).hasSize(1);
        assertThat(text(host.get(0))).contains("Ihre eigenen Sessions, die Sie halten:", "Sensornetze", "Pegelstände")
                .doesNotContain("Ihre gemerkten Sessions").doesNotContain("noch keine Sessions gemerkt");
        assertThat(text(host.get(0)).split("Sensornetze", -1)).as("listed once").hasSize(2);
        assertThat(MailInbox.header(mail, "List-Unsubscribe")).endsWith("/reminders>");
        assertThat(MailInbox.header(mail, "List-Unsubscribe-Post")).isEqualTo("List-Unsubscribe=One-Click");
    }

    @Test
    void twoInstancesRunningTheJobAtOnceRemindEveryoneOnce() throws Exception {
        String ben = scheduleFixtures.participant(camp.slug(), "Ben Brandt");
        clock.stopAt(start.minus(Duration.ofHours(12)));

        List<Integer> queued = Races.race(List.<Callable<Integer>>of(reminders::sendDue, reminders::sendDue));
        inbox.deliver(sender);

        assertThat(queued.get(0) + queued.get(1)).isEqualTo(2);
        assertThat(remindersTo(ben)).hasSize(1);
        assertThat(remindersTo(camp.host())).hasSize(1);
        assertThat(text(remindersTo(ben).get(0))).contains("noch keine Sessions gemerkt");
    }

    /** The reminders among a person's mails (they got their seat's mail too). */
    private List<MimeMessage> remindersTo(String email) {
        return inbox.to(email).stream().filter(m -> subjectOf(m).startsWith("Morgen:")).toList();
    }
}
