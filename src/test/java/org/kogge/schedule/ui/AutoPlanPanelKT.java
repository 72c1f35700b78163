package org.kogge.schedule.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.kogge.testing.ScheduleFixtures.DAY1;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
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
import org.kogge.testing.Karibu;
import org.kogge.testing.KaribuTestBase;
import org.kogge.testing.LiveTesting;
import org.kogge.testing.ScheduleFixtures;
import org.springframework.beans.factory.annotation.Autowired;

/** The auto-scheduler's panel in the planner: asking, progress, accepting, discarding, pinning, access. */
class AutoPlanPanelKT extends KaribuTestBase {

    static final String PIN_SENSORS = "Fixieren: „Sensornetze im Kanal“ bleibt bei Programmvorschlägen in Raum und Slot";
    static final String UNPIN_SENSORS = "Lösen: „Sensornetze im Kanal“ darf bei Programmvorschlägen wieder wandern";

    @Autowired RoomSlotService roomSlots;
    @Autowired PlanningService planning;
    @Autowired ScheduleFixtures sf;

    String organizer;
    String erika;
    String slug;
    RoomDto saal;
    SlotDto first;
    long sensors;
    long rain;

    /** One room, two slots; both sessions are wanted by the same two people. */
    @BeforeEach
    void barcamp() {
        organizer = fixtures.person("Olga Orga", Role.ORGANIZER).email();
        slug = sf.barcamp(organizer, "Barcamp Smart Water");
        erika = sf.participant(slug, "Erika Expertin");
        String malte = sf.participant(slug, "Malte Voss");
        rain = sf.session(slug, organizer, malte, "Starkregen-Frühwarnung", 1);
        sensors = sf.session(slug, organizer, erika, "Sensornetze im Kanal", 1);
        List<String> voters = List.of(sf.participant(slug, "Vera Voter"), sf.participant(slug, "Willi Wähler"));
        sf.votes(slug, sensors, voters);
        sf.votes(slug, rain, voters);
        fixtures.as(organizer, () -> {
            saal = roomSlots.addRoom(slug, new RoomForm("Bürgerschaftssaal", 100, null, true));
            roomSlots.addRoom(slug, new RoomForm("Kriegsstube", 30, null, true));
            first = roomSlots.addSlot(slug, new SlotForm(DAY1, LocalTime.of(9, 0), LocalTime.of(9, 45), SlotKind.SESSION, null));
            roomSlots.addSlot(slug, new SlotForm(DAY1, LocalTime.of(10, 0), LocalTime.of(10, 45), SlotKind.SESSION, null));
        });
    }

    void open() {
        UI.getCurrent().navigate("organize/events/" + slug + "/schedule");
    }

