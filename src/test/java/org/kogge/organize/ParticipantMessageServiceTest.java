package org.kogge.organize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kogge.account.MailPreferenceService;
import org.kogge.account.MailPreferences;
import org.kogge.account.Role;
import org.kogge.mail.OutboxSender;
import org.kogge.registration.RegistrationService;
import org.kogge.testing.Fixtures;
import org.kogge.testing.MailCatcher;
import org.kogge.testing.ScheduleFixtures;
import org.kogge.testing.ServiceTestBase;
import org.kogge.testing.TestSmtp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Messages to an event's participants: the chosen audience, only people who want such messages, escaped text, one
 * record per message, nothing sent without its record, and only the event's organizers (or an admin) may write.
 */
@Import(TestSmtp.Config.class)
class ParticipantMessageServiceTest extends ServiceTestBase {

    private static final String SUBJECT_PREFIX = "Barcamp Smart Water: ";

    @Autowired ParticipantMessageService messages;
    @Autowired ScheduleFixtures sf;
    @Autowired RegistrationService registrations;
    @Autowired MailPreferenceService preferences;
    @Autowired OutboxSender sender;
    @Autowired PlatformTransactionManager transactions;

    final MailCatcher smtp = new MailCatcher();
    String organizer;
    String slug;
    String erika;
    String malte;
    String nina;

    /** Two seats (Erika, Malte, who wants no messages) and Nina waiting; the seat mails are sent beforehand. */
    @BeforeEach
    void barcamp() {
        smtp.start();
        organizer = fixtures.person("Olga Orga", Role.ORGANIZER).email();
        slug = sf.barcamp(organizer, "Barcamp Smart Water");
        fixtures.as(organizer, () -> registrations.changeCapacity(slug, 2));
        erika = sf.participant(slug, "Erika Expertin");
        malte = sf.participant(slug, "Malte Voss");
        nina = sf.participant(slug, "Nina Nachrückerin");
        fixtures.as(malte, () -> preferences.save(new MailPreferences(true, true, false)));
        deliver();
    }

    @AfterEach
    void stopServer() {
        smtp.stop();
    }

    @Test
    void eachAudienceGetsOneMailPerPersonWhoWantsMessagesWithAOneClickUnsubscribe() {
        login(organizer);
        assertThat(messages.recipientCount(slug, Audience.SEATS)).isEqualTo(1);
        assertThat(messages.recipientCount(slug, Audience.WAITLIST)).isEqualTo(1);
        assertThat(messages.recipientCount(slug, Audience.BOTH)).isEqualTo(2);

        assertThat(messages.send(slug, new MessageForm("Raumänderung", "Wir sind im **Audimax**.", Audience.SEATS)))
                .isEqualTo(1);
        assertThat(messages.send(slug, new MessageForm("Noch Plätze?", "Bitte warten.", Audience.WAITLIST)))
                .isEqualTo(1);
        deliver();

        assertThat(messagesTo(erika)).extracting(MailCatcher.Received::subject)
                .containsExactly(SUBJECT_PREFIX + "Raumänderung");
        assertThat(messagesTo(nina)).extracting(MailCatcher.Received::subject)
                .containsExactly(SUBJECT_PREFIX + "Noch Plätze?");
        assertThat(messagesTo(malte)).as("switched messages off").isEmpty();
        MailCatcher.Received mail = messagesTo(erika).get(0);
        assertThat(mail.text()).contains("Wir sind im Audimax.", MailCatcher.BASE_URL + "/events/" + slug,
                MailCatcher.BASE_URL + "/mail/unsubscribe/").doesNotContain("**");
        assertThat(mail.html()).as("the Markdown formatted in the HTML part").contains("<strong>Audimax</strong>")
                .doesNotContain("**");
    }

