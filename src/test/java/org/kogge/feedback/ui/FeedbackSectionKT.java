package org.kogge.feedback.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kogge.account.Role;
import org.kogge.common.InvalidInputException;
import org.kogge.feedback.FeedbackForm;
import org.kogge.feedback.FeedbackService;
import org.kogge.testing.Karibu;
import org.kogge.testing.KaribuTestBase;
import org.kogge.testing.ProgrammeFixtures;
import org.kogge.testing.ProgrammeFixtures.Programme;
import org.kogge.testing.ScheduleFixtures;
import org.kogge.testing.StoppedClock;
import org.springframework.beans.factory.annotation.Autowired;

/** "Rückmeldung zur Session" on the session page: given by attendees with a seat, read by hosts without names. */
class FeedbackSectionKT extends KaribuTestBase {

    static final Instant SENSORS_START = ProgrammeFixtures.at(ScheduleFixtures.DAY1, 10, 0);

    @Autowired ProgrammeFixtures programmes;
    @Autowired ScheduleFixtures schedules;
    @Autowired FeedbackService feedback;
    @Autowired StoppedClock clock;

    Programme p;

    @BeforeEach
    void programme() {
        p = programmes.programme();
        programmes.publish(p);
    }

    private void open() {
        UI.getCurrent().navigate("events/" + p.slug() + "/sessions/" + p.sensors());
    }

    private static Section section() {
        return _get(Section.class, s -> s.withClasses("kogge-feedback"));
    }

    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<Integer> rating() {
        return _get(section(), RadioButtonGroup.class);
    }

    private void give(String who, int rating, String comment) {
        fixtures.as(who, () -> feedback.give(p.slug(), p.sensors(), new FeedbackForm(rating, comment)));
    }

    @Test
    void anAttendeeRatesTheSessionAddsACommentAndChangesItLater() {
        clock.stopAt(SENSORS_START.plusSeconds(600));
        login(p.kai());
        open();

        assertThat(_get(section(), H2.class).getText()).isEqualTo("Rückmeldung zur Session");
        assertThat(rating().getLabel()).isEqualTo("Wie hilfreich war die Session?");
        Karibu._setValue(rating(), 4);
        Karibu._setValue(_get(section(), TextArea.class, t -> t.withLabel("Kommentar (freiwillig)")), "Gute Beispiele");
        _click(_get(section(), Button.class, b -> b.withText("Rückmeldung senden")));

        NotificationsKt.expectNotifications("Danke für Ihre Rückmeldung!");
        assertThat(_get(section(), Paragraph.class, x -> x.withClasses("kogge-feedback-mine")).getText())
                .startsWith("Ihre Rückmeldung (4 von 5) vom ");
        assertThat(rating().getValue()).isEqualTo(4);
        Karibu._setValue(rating(), 5);
        _click(_get(section(), Button.class, b -> b.withText("Rückmeldung ändern")));

        NotificationsKt.expectNotifications("Danke für Ihre Rückmeldung!");
        assertThat(feedback.of(p.slug(), p.sensors()).orElseThrow().mine().rating()).isEqualTo(5);
        _click(_get(section(), Button.class, b -> b.withText("Rückmeldung zurückziehen")));
        NotificationsKt.expectNotifications("Ihre Rückmeldung ist zurückgezogen.");
        assertThat(feedback.of(p.slug(), p.sensors()).orElseThrow().mine()).isNull();
        _get(section(), Button.class, b -> b.withText("Rückmeldung senden"));
    }

    @Test
    void withoutARatingTheFormSaysSoAndNothingIsSaved() {
        clock.stopAt(SENSORS_START);
        login(p.kai());
        open();

        _click(_get(section(), Button.class, b -> b.withText("Rückmeldung senden")));

        assertThat(rating().isInvalid()).isTrue();
        assertThat(rating().getErrorMessage()).isEqualTo("Bitte eine Bewertung wählen.");
        assertThat(feedback.of(p.slug(), p.sensors()).orElseThrow().mine()).isNull();
    }

    @Test
    void beforeTheStartTheAttendeeIsToldWhenAndTheHostSeesNoForm() {
        clock.stopAt(SENSORS_START.minusSeconds(3600));
        login(p.kai());
        open();
        assertThat(_get(section(), Paragraph.class, x -> x.withClasses("kogge-feedback-later")).getText())
                .isEqualTo("Sobald die Session begonnen hat, können Sie hier eine Rückmeldung geben.");
        _assertNone(section(), RadioButtonGroup.class);

        clock.stopAt(SENSORS_START);
        login(p.erika());
        open();
        _assertNone(section(), RadioButtonGroup.class);
        assertThat(_get(section(), Paragraph.class, x -> x.withClasses("kogge-feedback-count")).getText())
                .isEqualTo("Noch keine Rückmeldungen.");
    }

    @Test
    void anonymousAreAskedToLogInAndAPersonWithoutASeatSeesNothingAndIsRefused() {
        clock.stopAt(SENSORS_START);
        String guest = fixtures.person("Gerd Gast", Role.EXPERT).email();
        open();
        Paragraph logIn = _get(section(), Paragraph.class, x -> x.withClasses("kogge-feedback-log-in"));
        assertThat(logIn.getText()).startsWith("Sie hatten einen Platz bei diesem Barcamp?");
        assertThat(_get(logIn, Anchor.class).getText()).isEqualTo("Anmelden und Rückmeldung geben");
        _assertNone(section(), RadioButtonGroup.class);

        login(guest);
        open();
        _assertNone(Section.class, s -> s.withClasses("kogge-feedback"));
        assertThatThrownBy(() -> feedback.give(p.slug(), p.sensors(), new FeedbackForm(5, "Von außen")))
                .isInstanceOf(InvalidInputException.class);
        login(p.organizer());
        assertThat(feedback.of(p.slug(), p.sensors()).orElseThrow().summary().count()).isZero();
    }

    @Test
    void theHostReadsRatingsAndCommentsWithoutNamesOnceThreeAnswered() {
        String tom = schedules.participant(p.slug(), "Tom Teilnehmer");
        clock.stopAt(SENSORS_START.plusSeconds(3600));
        give(p.kai(), 4, "Gute Beispiele aus Kiel");
        give(p.lena(), 2, "<b>Zu kurz</b>");
        login(p.erika());
        open();
        assertThat(_get(section(), Paragraph.class, x -> x.withClasses("kogge-feedback-count")).getText())
                .startsWith("2 Rückmeldungen. Bewertungen und Kommentare erscheinen ab 3 Rückmeldungen");
        _assertNone(section(), ListItem.class);

        give(tom, 5, null);
        open();
        assertThat(_get(section(), Paragraph.class, x -> x.withClasses("kogge-feedback-average")).getText())
                .isEqualTo("Durchschnittlich 3,7 von 5 aus 3 Rückmeldungen");
        assertThat(_find(section(), ListItem.class).stream().map(li -> li.getElement().getTextRecursively()))
                .containsExactly("5 – sehr hilfreich: 1", "4 – hilfreich: 1", "3 – teils, teils: 0",
                        "2 – wenig hilfreich: 1", "1 – nicht hilfreich: 0",
                        "4 von 5Gute Beispiele aus Kiel", "2 von 5<b>Zu kurz</b>");
        String shown = section().getElement().getOuterHTML();
        assertThat(shown).doesNotContain("Kai Kollege", "Lena Lotsin", "Tom Teilnehmer", "<b>Zu kurz</b>")
                .contains("&lt;b&gt;Zu kurz&lt;/b&gt;");
    }
}
