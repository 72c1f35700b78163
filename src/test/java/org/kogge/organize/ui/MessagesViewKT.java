package org.kogge.organize.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kogge.account.Role;
import org.kogge.organize.Audience;
import org.kogge.organize.ParticipantMessageService;
import org.kogge.registration.RegistrationService;
import org.kogge.testing.Karibu;
import org.kogge.testing.KaribuTestBase;
import org.kogge.testing.ScheduleFixtures;
import org.springframework.beans.factory.annotation.Autowired;

/** The organizer's messages page: preview, recipients counted, confirmation, the list of sent messages, refusals. */
class MessagesViewKT extends KaribuTestBase {

    @Autowired ScheduleFixtures sf;
    @Autowired RegistrationService registrations;
    @Autowired ParticipantMessageService messages;

    String organizer;
    String slug;

    /** A barcamp with one seat taken and one person waiting. */
    @BeforeEach
    void barcamp() {
        organizer = fixtures.person("Olga Orga", Role.ORGANIZER).email();
        slug = sf.barcamp(organizer, "Barcamp Smart Water");
        fixtures.as(organizer, () -> registrations.changeCapacity(slug, 1));
        sf.participant(slug, "Erika Expertin");
        sf.participant(slug, "Nina Nachrückerin");
    }

    @Test
    void theOrganizerPreviewsSanitizedMarkdownSeesTheReachConfirmsAndFindsTheMessageListed() {
        login(organizer);
        UI.getCurrent().navigate("organize/events/" + slug + "/messages");
        assertThat(_get(H1.class).getText()).isEqualTo("Nachrichten an Teilnehmende: Barcamp Smart Water");
        assertThat(reach()).startsWith("Diese Nachricht geht an 1 Person.");
        assertThat(_get(Paragraph.class, s -> s.withText("Noch keine Nachrichten gesendet."))).isNotNull();

        Karibu._setValue(_get(RadioButtonGroup.class), Audience.BOTH);
        assertThat(reach()).startsWith("Diese Nachricht geht an 2 Personen.");
        _get(TextField.class, s -> s.withLabel("Betreff")).setValue("Raumänderung");
        _get(TextArea.class, s -> s.withLabel("Text")).setValue("Wir sind im **Audimax**.<script>alert(1)</script>");
        String preview = _get(Div.class, s -> s.withClasses("kogge-message-preview")).getElement().getOuterHTML();
        assertThat(preview).contains("<strong>Audimax</strong>").doesNotContain("<script");

        _click(_get(Button.class, s -> s.withText("Senden …")));
        ConfirmDialog dialog = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getHeader(dialog)).isEqualTo("Nachricht senden?");
        ConfirmDialogKt._fireConfirm(dialog);

        NotificationsKt.expectNotifications("Die Nachricht geht an 2 Personen.");
        Section entry = _get(Section.class, s -> s.withClasses("kogge-message-entry"));
        assertThat(entry.getElement().getTextRecursively()).contains("Raumänderung", "von Olga Orga",
                "„Alle mit Platz und auf der Warteliste“: 2 Personen");
        assertThat(_get(entry, Html.class).getInnerHtml()).contains("<strong>Audimax</strong>")
                .doesNotContain("<script");
        assertThat(_get(TextField.class, s -> s.withLabel("Betreff")).getValue()).as("form cleared").isEmpty();
    }

    @Test
    void emptyFieldsAreMarkedAndNothingIsSent() {
        login(organizer);
        UI.getCurrent().navigate("organize/events/" + slug + "/messages");

        _click(_get(Button.class, s -> s.withText("Senden …")));

        _assertNone(ConfirmDialog.class);
        assertThat(_get(TextField.class, s -> s.withLabel("Betreff")).isInvalid()).isTrue();
        assertThat(_get(TextArea.class, s -> s.withLabel("Text")).getErrorMessage()).isEqualTo("Bitte ausfüllen.");
        login(organizer);
        assertThat(messages.sent(slug)).isEmpty();
    }

    @Test
    void participantsAndOtherOrganizersAreRefused() {
        login(fixtures.person("Anton Attendee").email());
        UI.getCurrent().navigate("organize/events/" + slug + "/messages");
        assertThat(_get(H1.class).getText()).isEqualTo("Kein Zugriff");
        _assertNone(MessagesView.class);

        login(fixtures.person("Otto Other", Role.ORGANIZER).email());
        UI.getCurrent().navigate("organize/events/" + slug + "/messages");
        assertThat(_get(H1.class).getText()).isEqualTo("Kein Zugriff");
        _assertNone(MessagesView.class);
    }

    private static String reach() {
        return _get(Paragraph.class, s -> s.withClasses("kogge-message-reach")).getText();
    }
}