    @Test
    void theMessagesAreRecordedNewestFirstWithSenderAudienceAndCount() {
        login(organizer);
        messages.send(slug, new MessageForm("Erste", "Eins", Audience.SEATS));
        messages.send(slug, new MessageForm("Zweite", "Zwei", Audience.BOTH));

        assertThat(messages.sent(slug)).extracting(SentMessage::subject, SentMessage::text, SentMessage::senderName,
                        SentMessage::audience, SentMessage::recipients)
                .containsExactly(tuple("Zweite", "Zwei", "Olga Orga", Audience.BOTH, 2),
                        tuple("Erste", "Eins", "Olga Orga", Audience.SEATS, 1));
    }

    @Test
    void markupInSubjectAndTextReachesTheMailOnlyEscapedAndHeadersStayWhole() {
        login(organizer);
        messages.send(slug, new MessageForm("<b>Wichtig</b>\r\nBcc: evil@attacker.example",
                "<script>alert(1)</script> <img src=x onerror=alert(2)> [Klick](javascript:alert(3))",
                Audience.SEATS));
        deliver();

        MailCatcher.Received mail = messagesTo(erika).get(0);
        assertThat(mail.subject()).doesNotContain("\r", "\n").contains("<b>Wichtig</b>");
        assertThat(smtp.received()).noneMatch(m -> m.to().contains("attacker"));
        assertThat(mail.html()).doesNotContain("<script", "<img", "<b>", "href=\"javascript")
                .contains("&lt;b&gt;Wichtig&lt;/b&gt;");
    }

    @Test
    void invalidInputIsRefusedWithItsFieldAndNothingIsSentOrRecorded() {
        login(organizer);
        assertThat(problemOf(() -> messages.send(slug, new MessageForm("  ", "Text", Audience.SEATS))))
                .isEqualTo("subject:validation.required");
        assertThat(problemOf(() -> messages.send(slug, new MessageForm("Betreff", null, Audience.SEATS))))
                .isEqualTo("text:validation.required");
        assertThat(problemOf(() -> messages.send(slug, new MessageForm("x".repeat(MessageForm.SUBJECT_MAX + 1),
                "Text", Audience.SEATS)))).isEqualTo("subject:validation.too-long");
        assertThat(problemOf(() -> messages.send(slug, new MessageForm("Betreff",
                "x".repeat(MessageForm.TEXT_MAX + 1), Audience.SEATS)))).isEqualTo("text:validation.too-long");
        assertThat(problemOf(() -> messages.send(slug, new MessageForm("Betreff", "Text", null))))
                .isEqualTo("audience:validation.required");

        assertThat(messages.sent(slug)).isEmpty();
        assertThat(sender.sendDue()).isZero();
    }

    @Test
    void aRolledBackSendLeavesNeitherMailNorRecord() {
        login(organizer);
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            assertThat(messages.send(slug, new MessageForm("Abgesagt", "Doch nicht.", Audience.BOTH))).isEqualTo(2);
            status.setRollbackOnly();
        });

        assertThat(sender.sendDue()).isZero();
        assertThat(messages.sent(slug)).isEmpty();
        assertThat(smtp.received()).noneMatch(m -> m.subject().startsWith(SUBJECT_PREFIX));
    }

    @Test
    void onlyTheEventsOrganizersAndAdminsMayWriteOrReadMessages() {
        String otherOrganizer = fixtures.person("Otto Orga", Role.ORGANIZER).email();
        MessageForm form = new MessageForm("Hallo", "Text", Audience.BOTH);
        for (String refused : List.of(erika, otherOrganizer)) {
            login(refused);
            assertThatThrownBy(() -> messages.send(slug, form)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> messages.sent(slug)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> messages.recipientCount(slug, Audience.BOTH))
                    .isInstanceOf(AccessDeniedException.class);
        }
        login(Fixtures.ADMIN);
        assertThat(messages.send(slug, form)).isEqualTo(2);
        assertThat(messages.sent(slug)).extracting(SentMessage::senderName).containsExactly("Ada Admin");
    }

    private void deliver() {
        while (sender.sendDue() > 0) {
            // next round
        }
    }

    /** The messages among a person's mails (they got their seat's mail too). */
    private List<MailCatcher.Received> messagesTo(String email) {
        return smtp.received().stream().filter(m -> m.to().equals(email) && m.subject().startsWith(SUBJECT_PREFIX))
                .toList();
    }
}
