package org.kogge.organize.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page.GetByRoleOptions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.kogge.account.Role;
import org.kogge.testing.BrowserTestBase;
import org.kogge.testing.ScheduleFixtures;
import org.springframework.beans.factory.annotation.Autowired;

/** The organizer writes to the participants: preview, the count, the confirmation, and the message listed. */
class MessagesBT extends BrowserTestBase {

    @Autowired ScheduleFixtures sf;

    @Test
    void organizerWritesPreviewsConfirmsAndFindsTheMessageListed() {
        String organizer = fixtures.person("Olga Orga", Role.ORGANIZER).email();
        String slug = sf.barcamp(organizer, "Barcamp Smart Water");
        sf.participant(slug, "Erika Expertin");
        login(organizer);

        open("organize/events/" + slug + "/messages");
        assertThat(page.locator("h1").first()).hasText("Nachrichten an Teilnehmende: Barcamp Smart Water");
        assertThat(page.locator(".kogge-message-reach")).containsText("Diese Nachricht geht an 1 Person.");

        page.getByLabel("Betreff").fill("Raumänderung");
        page.getByLabel("Text").fill("Wir sind im **Audimax**.");
        assertThat(page.locator(".kogge-message-preview strong")).hasText("Audimax");

        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Senden …")).click();
        page.getByRole(AriaRole.BUTTON, new GetByRoleOptions().setName("Jetzt senden")).click();

        assertThat(page.locator(".kogge-message-entry h3")).hasText("Raumänderung");
        assertThat(page.locator(".kogge-message-entry")).containsText("von Olga Orga");
        assertThat(page.getByLabel("Betreff")).isEmpty();
    }
}
