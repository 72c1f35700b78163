package org.kogge.ceremony;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kogge.account.Role;
import org.kogge.common.PublicLinks;
import org.kogge.event.EventKind;
import org.kogge.event.EventState;
import org.kogge.mail.OutboxSender;
import org.kogge.testing.CeremonyFixtures;
import org.kogge.testing.MailCatcher;
import org.kogge.testing.TestSmtp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Invitations and the "yes" confirmation by mail, received by a real SMTP server and read as a guest would. */
@Import(TestSmtp.Config.class)
class InvitationMailTest extends InvitationTestBase {

    static final Pattern RSVP_LINK = Pattern.compile(Pattern.quote(MailCatcher.BASE_URL) + "/invitation/([A-Za-z0-9_-]+)");

    @Autowired InvitationMailService mails;
    @Autowired OutboxSender sender;
    @Autowired PublicLinks links;
    @Autowired JdbcTemplate jdbc;

    final MailCatcher smtp = new MailCatcher();
    List<GuestRow> guests;

    @BeforeEach
    void guests() {
        smtp.start();
        guests = ceremonyFixtures.invite(organizer, slug, "Anna Alt", "Bernd Bode", "Carla Chef");
    }

    @AfterEach
    void stopServer() {
        smtp.stop();
    }

    @Test
    void aGuestGetsTheInvitationWithTheirPersonalLinkAndTheListShowsTheMailsState() {
        GuestRow anna = guests.get(0);
        assertThat(asOrganizer(() -> mails.send(slug, List.of(anna.id())))).isEqualTo(1);
        assertThat(mailStates()).containsEntry("Anna Alt", InvitationMailState.QUEUED)
                .containsEntry("Bernd Bode", InvitationMailState.NOT_SENT);

        assertThat(sender.sendDue()).isEqualTo(1);

        assertThat(mailStates()).containsEntry("Anna Alt", InvitationMailState.SENT)
                .containsEntry("Bernd Bode", InvitationMailState.NOT_SENT)
                .containsEntry("Carla Chef", InvitationMailState.NOT_SENT);
        MailCatcher.Received mail = smtp.received().get(0);
        assertThat(mail.to()).isEqualTo("anna@guest.example");
        assertThat(mail.subject()).isEqualTo("Einladung: Unterzeichnung");
        assertThat(mail.language()).isEqualTo("de");
        assertThat(mail.text()).contains("Hallo Anna Alt,", "„Unterzeichnung“", "Wann: ");
        String token = tokenIn(mail.text());
        assertThat(mail.html()).contains("href=\"" + MailCatcher.BASE_URL + "/invitation/" + token + "\"");

        InvitationPage page = rsvp.open(token);
        assertThat(page.phase()).isEqualTo(InvitationPage.Phase.OPEN);
        assertThat(page.guestName()).isEqualTo("Anna Alt");
    }

    @Test
    void aGuestWhoseAccountChoseEnglishIsInvitedInEnglish() {
        fixtures.person("Erin English", "erin@guest.example", Role.ATTENDEE);
        jdbc.update("update person set preferred_locale = 'en' where email = 'erin@guest.example'");
        GuestRow erin = asOrganizer(() -> invitations.invite(slug,
                List.of(new GuestForm("Erin English", "erin@guest.example", null, GuestRole.GUEST)))).get(0);

        asOrganizer(() -> mails.send(slug, List.of(erin.id())));
        sender.sendDue();

        MailCatcher.Received mail = smtp.received().get(0);
        assertThat(mail.subject()).isEqualTo("Invitation: Unterzeichnung");
        assertThat(mail.language()).isEqualTo("en");
        assertThat(mail.text()).contains("Hello Erin English,", "Accept or decline");
    }

    @Test
    void sendingToSelectedGuestsAndThenToAllNotYetInvitedMailsEachGuestOnce() {
        asOrganizer(() -> mails.send(slug, List.of(guests.get(0).id(), guests.get(1).id())));
        asOrganizer(() -> invitations.revoke(slug, guests.get(2).id()));
        GuestRow dora = ceremonyFixtures.invite(organizer, slug, "Dora Dahl").get(0);

        assertThat(asOrganizer(() -> mails.sendToAllNotYetMailed(slug))).isEqualTo(1);
        assertThat(problemOf(() -> asOrganizer(() -> mails.sendToAllNotYetMailed(slug))))
                .isEqualTo("null:ceremony.mail.none-left");
        sender.sendDue();

        assertThat(smtp.received()).extracting(MailCatcher.Received::to).containsExactlyInAnyOrder(
                "anna@guest.example", "bernd@guest.example", "dora@guest.example");
        assertThat(mailStates()).containsEntry(dora.name(), InvitationMailState.SENT);
    }

    @Test
    void aRenewedLinkNeedsANewMail() {
        asOrganizer(() -> mails.sendToAllNotYetMailed(slug));
        GuestRow renewed = asOrganizer(() -> invitations.renewLink(slug, guests.get(0).id()));
        assertThat(renewed.mail()).isEqualTo(InvitationMailState.NOT_SENT);

        assertThat(asOrganizer(() -> mails.sendToAllNotYetMailed(slug))).isEqualTo(1);
        sender.sendDue();
        List<MailCatcher.Received> toAnna = smtp.received().stream()
                .filter(m -> m.to().equals("anna@guest.example")).toList();
        assertThat(toAnna).hasSize(2);
        assertThat(tokenIn(toAnna.get(1).text())).isEqualTo(CeremonyFixtures.token(renewed));
    }

