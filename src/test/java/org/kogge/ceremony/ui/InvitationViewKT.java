package org.kogge.ceremony.ui;

import org.kogge.testing.Karibu;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kogge.account.Role;
import org.kogge.ceremony.AgendaItemForm;
import org.kogge.ceremony.CeremonyService;
import org.kogge.ceremony.CeremonySettingsForm;
import org.kogge.ceremony.GuestRow;
import org.kogge.ceremony.InvitationService;
import org.kogge.ceremony.RsvpForm;
import org.kogge.ceremony.RsvpService;
import org.kogge.ceremony.RsvpStatus;
import org.kogge.testing.CeremonyFixtures;
import org.kogge.testing.KaribuTestBase;
import org.springframework.beans.factory.annotation.Autowired;

/** The guest's page behind the invitation link, without an account. */
class InvitationViewKT extends KaribuTestBase {

    @Autowired
    CeremonyService ceremonies;
    @Autowired
    InvitationService invitations;
    @Autowired
    RsvpService rsvp;
    @Autowired
    CeremonyFixtures ceremonyFixtures;

    String organizer;
    String slug;
    GuestRow anna;
    String token;
    LocalDateTime start;

    @BeforeEach
    void invitedGuest() {
        organizer = fixtures.person("Olga Orga", Role.ORGANIZER).email();
        slug = ceremonyFixtures.ceremony(organizer, "Unterzeichnung der Kooperationsvereinbarung");
        start = fixtures.as(organizer, () -> ceremonies.forOrganizer(slug)).startsAt()
                .atZone(ZoneId.of("Europe/Berlin")).toLocalDateTime();
        fixtures.as(organizer, () -> {
            ceremonies.saveSettings(slug, new CeremonySettingsForm(null, 2, false));
            return ceremonies.saveAgendaItem(slug, null, new AgendaItemForm(start, 30, "Begrüßung durch den Bürgermeister",
                    "Jan Lindenau", "Bürgermeister", "Lübeck"));
        });
        anna = ceremonyFixtures.invite(organizer, slug, "Anna Alt").get(0);
        token = CeremonyFixtures.token(anna);
    }

    private void open(String t) {
        UI.getCurrent().navigate("invitation/" + t);
    }

    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<Boolean> attending() {
        return _get(RadioButtonGroup.class);
    }

    private static String current() {
        return _get(Paragraph.class, s -> s.withClasses("kogge-rsvp-current")).getText();
    }

    private RsvpStatus stored() {
        return rsvp.open(token).rsvp();
    }

    @Test
    void guestSeesTheCeremonyAndAcceptsWithCompanions() {
        open(token);
        assertThat(_get(H1.class).getText()).isEqualTo("Unterzeichnung der Kooperationsvereinbarung");
        _get(Paragraph.class, s -> s.withText("Persönliche Einladung für Anna Alt"));
        _get(com.vaadin.flow.component.html.Span.class, s -> s.withText("Begrüßung durch den Bürgermeister"));
        assertThat(current()).isEqualTo("Sie haben noch nicht geantwortet.");
        _assertNone(Anchor.class, s -> s.withClasses("kogge-rsvp-ics"));

        Karibu._setValue(attending(), true);
        Karibu._setValue(_get(IntegerField.class, s -> s.withLabel("Begleitpersonen")), 2);
        Karibu._setValue(_get(TextArea.class, s -> s.withLabel("Hinweis (optional)")), "Rollstuhl");
        _click(_get(Button.class, s -> s.withText("Antwort senden")));

        assertThat(current()).isEqualTo("Sie haben zugesagt und bringen 2 Begleitpersonen mit.");
        assertThat(stored()).isEqualTo(RsvpStatus.ACCEPTED);
        Anchor ics = _get(Anchor.class, s -> s.withClasses("kogge-rsvp-ics"));
        assertThat(ics.getHref()).isEqualTo("invitation/" + token + "/ceremony.ics");
    }

    @Test
    void moreCompanionsThanAllowedAreRefused() {
        open(token);
        Karibu._setValue(attending(), true);
        IntegerField companions = _get(IntegerField.class, s -> s.withLabel("Begleitpersonen"));
        Karibu._setValue(companions, 3);
        _click(_get(Button.class, s -> s.withText("Antwort senden")));

        assertThat(companions.isInvalid()).isTrue();
        assertThat(companions.getErrorMessage()).isEqualTo("Höchstens 2 Begleitpersonen je Gast.");
        assertThat(stored()).isEqualTo(RsvpStatus.PENDING);
    }

    @Test
    void guestDeclinesAndLaterChangesTheAnswer() {
        open(token);
        _click(_get(Button.class, s -> s.withText("Antwort senden")));
        assertThat(attending().isInvalid()).isTrue();

        Karibu._setValue(attending(), false);
        _click(_get(Button.class, s -> s.withText("Antwort senden")));
        assertThat(current()).isEqualTo("Sie haben abgesagt.");
        assertThat(stored()).isEqualTo(RsvpStatus.DECLINED);

        open(token);
        assertThat(attending().getValue()).isFalse();
        Karibu._setValue(attending(), true);
        _click(_get(Button.class, s -> s.withText("Antwort ändern")));
        assertThat(current()).isEqualTo("Sie haben zugesagt.");
        assertThat(stored()).isEqualTo(RsvpStatus.ACCEPTED);
    }

    @Test
    void afterTheDeadlineTheAnswerIsShownReadOnly() {
        rsvp.answer(token, new RsvpForm(true, 1, null));
        fixtures.as(organizer, () -> ceremonies.saveSettings(slug,
                new CeremonySettingsForm(LocalDateTime.now(ZoneId.of("Europe/Berlin")).minusHours(1), 2, false)));
        open(token);

        assertThat(current()).isEqualTo("Sie haben zugesagt und bringen eine Begleitperson mit.");
        assertThat(_get(Paragraph.class, s -> s.withClasses("kogge-rsvp-closed")).getText())
                .startsWith("Die Antwortfrist ist abgelaufen");
        _assertNone(Button.class, s -> s.withText("Antwort ändern"));
        _assertNone(RadioButtonGroup.class);
        _get(Anchor.class, s -> s.withClasses("kogge-rsvp-ics"));
    }

    @Test
    void unknownAndRevokedLinksGetAClearPage() {
        open("this-is-not-a-token");
        assertThat(_get(H1.class).getText()).isEqualTo("Einladung nicht gefunden");
        _assertNone(RadioButtonGroup.class);

        fixtures.as(organizer, () -> invitations.revoke(slug, anna.id()));
        open(token);
        assertThat(_get(H1.class).getText()).isEqualTo("Einladung nicht mehr gültig");
        _assertNone(RadioButtonGroup.class);
    }

    @Test
    void inEnglishToo() {
        english();
        open(token);
        assertThat(current()).isEqualTo("You have not answered yet.");
        _get(Button.class, s -> s.withText("Send answer"));
    }
}
