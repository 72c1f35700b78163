package org.kogge.proposal.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.kogge.testing.Karibu._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.kogge.testing.LiveTesting.awaitPush;
import static org.kogge.proposal.ui.BoardTesting.participant;
import static org.kogge.proposal.ui.BoardTesting.path;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kogge.account.Role;
import org.kogge.event.EventKind;
import org.kogge.event.EventState;
import org.kogge.common.live.LiveBroadcaster;
import org.kogge.proposal.BarcampPhases;
import org.kogge.proposal.BoardUpdates;
import org.kogge.proposal.BarcampSettingsService;
import org.kogge.proposal.BoardService;
import org.kogge.proposal.ProposalCard;
import org.kogge.proposal.ProposalService;
import org.kogge.proposal.TopicDto;
import org.kogge.proposal.VoteService;
import org.kogge.registration.RegistrationService;
import org.kogge.testing.KaribuTestBase;
import org.kogge.testing.LiveTesting;
import org.springframework.beans.factory.annotation.Autowired;

class ModerationViewKT extends KaribuTestBase {

    @Autowired ProposalService proposals;
    @Autowired BarcampSettingsService barcampSettings;
    @Autowired BoardService boards;
    @Autowired VoteService votes;
    @Autowired RegistrationService registrations;
    @Autowired LiveBroadcaster live;

    String organizer;
    String slug;

    /** A barcamp whose phases are still closed. */
    @BeforeEach
    void barcamp() {
        organizer = fixtures.person("Olga Orga", Role.ORGANIZER).email();
        slug = fixtures.event(organizer, "Barcamp Smart Water", EventKind.BARCAMP, 30, EventState.PUBLISHED).slug();
    }

    private void open() {
        UI.getCurrent().navigate("organize/events/" + slug + "/proposals");
    }

    /** Opens proposals and voting and puts Erika's and Kai's proposals on the board. */
    private void twoProposals() {
        fixtures.as(organizer, () -> barcampSettings.changePhases(slug, true, true, null));
        String erika = participant(fixtures, registrations, slug, "Erika Expertin");
        String kai = participant(fixtures, registrations, slug, "Kai Kollege");
        BoardTesting.propose(fixtures, proposals, slug, erika, "Sensornetze im Kanal");
        BoardTesting.propose(fixtures, proposals, slug, kai, "Sensoren im Abwasser");
    }

    @SuppressWarnings("unchecked")
    private static Grid<ProposalCard> grid() {
        return _get(Grid.class);
    }

    private static int row(String title) {
        Grid<ProposalCard> grid = grid();
        for (int i = 0; i < GridKt._size(grid); i++) {
            if (GridKt._getFormatted(grid, i, "title").equals(title)) {
                return i;
            }
        }
        throw new AssertionError("no row " + title);
    }

    private static String cell(String title, String column) {
        return GridKt._getFormatted(grid(), row(title), column);
    }

    private static void clickAction(String title, String action) {
        Component cell = GridKt._getCellComponent(grid(), row(title), "actions");
        _click(_get(cell, Button.class, b -> b.withText(action)));
    }

    private static List<String> column(String key) {
        Grid<ProposalCard> grid = grid();
        List<String> values = new ArrayList<>();
        for (int i = 0; i < GridKt._size(grid); i++) {
            values.add(GridKt._getFormatted(grid, i, key));
        }
        return values;
    }

