package org.kogge.proposal.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.kogge.testing.Karibu._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.kogge.proposal.ui.BoardTesting.card;
import static org.kogge.proposal.ui.BoardTesting.participant;
import static org.kogge.proposal.ui.BoardTesting.path;
import static org.kogge.proposal.ui.BoardTesting.titles;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kogge.account.Role;
import org.kogge.event.EventKind;
import org.kogge.event.EventState;
import org.kogge.proposal.BarcampSettingsService;
import org.kogge.proposal.BoardService;
import org.kogge.proposal.ProposalCard;
import org.kogge.proposal.ProposalFormat;
import org.kogge.proposal.ProposalService;
import org.kogge.proposal.ProposalStatus;
import org.kogge.proposal.TopicDto;
import org.kogge.registration.RegistrationService;
import org.kogge.testing.KaribuTestBase;
import org.springframework.beans.factory.annotation.Autowired;

class ProposalFormViewKT extends KaribuTestBase {

    @Autowired ProposalService proposals;
    @Autowired BarcampSettingsService barcampSettings;
    @Autowired BoardService boards;
    @Autowired RegistrationService registrations;

    static final String REQUESTED = "Ihr Vorschlag steht jetzt auf dem Board. Anfrage vorgemerkt: "
            + "die Person sieht sie nach dem Einloggen und muss zustimmen.";

    static final String STEP_FREE = "Die Session braucht einen stufenlos erreichbaren Raum";

    String organizer;
    String slug;
    long water;
    String erika;

    @BeforeEach
    void barcampOpenForProposals() {
        organizer = fixtures.person("Olga Orga", Role.ORGANIZER).email();
        slug = fixtures.event(organizer, "Barcamp Smart Water", EventKind.BARCAMP, 30, EventState.PUBLISHED).slug();
        fixtures.as(organizer, () -> {
            barcampSettings.changePhases(slug, true, true, null);
            water = barcampSettings.addTopic(slug, "Smart Water").id();
            barcampSettings.addTopic(slug, "Energie");
        });
        erika = participant(fixtures, registrations, slug, "Erika Expertin");
    }

    private static TextField field(String label) {
        return _get(TextField.class, f -> f.withLabel(label));
    }

    private void submit() {
        _click(_get(Button.class, b -> b.withText("Vorschlag einreichen")));
    }

    @Test
    void aParticipantProposesASessionAndFindsItOnTheBoard() {
        login(erika);
        UI.getCurrent().navigate("events/" + slug + "/proposals");
        _click(_get(Button.class, b -> b.withText("Session vorschlagen")));
        assertThat(path()).isEqualTo("events/" + slug + "/proposals/new");

        _setValue(field("Titel"), "Sensornetze im Kanal");
        TextArea abstractText = _get(TextArea.class, f -> f.withLabel("Kurzbeschreibung"));
        _setValue(abstractText, "Wie **Sensoren** helfen");
        assertThat(abstractText.getHelperText()).endsWith("23 von 2.000 Zeichen.");
        @SuppressWarnings("unchecked")
        CheckboxGroup<TopicDto> topics = _get(CheckboxGroup.class, f -> f.withLabel("Themen"));
        _setValue(topics, Set.of(new TopicDto(water, "Smart Water")));
        @SuppressWarnings("unchecked")
        RadioButtonGroup<ProposalFormat> format = _get(RadioButtonGroup.class, f -> f.withLabel("Format"));
        _setValue(format, ProposalFormat.WORKSHOP);
        submit();

        assertThat(path()).isEqualTo("events/" + slug + "/proposals");
        NotificationsKt.expectNotifications("Ihr Vorschlag steht jetzt auf dem Board.");
        BoardTesting.Card card = card("Sensornetze im Kanal");
        assertThat(BoardTesting.titles()).containsExactly("Sensornetze im Kanal");
        assertThat(card.shown().get("topics")).isEqualTo(List.of("Smart Water"));
        assertThat(card.text("meta")).isEqualTo("Workshop · Deutsch · ein Slot");
    }

    @Test
    void anEmptyTitleAndAMistypedCoHostAreShownBesideTheirFields() {
        login(erika);
        UI.getCurrent().navigate("events/" + slug + "/proposals/new");

        submit();
        TextField title = field("Titel");
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("Bitte ausfüllen.");

        _setValue(title, "Mit Tippfehler");
        TextField cohosts = field("Co-Hosts (E-Mail-Adressen)");
        _setValue(cohosts, "kein-email");
        submit();

        assertThat(title.isInvalid()).isFalse();
        assertThat(cohosts.isInvalid()).isTrue();
        assertThat(cohosts.getErrorMessage()).isEqualTo("Bitte nur E-Mail-Adressen eingeben, durch Kommas getrennt.");
        assertThat(path()).isEqualTo("events/" + slug + "/proposals/new");
        assertThat(boards.board(slug, null, null, null).proposals()).isEmpty();
    }

    @Test
    void everyCoHostEmailGetsTheSameAnswerAndNobodyIsShownBeforeTheyAccept() {
        String kai = participant(fixtures, registrations, slug, "Kai Kollege");
        String otto = fixtures.person("Otto Ohneplatz", Role.EXPERT).email();
        login(erika);
        for (String email : List.of(kai, otto, "nobody@test.example")) {
            UI.getCurrent().navigate("events/" + slug + "/proposals/new");
            _setValue(field("Titel"), "Mit " + email);
            _setValue(field("Co-Hosts (E-Mail-Adressen)"), " " + email.toUpperCase() + " ");
            submit();

            assertThat(path()).isEqualTo("events/" + slug + "/proposals");
            NotificationsKt.expectNotifications(REQUESTED);
            assertThat(card("Mit " + email).text("cohosts")).isNull();
        }
        assertThat(boards.board(slug, null, null, null).proposals()).allSatisfy(c -> assertThat(c.cohostNames()).isEmpty());
    }