    @Test
    void organizerAsksForAProposalSeesItsProgressAndAcceptsIt() throws InterruptedException {
        login(organizer);
        open();

        _click(_get(Button.class, s -> s.withText("Programm vorschlagen")));

        assertThat(_get(Paragraph.class, s -> s.withClasses("kogge-autoplan-progress")).getText())
                .startsWith("Ein Programm wird berechnet");
        Button accept = awaitButton("Vorschlag übernehmen");
        String figures = _get(UnorderedList.class, s -> s.withClasses("kogge-autoplan-figures"))
                .getElement().getTextRecursively();
        assertThat(figures).contains("Nicht platzierte Sessions: 2 → 0")
                .contains("zwischen zwei gewünschten Sessions wählen müssen: 0 → 0");
        _click(accept);

        assertThat(PlannerViewKT.notifications()).contains("Der Vorschlag ist übernommen.");
        List<ScheduledSession> placed = fixtures.as(organizer, () -> planning.planner(slug)).placed();
        assertThat(placed).hasSize(2);
        assertThat(placed.get(0).slotId()).isNotEqualTo(placed.get(1).slotId());
        _assertNone(RadioButtonGroup.class);
        assertThat(titlesInTheGrid()).containsExactlyInAnyOrder("Sensornetze im Kanal", "Starkregen-Frühwarnung");
        _assertNone(Span.class, s -> s.withClasses("kogge-planner-proposal-mark"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theWaitingProposalIsShownInTheGridWithItsNewSessionsMarkedAndTodaysPlanOneClickAway()
            throws InterruptedException {
        login(organizer);
        open();
        _click(_get(Button.class, s -> s.withText("Programm vorschlagen")));
        awaitButton("Vorschlag übernehmen");

        RadioButtonGroup<Boolean> which = _get(RadioButtonGroup.class, s -> s.withLabel("Im Raster zeigen"));
        assertThat(which.getValue()).isTrue();
        assertThat(_get(Paragraph.class, s -> s.withClasses("kogge-planner-proposal-summary")).getText())
                .startsWith("Übernehmen würde 2 Sessions neu einplanen und keine verschieben; keine bleibt ungeplant.");
        assertThat(titlesInTheGrid()).containsExactlyInAnyOrder("Sensornetze im Kanal", "Starkregen-Frühwarnung");
        assertThat(_find(Span.class, s -> s.withClasses("kogge-planner-proposal-mark")).stream().map(Span::getText))
                .containsExactly("Neu eingeplant", "Neu eingeplant");
        assertThat(PlannerViewKT.cardTitles(PlannerViewKT.side())).isEmpty();
        _assertNone(Button.class, s -> s.withText("Verschieben …")); // the proposal's grid is read only

        Karibu._setValue(which, false);

        assertThat(titlesInTheGrid()).isEmpty();
        assertThat(PlannerViewKT.cardTitles(PlannerViewKT.side()))
                .containsExactlyInAnyOrder("Sensornetze im Kanal", "Starkregen-Frühwarnung");
        _assertNone(Span.class, s -> s.withClasses("kogge-planner-proposal-mark"));
        assertThat(fixtures.as(organizer, () -> planning.planner(slug)).placed()).isEmpty();
    }

    private static List<String> titlesInTheGrid() {
        return _find(Div.class, s -> s.withClasses("kogge-planner-cell")).stream()
                .flatMap(c -> PlannerViewKT.cardTitles(c).stream()).toList();
    }

    @Test
    void aDiscardedProposalLeavesTheScheduleAsItWas() throws InterruptedException {
        login(organizer);
        open();
        _click(_get(Button.class, s -> s.withText("Programm vorschlagen")));
        awaitButton("Vorschlag übernehmen");

        _click(_get(Button.class, s -> s.withText("Vorschlag verwerfen")));

        assertThat(PlannerViewKT.notifications()).contains("Der Vorschlag ist verworfen.");
        assertThat(fixtures.as(organizer, () -> planning.planner(slug)).placed()).isEmpty();
        _get(Button.class, s -> s.withText("Programm vorschlagen"));
    }

    @Test
    void organizerPinsAPlacedSessionOnItsCardAndUnpinsIt() {
        fixtures.as(organizer, () -> planning.place(slug, sensors, saal.id(), first.id()));
        login(organizer);
        open();

        Button pin = PlannerViewKT.button(PIN_SENSORS);
        assertThat(pin.getText()).isEqualTo("Fixieren");
        assertThat(pin.getElement().getAttribute("aria-pressed")).isEqualTo("false");
        _click(pin);

        assertThat(PlannerViewKT.notifications()).contains("„Sensornetze im Kanal“ ist fixiert.");
        assertThat(fixtures.as(organizer, () -> planning.pinned(slug))).containsExactly(sensors);
        Div cell = PlannerViewKT.cell("Bürgerschaftssaal", first);
        assertThat(_get(cell, Span.class, s -> s.withClasses("kogge-planner-badge-pinned")).getText())
                .isEqualTo("Fixiert");
        Button unpin = PlannerViewKT.button(UNPIN_SENSORS);
        assertThat(unpin.getText()).isEqualTo("Lösen");
        assertThat(unpin.getElement().getAttribute("aria-pressed")).isEqualTo("true");

        _click(unpin);

        assertThat(fixtures.as(organizer, () -> planning.pinned(slug))).isEmpty();
        _assertNone(Span.class, s -> s.withClasses("kogge-planner-badge-pinned"));
    }

    @Test
    void aPinnedSessionKeepsItsPlaceWhenTheProposalReplansTheOthers() throws InterruptedException {
        fixtures.as(organizer, () -> planning.place(slug, sensors, saal.id(), first.id()));
        login(organizer);
        open();
        _click(PlannerViewKT.button(PIN_SENSORS));

        Karibu._setValue(_get(Checkbox.class, s -> s.withLabel("Auch platzierte, nicht fixierte Sessions neu planen")),
                true);
        _click(_get(Button.class, s -> s.withText("Programm vorschlagen")));
        _click(awaitButton("Vorschlag übernehmen"));

        ScheduledSession kept = fixtures.as(organizer, () -> planning.planner(slug)).placed().stream()
                .filter(x -> x.id() == sensors).findFirst().orElseThrow();
        assertThat(kept.roomId()).isEqualTo(saal.id());
        assertThat(kept.slotId()).isEqualTo(first.id());
        assertThat(kept.isPinned()).isTrue();
    }

    @Test
    void anExpertIsRefused() {
        login(erika);
        open();

        assertThat(_get(H1.class).getText()).isEqualTo("Kein Zugriff");
        _assertNone(AutoPlanPanel.class);
    }

    /** Lets the run's pushes reach the UI until the button shows (a minute at most: the machine may be busy). */
    private static Button awaitButton(String text) throws InterruptedException {
        long until = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < until) {
            LiveTesting.runQueueAsNobody();
            List<Button> found = _find(Button.class, s -> s.withText(text));
            if (!found.isEmpty()) {
                return found.get(0);
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no button " + text + " within a minute");
    }
}