    @Test
    void theOrganizerOpensThePhasesAndAddsATopic() {
        login(organizer);
        open();
        assertThat(_get(H1.class).getText()).isEqualTo("Vorschläge moderieren: Barcamp Smart Water");

        _setValue(_get(Checkbox.class, c -> c.withLabel("Vorschläge offen")), true);
        _setValue(_get(IntegerField.class, f -> f.withLabel("Stimmen pro Person")), 3);
        _click(_get(Button.class, b -> b.withText("Phasen speichern")));

        NotificationsKt.expectNotifications("Phasen gespeichert.");
        assertThat(barcampSettings.phases(slug)).isEqualTo(new BarcampPhases(true, false, 3));

        _setValue(_get(TextField.class, f -> f.withLabel("Neues Thema")), "Klimaanpassung");
        _click(_get(Button.class, b -> b.withText("Hinzufügen")));

        _get(ListItem.class, li -> li.withPredicate(item -> item.getElement().getTextRecursively().equals("Klimaanpassung")));
        assertThat(barcampSettings.topics(slug)).extracting(TopicDto::name).containsExactly("Klimaanpassung");
        _get(Button.class, b -> b.withAttribute("aria-label", "Thema „Klimaanpassung“ entfernen"));

        _click(_get(Button.class, b -> b.withText("Hinzufügen")));
        TextField topic = _get(TextField.class, f -> f.withLabel("Neues Thema"));
        assertThat(topic.isInvalid()).isTrue();
        assertThat(topic.getErrorMessage()).isEqualTo("Bitte ausfüllen.");
    }

    @Test
    void aVoteBudgetOutOfRangeIsRefusedBesideTheField() {
        login(organizer);
        open();
        IntegerField budget = _get(IntegerField.class, f -> f.withLabel("Stimmen pro Person"));
        _setValue(budget, 500);
        _click(_get(Button.class, b -> b.withText("Phasen speichern")));
        assertThat(budget.isInvalid()).isTrue();
        assertThat(budget.getErrorMessage())
                .isEqualTo("Bitte eine Zahl zwischen 1 und 100 eingeben, oder leer lassen für unbegrenzt.");
        assertThat(barcampSettings.phases(slug)).isEqualTo(BarcampPhases.CLOSED);
    }

    @Test
    void theOrganizerAcceptsAProposal() {
        twoProposals();
        login(organizer);
        open();
        assertThat(column("title")).containsExactlyInAnyOrder("Sensornetze im Kanal", "Sensoren im Abwasser");
        assertThat(cell("Sensornetze im Kanal", "status")).isEqualTo("Offen");

        clickAction("Sensornetze im Kanal", "Annehmen");

        assertThat(cell("Sensornetze im Kanal", "status")).isEqualTo("Angenommen");
        assertThat(cell("Sensoren im Abwasser", "status")).isEqualTo("Offen");

        clickAction("Sensornetze im Kanal", "Wieder öffnen");
        assertThat(cell("Sensornetze im Kanal", "status")).isEqualTo("Offen");
    }

    @Test
    void decliningNeedsANoteForTheProposer() {
        twoProposals();
        login(organizer);
        open();
        clickAction("Sensoren im Abwasser", "Ablehnen");
        Dialog dialog = _get(Dialog.class);
        TextArea note = _get(dialog, TextArea.class, f -> f.withLabel("Begründung"));

        _click(_get(dialog, Button.class, b -> b.withText("Ablehnen")));

        assertThat(note.isInvalid()).isTrue();
        assertThat(note.getErrorMessage()).isEqualTo("Bitte ausfüllen.");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(cell("Sensoren im Abwasser", "status")).isEqualTo("Offen");

        _setValue(note, "Doppelt zu „Sensornetze im Kanal“.");
        _click(_get(dialog, Button.class, b -> b.withText("Ablehnen")));

        assertThat(dialog.isOpened()).isFalse();
        assertThat(cell("Sensoren im Abwasser", "status")).isEqualTo("Abgelehnt");
    }

