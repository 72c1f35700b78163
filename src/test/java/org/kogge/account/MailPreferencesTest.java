package org.kogge.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kogge.mail.MailComposer;
import org.kogge.mail.MailOutbox;
import org.kogge.mail.MailTo;
import org.kogge.mail.OutboxSender;
import org.kogge.testing.MailInbox;
import org.kogge.testing.ServiceTestBase;
import org.kogge.testing.TestSmtp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * "People decide": the optional mails are on until switched off on the account page, and an optional mail carries
 * the RFC 8058 headers whose link switches its kind off with one POST, without login or CSRF token; a GET only asks.
 */
@Import(TestSmtp.Config.class)
class MailPreferencesTest extends ServiceTestBase {

    static final MailInbox inbox = new MailInbox();

    @Autowired MailPreferenceService preferences;
    @Autowired PeopleDirectory directory;
    @Autowired MailComposer composer;
    @Autowired MailOutbox outbox;
    @Autowired OutboxSender sender;
    @Autowired PlatformTransactionManager transactions;
    @Autowired MockMvc mvc;

    PersonDto anna;

    @BeforeEach
    void setUp() {
        inbox.start();
        anna = fixtures.person("Anna Ahrens", Role.ATTENDEE);
    }

    @AfterEach
    void tearDown() {
        inbox.stop();
    }

    @Test
    void everyOptionalMailIsOnUntilThePersonSwitchesItOff() {
        login(anna.email());
        assertThat(preferences.mine()).isEqualTo(MailPreferences.ALL);

        preferences.save(new MailPreferences(true, false, true));

        assertThat(preferences.mine()).isEqualTo(new MailPreferences(true, false, true));
        MailContact contact = directory.mailContacts(List.of(anna.id())).get(anna.id());
        assertThat(contact.wants(OptionalMail.REMINDERS)).isFalse();
        assertThat(contact.wants(OptionalMail.CHANGES)).isTrue();
    }

    @Test
    void anOptionalMailCarriesTheOneClickHeadersAndAPostToItsLinkSwitchesItsKindOffWithoutLogin() throws Exception {
        String url = sendOptionalMail(OptionalMail.MESSAGES);
        String path = url.substring(composer.linkBase().length());

        mvc.perform(post(path).contentType(MediaType.APPLICATION_FORM_URLENCODED).content("List-Unsubscribe=One-Click"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Abbestellt")));

        assertThat(wanted()).isEqualTo(new MailPreferences(true, true, false));
    }

    @Test
    void openingTheLinkOnlyAsksSoThatLinkCheckersUnsubscribeNobody() throws Exception {
        String path = sendOptionalMail(OptionalMail.CHANGES).substring(composer.linkBase().length());

        mvc.perform(get(path))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("<form method=\"post\">")));

        assertThat(wanted()).isEqualTo(MailPreferences.ALL);
    }

    @Test
    void anUnknownOrAlteredLinkChangesNothing() throws Exception {
        String path = sendOptionalMail(OptionalMail.REMINDERS).substring(composer.linkBase().length());
        String[] parts = path.split("/");
        String token = parts[3];
        int letter = 0;
        while (!Character.isLetter(token.charAt(letter))) {
            letter++;
        }
        char c = token.charAt(letter);
        String otherCase = token.substring(0, letter)
                + (Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c))
                + token.substring(letter + 1);

        mvc.perform(post("/mail/unsubscribe/" + otherCase + "/reminders")).andExpect(status().isNotFound());
        mvc.perform(post("/mail/unsubscribe/" + token + "/everything")).andExpect(status().isNotFound());
        mvc.perform(post("/mail/unsubscribe/nonsense/reminders")).andExpect(status().isNotFound());

        assertThat(wanted()).isEqualTo(MailPreferences.ALL);
    }

    /** Queues and delivers an optional mail of that kind to Anna; returns its List-Unsubscribe address. */
    private String sendOptionalMail(OptionalMail kind) {
        new TransactionTemplate(transactions).executeWithoutResult(s -> outbox.enqueue(
                composer.to("test.optional", new MailTo(anna.id(), anna.email(), anna.displayName(), Locale.GERMAN))
                        .subject("account.unsubscribe.title")
                        .unsubscribe("account.unsubscribe.title", preferences.unsubscribePath(anna.id(), kind))
                        .build()));
        inbox.deliver(sender);
        MimeMessage mail = inbox.to(anna.email()).get(0);
        assertThat(MailInbox.header(mail, "List-Unsubscribe-Post")).isEqualTo("List-Unsubscribe=One-Click");
        String header = MailInbox.header(mail, "List-Unsubscribe");
        assertThat(header).startsWith("<" + composer.linkBase() + "/mail/unsubscribe/").endsWith("/" + kind.slug() + ">");
        String url = header.substring(1, header.length() - 1);
        assertThat(MailInbox.text(mail)).contains(url);
        return url;
    }

    private MailPreferences wanted() {
        return directory.mailContacts(List.of(anna.id())).get(anna.id()).wanted();
    }
}