    @Test
    void aFailedMailShowsAsFailedAndCanBeSentAgain() {
        GuestRow anna = guests.get(0);
        asOrganizer(() -> mails.send(slug, List.of(anna.id())));
        jdbc.update("update outbox_mail set state = 'FAILED' where id = (select mail_id from invitation where id = ?)",
                anna.id());
        assertThat(mailStates()).containsEntry("Anna Alt", InvitationMailState.FAILED);

        asOrganizer(() -> mails.send(slug, List.of(anna.id())));
        sender.sendDue();

        assertThat(mailStates()).containsEntry("Anna Alt", InvitationMailState.SENT);
        assertThat(smtp.received()).hasSize(1);
    }

    @Test
    void onlyTheCeremonysOrganizersSendAndOnlyForAPublishedCeremonyAndTheirOwnGuests() {
        String other = fixtures.person("Otto Orga", Role.ORGANIZER).email();
        assertThatThrownBy(() -> fixtures.as(other, () -> mails.send(slug, List.of(guests.get(0).id()))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixtures.as(other, () -> mails.sendToAllNotYetMailed(slug)))
                .isInstanceOf(AccessDeniedException.class);
        String otherSlug = ceremonyFixtures.ceremony(other, "Andere Feier");
        assertThat(problemOf(() -> fixtures.as(other, () -> mails.send(otherSlug, List.of(guests.get(0).id())))))
                .isEqualTo("null:ceremony.mail.not-a-guest");
        assertThat(problemOf(() -> asOrganizer(() -> mails.send(slug, List.of()))))
                .isEqualTo("null:ceremony.mail.none-selected");

        String draft = fixtures.event(organizer, "Entwurf", EventKind.CEREMONY, 10, EventState.DRAFT).slug();
        ceremonyFixtures.invite(organizer, draft, "Dora Dahl");
        assertThat(problemOf(() -> asOrganizer(() -> mails.sendToAllNotYetMailed(draft))))
                .isEqualTo("null:ceremony.mail.not-published");

        sender.sendDue();
        assertThat(smtp.received()).isEmpty();
    }

    @Test
    void aYesBringsTheCeremonyForTheCalendarUnderTheEventsOneUidOnce() throws Exception {
        String token = CeremonyFixtures.token(guests.get(0));
        rsvp.answer(token, new RsvpForm(true, 0, null));
        rsvp.answer(token, new RsvpForm(true, 0, "komme etwas später"));
        rsvp.answer(CeremonyFixtures.token(guests.get(1)), new RsvpForm(false, 0, null));
        sender.sendDue();

        List<MailCatcher.Received> received = smtp.received();
        assertThat(received).as("one mail for the yes; none for a changed yes or a no").hasSize(1);
        MailCatcher.Received mail = received.get(0);
        assertThat(mail.to()).isEqualTo("anna@guest.example");
        assertThat(mail.subject()).isEqualTo("Ihre Zusage: Unterzeichnung");
        assertThat(tokenIn(mail.text())).isEqualTo(token);
        byte[] ics = mail.attachments().get(slug + ".ics");
        assertThat(ics).isNotNull();
        Calendar calendar = new CalendarBuilder().build(new ByteArrayInputStream(ics));
        VEvent event = calendar.<VEvent>getComponent(Component.VEVENT).orElseThrow();
        long eventId = ceremonies.content(slug).eventId();
        assertThat(event.getUid().orElseThrow().getValue()).isEqualTo(links.eventUid(eventId));
        assertThat(event.getSummary().getValue()).isEqualTo("Unterzeichnung");
    }

    @Test
    void aYesTakenBackBeforeTheSenderCameBringsNoConfirmationAndASecondYesBringsOne() {
        String token = CeremonyFixtures.token(guests.get(0));
        rsvp.answer(token, new RsvpForm(true, 0, null));
        rsvp.answer(token, new RsvpForm(false, 0, "doch verhindert"));
        sender.sendDue();
        assertThat(smtp.received()).as("no confirmation of a yes that is now a no").isEmpty();

        rsvp.answer(token, new RsvpForm(true, 0, null));
        sender.sendDue();
        assertThat(smtp.received()).extracting(MailCatcher.Received::subject)
                .containsExactly("Ihre Zusage: Unterzeichnung");
    }

    private Map<String, InvitationMailState> mailStates() {
        return asOrganizer(() -> guestList.guests(slug, GuestFilter.ALL, Pageable.unpaged())).stream()
                .collect(Collectors.toMap(GuestRow::name, GuestRow::mail));
    }

    private static String tokenIn(String text) {
        Matcher m = RSVP_LINK.matcher(text);
        assertThat(m.find()).as("an RSVP link under the public address in: %s", text).isTrue();
        return m.group(1);
    }
}
