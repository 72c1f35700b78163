package org.kogge.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kogge.testing.MailInbox.attachment;
import static org.kogge.testing.MailInbox.subjectOf;
import static org.kogge.testing.MailInbox.text;

import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kogge.account.Role;
import org.kogge.calendar.CalendarService;
import org.kogge.event.EventKind;
import org.kogge.event.EventState;
import org.kogge.ical.IcsTesting;
import org.kogge.mail.OutboxSender;
import org.kogge.registration.MyRegistration;
import org.kogge.registration.RegistrationService;
import org.kogge.registration.RegistrationStatus;
import org.kogge.testing.MailInbox;
import org.kogge.testing.Races;
import org.kogge.testing.ServiceTestBase;
import org.kogge.testing.TestSmtp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seat mails as people receive them from a real SMTP server: the kind, the language, the waitlist place, the
 * event's calendar file (the feed's UID), nothing for a rolled-back change, and exactly one mail per person when
 * registrations race (on MariaDB in CI).
 */
@Import(TestSmtp.Config.class)
class SeatMailsTest extends ServiceTestBase {

    static final MailInbox inbox = new MailInbox();

    @Autowired RegistrationService registrations;
    @Autowired CalendarService calendars;
    @Autowired OutboxSender sender;
    @Autowired JdbcTemplate jdbc;
    @Autowired PlatformTransactionManager transactions;

    String organizer;
    String slug;

    @BeforeEach
    void setUp() {
        inbox.start();
        organizer = fixtures.person("Olga Orga", Role.ORGANIZER).email();
        slug = fixtures.event(organizer, "Barcamp <Wasser> & \"Wind\"", EventKind.BARCAMP, 20, EventState.PUBLISHED)
                .slug();
    }

    @AfterEach
    void tearDown() {
        inbox.stop();
    }

    @Test
    void aSeatIsConfirmedWithTheEventsCalendarFileCarryingTheFeedsUid() throws Exception {
        String anna = fixtures.person("Anna Ahrens", Role.ATTENDEE).email();

        fixtures.as(anna, () -> registrations.register(slug));
        inbox.deliver(sender);

        MimeMessage mail = single(anna);
        assertThat(subjectOf(mail)).isEqualTo("Angemeldet: Barcamp <Wasser> & \"Wind\"");
        assertThat(mail.getHeader("Content-Language")[0]).isEqualTo("de");
        assertThat(text(mail)).contains("Hallo Anna Ahrens", "Sie haben einen Platz bei „Barcamp <Wasser> & \"Wind\"“",
                "/events/" + slug);
        Calendar attached = IcsTesting.parse(attachment(mail, "text/calendar").orElseThrow());
        String feedUid = calendars.eventCalendar(slug, Locale.GERMAN).events().get(0).uid();
        VEvent entry = IcsTesting.byUid(attached, feedUid);
        assertThat(IcsTesting.value(entry, Property.SUMMARY)).isEqualTo("Barcamp <Wasser> & \"Wind\"");
    }

    @Test
    void aFullEventWaitlistsWithThePlaceAndAFreedSeatPromotesWithTheCalendarFile() throws Exception {
        fixtures.as(organizer, () -> registrations.changeCapacity(slug, 1));
        String anna = fixtures.person("Anna Ahrens", Role.ATTENDEE).email();
        String ben = fixtures.person("Ben Brandt", Role.ATTENDEE).email();
        String cleo = fixtures.person("Cleo Claasen", Role.ATTENDEE).email();
        fixtures.as(anna, () -> registrations.register(slug));
        fixtures.as(ben, () -> registrations.register(slug));
        fixtures.as(cleo, () -> registrations.register(slug));
        inbox.deliver(sender);

        assertThat(subjectOf(single(ben))).startsWith("Warteliste:");
        assertThat(text(single(ben))).contains("Platz 1.");
        assertThat(text(single(cleo))).contains("Platz 2.");
        assertThat(attachment(single(ben), "text/calendar")).isEmpty();

        fixtures.as(anna, () -> registrations.cancel(slug));
        inbox.deliver(sender);

        assertThat(inbox.to(anna)).extracting(MailInbox::subjectOf).containsExactly(
                "Angemeldet: Barcamp <Wasser> & \"Wind\"", "Abgemeldet: Barcamp <Wasser> & \"Wind\"");
        MimeMessage promoted = inbox.to(ben).get(1);
        assertThat(subjectOf(promoted)).startsWith("Nachgerückt:");
        assertThat(attachment(promoted, "text/calendar")).isPresent();
        assertThat(inbox.to(cleo)).hasSize(1);
    }

