package org.kogge.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kogge.account.Role;
import org.kogge.event.EventService;
import org.kogge.mail.OutboxSender;
import org.kogge.testing.MailCatcher;
import org.kogge.testing.TestSmtp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** The organizers' mail for each new proposal: off by default, then one to each organizer in their language. */
@Import(TestSmtp.Config.class)
class NewProposalMailTest extends ProposalTestBase {

    @Autowired OutboxSender sender;
    @Autowired EventService eventService;
    @Autowired JdbcTemplate jdbc;

    final MailCatcher smtp = new MailCatcher();

    @BeforeEach
    void startServer() {
        smtp.start();
    }

    @AfterEach
    void stopServer() {
        smtp.stop();
    }

    @Test
    void withoutTheSettingNoMailGoesOut() {
        assertThat(fixtures.as(organizer, () -> barcampSettings.mailsNewProposals(slug))).isFalse();
        String erika = participant("Erika Expertin");
        sender.sendDue();    // her seat's confirmation
        fixtures.as(erika, () -> proposals.propose(slug, form("Sensoren im Kanal", water)));

        assertThat(sender.sendDue()).isZero();
    }

    @Test
    void eachOrganizerGetsTheNewProposalInTheirLanguageWithALinkToIt() {
        long otto = fixtures.person("Otto Orga", "otto@test.example", Role.ORGANIZER).id();
        jdbc.update("update person set preferred_locale = 'en' where id = ?", otto);
        fixtures.as(organizer, () -> eventService.addOrganizer(slug, otto));
        assertThat(fixtures.as(organizer, () -> barcampSettings.changeNewProposalMail(slug, true))).isTrue();

        String erika = participant("Erika Expertin");
        sender.sendDue();    // her seat's confirmation
        long id = fixtures.as(erika, () -> proposals.propose(slug, form("Sensoren <im> Kanal", water))).id();
        assertThat(sender.sendDue()).isEqualTo(2);

        List<MailCatcher.Received> received = smtp.received();
        MailCatcher.Received olga = received.stream().filter(m -> m.to().equals(organizer)).findFirst().orElseThrow();
        assertThat(olga.subject()).isEqualTo("Neuer Vorschlag: Sensoren <im> Kanal");
        assertThat(olga.language()).isEqualTo("de");
        String link = MailCatcher.BASE_URL + "/events/" + slug + "/proposals/" + id + "/edit";
        assertThat(olga.text()).contains("„Sensoren <im> Kanal“ von Erika Expertin", link);
        assertThat(olga.html()).contains("Sensoren &lt;im&gt; Kanal").doesNotContain("<im>");
        MailCatcher.Received english = received.stream().filter(m -> m.to().equals("otto@test.example"))
                .findFirst().orElseThrow();
        assertThat(english.subject()).isEqualTo("New proposal: Sensoren <im> Kanal");
        assertThat(english.language()).isEqualTo("en");
    }

    @Test
    void onlyTheBarcampsOrganizersSwitchIt() {
        String erika = participant("Erika Expertin");
        assertThatThrownBy(() -> fixtures.as(erika, () -> barcampSettings.changeNewProposalMail(slug, true)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixtures.as(erika, () -> barcampSettings.mailsNewProposals(slug)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(fixtures.as(organizer, () -> barcampSettings.mailsNewProposals(slug))).isFalse();
    }
}