    @Test
    void aNamedCoHostAcceptsOnTheBoardAndLeavesAgain() {
        String kai = participant(fixtures, registrations, slug, "Kai Kollege");
        login(erika);
        UI.getCurrent().navigate("events/" + slug + "/proposals/new");
        _setValue(field("Titel"), "Gemeinsam");
        _setValue(field("Co-Hosts (E-Mail-Adressen)"), kai);
        submit();
        NotificationsKt.expectNotifications(REQUESTED);
        logout();

        login(kai);
        UI.getCurrent().navigate("events/" + slug + "/proposals");
        CohostPanel panel = _get(CohostPanel.class);
        _get(panel, H3.class, h -> h.withText("Eine Co-Host-Anfrage an Sie"));
        _get(panel, Span.class, t -> t.withText("„Gemeinsam“ von Erika Expertin"));
        _click(_get(panel, Button.class, b -> b.withText("Zustimmen")));

        NotificationsKt.expectNotifications("Sie sind jetzt Co-Host von „Gemeinsam“.");
        assertThat(card("Gemeinsam").text("cohosts")).isEqualTo("mit Kai Kollege");
        _assertNone(panel, Button.class, b -> b.withText("Zustimmen"));

        _click(_get(panel, Button.class, b -> b.withText("Als Co-Host austreten")));

        NotificationsKt.expectNotifications("Sie sind nicht mehr Co-Host von „Gemeinsam“.");
        assertThat(card("Gemeinsam").text("cohosts")).isNull();
        assertThat(panel.isVisible()).isFalse();
    }

    @Test
    void whileProposalsAreClosedTheFormSaysSo() {
        fixtures.as(organizer, () -> barcampSettings.changePhases(slug, false, true, null));
        login(erika);
        UI.getCurrent().navigate("events/" + slug + "/proposals/new");
        _get(Paragraph.class, p -> p.withText("Vorschläge sind gerade geschlossen."));
        _assertNone(TextField.class, f -> f.withLabel("Titel"));
    }

    @Test
    void anonymousVisitorsAreSentToLogin() {
        UI.getCurrent().navigate("events/" + slug + "/proposals/new");
        _get(LoginForm.class);
        _assertNone(TextField.class, f -> f.withLabel("Titel"));
    }

    @Test
    void theHostEditsAndThenWithdrawsTheirProposal() {
        BoardTesting.propose(fixtures, proposals, slug, erika, "Sensornetze");
        login(erika);
        UI.getCurrent().navigate("events/" + slug + "/proposals");
        BoardTesting.Card card = card("Sensornetze");
        assertThat(card.text("editText")).isEqualTo("Bearbeiten");
        String edit = card.text("edit");
        UI.getCurrent().navigate(edit);
        TextField title = field("Titel");
        assertThat(title.getValue()).isEqualTo("Sensornetze");

        _setValue(title, "Sensornetze im Kanal");
        _click(_get(Button.class, b -> b.withText("Speichern")));

        assertThat(path()).isEqualTo("events/" + slug + "/proposals");
        assertThat(titles()).containsExactly("Sensornetze im Kanal");

        UI.getCurrent().navigate(edit);
        _click(_get(Button.class, b -> b.withText("Zurückziehen")));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt._getText(confirm)).startsWith("„Sensornetze im Kanal“ verschwindet vom Board");
        ConfirmDialogKt._fireConfirm(confirm);

        assertThat(path()).isEqualTo("events/" + slug + "/proposals");
        assertThat(titles()).isEmpty();
        assertThat(boards.board(slug, null, null, null).proposals()).isEmpty();
    }

    @Test
    void theHostAsksForAStepFreeRoomAndTheOrganizerChangesItInModeration() {
        login(erika);
        UI.getCurrent().navigate("events/" + slug + "/proposals/new");
        _setValue(field("Titel"), "Sensornetze im Kanal");
        Checkbox stepFree = _get(Checkbox.class, f -> f.withLabel(STEP_FREE));
        assertThat(stepFree.getValue()).isFalse();
        _setValue(stepFree, true);
        submit();

        long id = boards.board(slug, null, null, null).proposals().get(0).id();
        assertThat(fixtures.as(organizer, () -> proposals.formFor(slug, id)).isNeedsStepFree()).isTrue();

        logout();
        login(organizer);
        UI.getCurrent().navigate("events/" + slug + "/proposals/" + id + "/edit");
        Checkbox shown = _get(Checkbox.class, f -> f.withLabel(STEP_FREE));
        assertThat(shown.getValue()).isTrue();
        _setValue(shown, false);
        _click(_get(Button.class, b -> b.withText("Speichern")));

        assertThat(fixtures.as(organizer, () -> proposals.formFor(slug, id)).isNeedsStepFree()).isFalse();
    }

    @Test
    void someoneElseCannotEditAProposal() {
        String kai = participant(fixtures, registrations, slug, "Kai Kollege");
        long id = BoardTesting.propose(fixtures, proposals, slug, erika, "Sensornetze");
        login(kai);
        UI.getCurrent().navigate("events/" + slug + "/proposals/" + id + "/edit");
        assertThat(_get(H1.class).getText()).isEqualTo("Kein Zugriff");
        _assertNone(TextField.class, f -> f.withLabel("Titel"));
        List<ProposalCard> board = boards.board(slug, null, null, null).proposals();
        assertThat(board).extracting(ProposalCard::status).containsExactly(ProposalStatus.OPEN);
    }
}