    @Test
    void organizersRemovingOrMovingSomeoneToTheWaitlistTellThem() throws Exception {
        fixtures.as(organizer, () -> registrations.changeCapacity(slug, 1));
        var anna = fixtures.person("Anna Ahrens", Role.ATTENDEE);
        var ben = fixtures.person("Ben Brandt", Role.ATTENDEE);
        fixtures.as(anna.email(), () -> registrations.register(slug));
        fixtures.as(ben.email(), () -> registrations.register(slug));

        fixtures.as(organizer, () -> registrations.moveToWaitlist(slug, anna.id()));
        inbox.deliver(sender);
        assertThat(subjectOf(last(anna.email()))).startsWith("Auf die Warteliste gesetzt:");
        assertThat(text(last(anna.email()))).contains("Platz 1.");
        assertThat(subjectOf(last(ben.email()))).startsWith("Nachgerückt:");

        fixtures.as(organizer, () -> registrations.remove(slug, ben.id()));
        inbox.deliver(sender);
        assertThat(subjectOf(last(ben.email()))).isEqualTo("Ihre Anmeldung für Barcamp <Wasser> & \"Wind\" wurde aufgehoben");
        assertThat(subjectOf(last(anna.email()))).startsWith("Nachgerückt:");
    }

    @Test
    void mailsAreWrittenInTheRecipientsLanguage() throws Exception {
        var emma = fixtures.person("Emma English", Role.ATTENDEE);
        jdbc.update("update person set preferred_locale = 'en' where id = ?", emma.id());

        fixtures.as(emma.email(), () -> registrations.register(slug));
        inbox.deliver(sender);

        MimeMessage mail = single(emma.email());
        assertThat(subjectOf(mail)).isEqualTo("Registered: Barcamp <Wasser> & \"Wind\"");
        assertThat(mail.getHeader("Content-Language")[0]).isEqualTo("en");
        assertThat(text(mail)).contains("Hello", "You have a seat at");
    }

    @Test
    void aRolledBackRegistrationMailsNothing() {
        String anna = fixtures.person("Anna Ahrens", Role.ATTENDEE).email();
        TransactionTemplate tx = new TransactionTemplate(transactions);

        assertThatThrownBy(() -> fixtures.as(anna, () -> tx.executeWithoutResult(s -> {
            registrations.register(slug);
            throw new IllegalStateException("the change fails");
        }))).hasMessage("the change fails");
        inbox.deliver(sender);

        assertThat(fixtures.as(anna, () -> registrations.mine(slug)).status()).isNotEqualTo(RegistrationStatus.REGISTERED);
        assertThat(inbox.all()).isEmpty();
    }

    @Test
    void twentyPeopleRacingForTenSeatsGetOneMailEachOfTheRightKind() throws Exception {
        fixtures.as(organizer, () -> registrations.changeCapacity(slug, 10));
        List<String> people = fixtures.bulkAttendees("racer", 20);

        List<MyRegistration> results = Races.race(people.stream()
                .<Callable<MyRegistration>>map(email -> () -> fixtures.as(email, () -> registrations.register(slug)))
                .toList());
        inbox.deliver(sender);

        for (int i = 0; i < people.size(); i++) {
            List<MimeMessage> received = inbox.to(people.get(i));
            assertThat(received).as(people.get(i)).hasSize(1);
            boolean seat = results.get(i).status() == RegistrationStatus.REGISTERED;
            assertThat(subjectOf(received.get(0))).startsWith(seat ? "Angemeldet:" : "Warteliste:");
            assertThat(attachment(received.get(0), "text/calendar").isPresent()).isEqualTo(seat);
            if (!seat) {
                assertThat(text(received.get(0))).contains("Platz " + results.get(i).waitlistPosition() + ".");
            }
        }
        assertThat(results).filteredOn(r -> r.status() == RegistrationStatus.REGISTERED).hasSize(10);
        assertThat(inbox.all()).hasSize(20);
    }

    private MimeMessage single(String email) {
        List<MimeMessage> received = inbox.to(email);
        assertThat(received).as("mails to " + email).hasSize(1);
        return received.get(0);
    }

    private MimeMessage last(String email) {
        List<MimeMessage> received = inbox.to(email);
        assertThat(received).as("mails to " + email).isNotEmpty();
        return received.get(received.size() - 1);
    }
}
