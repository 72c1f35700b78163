package org.kogge.ceremony.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.kogge.account.Role;
import org.kogge.mail.OutboxSender;
import org.kogge.testing.BrowserTestBase;
import org.kogge.testing.CeremonyFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The organizer sends the invitations from the guest list; a guest follows the link in their (captured) mail. */
class InvitationMailBT extends BrowserTestBase {

    static final Pattern RSVP_TOKEN = Pattern.compile("/invitation/([A-Za-z0-9_-]{43})");

    @Autowired CeremonyFixtures ceremonyFixtures;
    @Autowired OutboxSender sender;
    @Autowired JdbcTemplate jdbc;

    @Test
    void organizerSendsTheInvitationsAndAGuestFollowsTheLinkInTheirMail() {
        String organizer = fixtures.person("Olga Organizer", Role.ORGANIZER).email();
        String slug = ceremonyFixtures.ceremony(organizer, "Festakt im Rathaus");
        ceremonyFixtures.invite(organizer, slug, "Anna Alt", "Bernd Bode");

        login(organizer);
        open("organize/events/" + slug + "/guests");
        Locator notSent = page.locator("vaadin-grid-cell-content").filter(
                new Locator.FilterOptions().setHasText(Pattern.compile("^nicht gesendet$")));
        assertThat(notSent).hasCount(2);
        button("Allen noch nicht Eingeladenen senden").click();
        assertThat(page.getByText("2 Einladungen gehen per Mail hinaus.")).isVisible();
        assertThat(notSent).hasCount(0);

        assertThat(sender.sendDue()).isEqualTo(2);
        String text = jdbc.queryForObject(
                "select text_body from outbox_mail where recipient = 'anna@guest.example'", String.class);
        Matcher link = RSVP_TOKEN.matcher(text);
        assertThat(link.find()).isTrue();

        page.context().clearCookies();
        open("invitation/" + link.group(1));
        assertThat(page.getByText("Persönliche Einladung für Anna Alt")).isVisible();
    }
}
