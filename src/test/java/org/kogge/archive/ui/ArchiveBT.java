package org.kogge.archive.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.Test;
import org.kogge.testing.Axe;
import org.kogge.testing.BrowserTestBase;
import org.kogge.testing.Overflow;
import org.kogge.testing.ProgrammeFixtures;
import org.kogge.testing.ProgrammeFixtures.Programme;
import org.springframework.beans.factory.annotation.Autowired;

/** A host documents a session on its page; the knowledge archive then finds it by a word of the materials. */
class ArchiveBT extends BrowserTestBase {

    @Autowired ProgrammeFixtures programmes;

    @Test
    void aHostAddsMaterialsAndTheArchiveFindsTheSessionByAWordOfThem() {
        Programme p = programmes.programme();
        programmes.publish(p);
        login(p.erika());

        open("events/" + p.slug() + "/sessions/" + p.sensors());
        button("Unterlagen hinzufügen").click();
        dialogButton("Unterlagen & Ergebnisse bearbeiten", "Speichern");
        page.locator("vaadin-text-area:has(> label:text-is('Text (Markdown)')) textarea")
                .fill("## Ergebnis\n\nDas **Rückhaltebecken** am Kanal bekommt Sensoren.");
        PlaywrightAssertions.assertThat(page.locator(".kogge-materials-preview strong")).hasText("Rückhaltebecken");
        dialogButton("Unterlagen & Ergebnisse bearbeiten", "Speichern").click();

        Locator section = page.locator(".kogge-materials");
        PlaywrightAssertions.assertThat(section.locator("h3")).hasText("Ergebnis");
        PlaywrightAssertions.assertThat(section.locator("strong")).hasText("Rückhaltebecken");
        PlaywrightAssertions.assertThat(section.locator(".kogge-materials-edited"))
                .containsText("Zuletzt bearbeitet von Erika Expertin am");

        open("archive");
        Locator search = page.locator("vaadin-text-field.kogge-archive-search input");
        search.fill("rückhaltebecken");
        search.press("Enter");
        waitForVaadin();
        PlaywrightAssertions.assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/archive\\?q=r.*"));
        PlaywrightAssertions.assertThat(page.locator(".kogge-archive-result")).hasText("1 dokumentierte Session");
        Locator title = page.locator(".kogge-archive-item h2 a");
        PlaywrightAssertions.assertThat(title).hasText("Sensornetze im Kanal");
        PlaywrightAssertions.assertThat(page.locator(".kogge-archive-excerpt"))
                .hasText("Ergebnis Das Rückhaltebecken am Kanal bekommt Sensoren.");

        page.setViewportSize(390, 844);
        PlaywrightAssertions.assertThat(title).isVisible();
        assertThat(Overflow.findings(page)).isEmpty();
        assertThat(Axe.blockingViolations(page)).isEmpty();

        title.click();
        waitForVaadin();
        PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Sensornetze im Kanal");
        PlaywrightAssertions.assertThat(page.locator(".kogge-materials strong")).hasText("Rückhaltebecken");
    }
}