    @Test
    void mergingCarriesVotesOverWithoutCountingAnyoneTwice() {
        twoProposals();
        String lena = participant(fixtures, registrations, slug, "Lena Lotsin");
        String mia = participant(fixtures, registrations, slug, "Mia Meier");
        List<ProposalCard> cards = boards.board(slug, null, null, null).proposals();
        long kanal = cards.stream().filter(c -> c.title().equals("Sensornetze im Kanal")).findFirst().orElseThrow().id();
        long abwasser = cards.stream().filter(c -> c.title().equals("Sensoren im Abwasser")).findFirst().orElseThrow().id();
        fixtures.as(lena, () -> {
            votes.toggle(slug, kanal);
            votes.toggle(slug, abwasser);
        });
        fixtures.as(mia, () -> votes.toggle(slug, abwasser));
        login(organizer);
        open();
        assertThat(cell("Sensornetze im Kanal", "votes")).isEqualTo("1");
        assertThat(cell("Sensoren im Abwasser", "votes")).isEqualTo("2");

        clickAction("Sensoren im Abwasser", "Zusammenführen");
        Dialog dialog = _get(Dialog.class);
        @SuppressWarnings("unchecked")
        ComboBox<ProposalCard> target = _get(dialog, ComboBox.class, c -> c.withLabel("Aufgehen lassen in"));
        List<ProposalCard> offered = target.getListDataView().getItems().toList();
        assertThat(offered).extracting(ProposalCard::title).containsExactly("Sensornetze im Kanal");
        _setValue(target, offered.get(0));
        _click(_get(dialog, Button.class, b -> b.withText("Zusammenführen")));

        assertThat(dialog.isOpened()).isFalse();
        assertThat(column("title")).containsExactly("Sensornetze im Kanal");
        assertThat(cell("Sensornetze im Kanal", "votes")).isEqualTo("2");
        NotificationsKt.expectNotifications(
                "„Sensoren im Abwasser“ ist in „Sensornetze im Kanal“ aufgegangen, der jetzt 2 Stimmen hat.");
    }

    @Test
    void theEditButtonLeadsToTheEditFormAndBack() {
        twoProposals();
        login(organizer);
        open();
        clickAction("Sensornetze im Kanal", "Bearbeiten");
        assertThat(path()).matches("events/" + slug + "/proposals/\\d+/edit");
        _setValue(_get(TextField.class, f -> f.withLabel("Titel")), "Sensornetze im Kanalnetz");
        _click(_get(Button.class, b -> b.withText("Speichern")));
        assertThat(path()).isEqualTo("organize/events/" + slug + "/proposals");
        assertThat(column("title")).contains("Sensornetze im Kanalnetz");
    }

    @Test
    void newProposalsAppearLiveWhileTheListIsOpen() throws Exception {
        fixtures.as(organizer, () -> barcampSettings.changePhases(slug, true, true, null));
        String erika = participant(fixtures, registrations, slug, "Erika Expertin");
        login(organizer);
        open();
        _get(Paragraph.class, p -> p.withText("Noch keine Vorschläge."));
        _assertNone(Grid.class);

        BoardTesting.propose(fixtures, proposals, slug, erika, "Sensornetze im Kanal");
        awaitPush(() -> !_find(Grid.class).isEmpty());

        assertThat(column("title")).containsExactly("Sensornetze im Kanal");
    }

    @Test
    void theListListensToTheEventItShowsAndStopsWhenLeft() {
        String other = fixtures.event(organizer, "Barcamp Energie", EventKind.BARCAMP, 30, EventState.PUBLISHED).slug();
        long eventId = boards.eventIdOf(slug);
        long otherId = boards.eventIdOf(other);
        login(organizer);
        LiveTesting.assertFollowsTheEventShown(live, BoardUpdates.TOPIC, "organize/events/" + slug + "/proposals", eventId,
                "organize/events/" + other + "/proposals", otherId, "organize/events/" + other);
    }

    @Test
    void anAttendeeIsNotAllowed() {
        String anna = fixtures.person("Anna Attendee").email();
        login(anna);
        open();
        assertThat(_get(H1.class).getText()).isEqualTo("Kein Zugriff");
        _assertNone(Grid.class);
    }

    @Test
    void anOrganizerOfAnotherEventIsNotAllowed() {
        String other = fixtures.person("Otto Orga", Role.ORGANIZER).email();
        login(other);
        open();
        assertThat(_get(H1.class).getText()).isEqualTo("Kein Zugriff");
        _assertNone(Grid.class);
    }

    @Test
    void anonymousVisitorsAreSentToLogin() {
        open();
        _get(LoginForm.class);
        _assertNone(Grid.class);
    }
}
