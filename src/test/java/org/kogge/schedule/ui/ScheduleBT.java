package org.kogge.schedule.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.kogge.testing.ScheduleFixtures.DAY1;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Paths;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.kogge.account.Role;
import org.kogge.schedule.PlanningService;
import org.kogge.schedule.RoomDto;
import org.kogge.schedule.RoomForm;
import org.kogge.schedule.RoomSlotService;
import org.kogge.schedule.ScheduledSession;
import org.kogge.schedule.SlotDto;
import org.kogge.schedule.SlotForm;
import org.kogge.schedule.SlotKind;
import org.kogge.testing.BrowserTestBase;
import org.kogge.testing.ScheduleFixtures;
import org.springframework.beans.factory.annotation.Autowired;

/** The organizer drags a session into the grid and publishes; visitors then find it on the public schedule. */
class ScheduleBT extends BrowserTestBase {

    @Autowired RoomSlotService roomSlots;
    @Autowired PlanningService planning;
    @Autowired ScheduleFixtures sf;

    @Test
    void organizerDragsASessionIntoTheGridAndPublishes() {
        String organizer = fixtures.person("Olga Orga", Role.ORGANIZER).email();
        String slug = sf.barcamp(organizer, "Barcamp Smart Water");
        String erika = sf.participant(slug, "Erika Expertin");
        sf.session(slug, organizer, erika, "Sensornetze im Kanal", 1);
        RoomDto saal = fixtures.as(organizer, () -> {
            RoomDto r = roomSlots.addRoom(slug, new RoomForm("Bürgerschaftssaal", 100, null, true));
            roomSlots.addRoom(slug, new RoomForm("Kriegsstube", 30, null, false));
            return r;
        });
        SlotDto slot = fixtures.as(organizer, () -> {
            SlotDto s = roomSlots.addSlot(slug, new SlotForm(DAY1, LocalTime.of(9, 0), LocalTime.of(9, 45), SlotKind.SESSION, null));
            roomSlots.addSlot(slug, new SlotForm(DAY1, LocalTime.of(10, 0), LocalTime.of(10, 45), SlotKind.SESSION, null));
            return s;
        });

        // A two-slot workshop is already placed in the Stube, which is too small for its votes.
        String malte = sf.participant(slug, "Malte Voss");
        long workshop = sf.session(slug, organizer, malte, "LoRaWAN-Netz gemeinsam betreiben", 2);
        sf.votes(slug, workshop, java.util.List.of(erika, sf.participant(slug, "Vera Voter")));
        RoomDto stube = fixtures.as(organizer, () -> roomSlots.rooms(slug)).get(1);
        fixtures.as(organizer, () -> planning.place(slug, workshop, stube.id(), slot.id()));
        fixtures.as(organizer, () -> roomSlots.updateRoom(slug, stube.id(), new RoomForm("Kriegsstube", 1, null, false)));

        login(organizer);
        open("organize/events/" + slug + "/rooms");
        assertThat(page.locator("h1").first()).hasText("Räume und Zeitfenster: Barcamp Smart Water");
        page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target", "playwright", "rooms.png")).setFullPage(true));
        open("organize/events/" + slug + "/schedule");
        assertThat(page.locator(".kogge-planner-warning")).containsText("Hinweis: Raum zu klein: 1 Platz, 2 Stimmen.");
        assertThat(page.locator(".kogge-planner-continued")).containsText("Fortsetzung: LoRaWAN-Netz gemeinsam betreiben");
        Locator card = page.locator(".kogge-planner-side .kogge-planner-card", new Page.LocatorOptions()
                .setHasText("Sensornetze im Kanal"));
        Locator cell = page.locator(".kogge-planner-cell[data-room='Bürgerschaftssaal'][data-slot='" + slot.id() + "']");
        assertThat(card).isVisible();
        card.dragTo(cell);
        waitForVaadin();

        assertThat(cell.locator(".kogge-planner-card-title")).hasText("Sensornetze im Kanal");
        assertThat(page.locator(".kogge-planner-side .kogge-planner-card")).hasCount(0);
        org.assertj.core.api.Assertions.assertThat(fixtures.as(organizer, () -> planning.planner(slug)).placed())
                .filteredOn(x -> x.id() != workshop).extracting(ScheduledSession::roomId).containsExactly(saal.id());
        page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target", "playwright", "planner.png")).setFullPage(true));

        page.locator("vaadin-button", new Page.LocatorOptions().setHasText("Programm veröffentlichen")).first().click();
        confirmDialog("Programm veröffentlichen?", "Programm veröffentlichen");
        assertThat(page.locator(".kogge-planner-state")).containsText("Veröffentlicht seit");

        // A visitor who is not logged in sees the session on the public schedule.
        try (BrowserContext visitor = context.browser().newContext(
                new Browser.NewContextOptions().setLocale("de-DE").setViewportSize(1280, 800))) {
            visitor.setDefaultTimeout(TIMEOUT_MS);
            Page organizerPage = page;
            page = visitor.newPage();
            try {
                open("events/" + slug + "/schedule");
                // Vaadin 25 keeps the room filter's options in the page (hidden until opened): look at what is shown.
                Locator.FilterOptions shown = new Locator.FilterOptions().setVisible(true);
                assertThat(page.getByText("Sensornetze im Kanal").filter(shown).first()).isVisible();
                assertThat(page.getByText("Bürgerschaftssaal").filter(shown).first()).isVisible();
            } finally {
                page = organizerPage;
            }
        }
    }
}
