package org.kogge.schedule.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kogge.schedule.PlanningService;
import org.kogge.schedule.PublicScheduleService;
import org.kogge.schedule.StarService;
import org.kogge.testing.KaribuTestBase;
import org.kogge.testing.ProgrammeFixtures.Programme;
import org.kogge.testing.ProgrammeFixtures;
import org.kogge.testing.StoppedClock;
import org.kogge.ui.ErrorViews;
import org.springframework.beans.factory.annotation.Autowired;

class SessionViewKT extends KaribuTestBase {

    @Autowired ProgrammeFixtures programmes;
    @Autowired PlanningService planning;
    @Autowired PublicScheduleService publicSchedules;
    @Autowired StarService stars;
    @Autowired StoppedClock clock;

    Programme p;

    @BeforeEach
    void programme() {
        clock.run();
        p = programmes.programme();
    }

    @AfterEach
    void runClock() {
        clock.run();
    }

    private void open(long id) {
        UI.getCurrent().navigate("events/" + p.slug() + "/sessions/" + id);
    }

    /** The facts list as "term: description". */
    private static Map<String, String> facts() {
        DescriptionList list = _get(DescriptionList.class, d -> d.withClasses("kogge-facts"));
        List<DescriptionList.Term> terms = _find(list, DescriptionList.Term.class);
        List<DescriptionList.Description> values = _find(list, DescriptionList.Description.class);
        Map<String, String> facts = new LinkedHashMap<>();
        for (int i = 0; i < terms.size(); i++) {
            facts.put(terms.get(i).getText(), values.get(i).getText());
        }
        return facts;
    }

    private static String abstractHtml() {
        return _get(Html.class).getInnerHtml();
    }

    @Test
    void showsTheSessionWithTimeRoomHostsTopicsFormatAndCalendarLink() {
        programmes.publish(p);

        open(p.sensors());

        assertThat(_get(H1.class, h -> h.withClasses("kogge-programme-session-title")).getText())
                .isEqualTo("Sensornetze im Kanal");
        assertThat(facts()).containsExactly(
                Map.entry("Wann", "Samstag, 30. Oktober 2027, 10:00 – 11:00"),
                Map.entry("Raum", "Saal Elbe (80 Plätze, stufenlos erreichbar)"),
                Map.entry("Session-Gebende", "Erika Expertin (Lübeck)"),
                Map.entry("Themen", "Wasser"),
                Map.entry("Format", "Workshop"),
                Map.entry("Sprache", "Deutsch"),
                Map.entry("Status", "findet statt"));
        assertThat(abstractHtml()).contains("<strong>Sensornetze im Kanal</strong>");
        assertThat(_get(Anchor.class, a -> a.withText("In den Kalender (.ics)")).getHref())
                .isEqualTo("calendar/sessions/" + p.sensors() + ".ics");
        assertThat(_get(Anchor.class, a -> a.withText("Zurück zum Programm von Barcamp Kanal")).getHref())
                .isEqualTo("events/" + p.slug() + "/schedule");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Sensornetze im Kanal · Kogge");
    }

    @Test
    void markdownInTheAbstractIsRenderedSanitized() {
        long evil = programmes.session(p.slug(), p.organizer(), p.erika(), "Sicherheit im Hafen",
                "Ein **wichtiger** Punkt <script>alert('x')</script> und [Link](javascript:alert(1)) "
                        + "<img src=x onerror=alert(2)> [gut](https://kogge.example/)", 1);
        fixtures.as(p.organizer(), () -> planning.place(p.slug(), evil, p.trave(), p.slot1230()));
        programmes.publish(p);

        open(evil);

        String html = abstractHtml();
        assertThat(html).contains("<strong>wichtiger</strong>")
                .contains("href=\"https://kogge.example/\"")
                .doesNotContain("<script").doesNotContain("javascript:").doesNotContain("<img")
                // what is left of the markup is shown as text
                .contains("&lt;script&gt;");
    }

    @Test
    void cancelledSessionSaysSo() {
        programmes.publish(p);
        fixtures.as(p.organizer(), () -> planning.cancel(p.slug(), p.hackathon()));

        open(p.hackathon());

        assertThat(_get(Paragraph.class, x -> x.withClasses("kogge-programme-cancelled-notice")).getText())
                .isEqualTo("Diese Session ist abgesagt.");
        assertThat(_get(H1.class, h -> h.withClasses("kogge-programme-session-title")).getClassNames())
                .contains("kogge-programme-cancelled");
        assertThat(facts()).containsEntry("Status", "abgesagt");
    }

    @Test
    void loggedInVisitorStarsTheSession() {
        programmes.publish(p);
        login(p.erika());
        open(p.levels());

        SessionStarButton star = _get(SessionStarButton.class);
        assertThat(star.isStarred()).isFalse();
        _click(star);

        assertThat(star.getText()).isEqualTo("Gemerkt");
        assertThat(star.getElement().getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(stars.myStarsIn(p.slug())).containsExactly(p.levels());

        open(p.levels());
        assertThat(_get(SessionStarButton.class).isStarred()).isTrue();
    }

    @Test
    void anonymousVisitorSeesNoStarButTheLoginHint() {
        programmes.publish(p);
        open(p.levels());

        _assertNone(SessionStarButton.class);
        assertThat(_get(Span.class, s -> s.withText("Loggen Sie sich ein, um Sessions für Ihre Agenda zu merken."))).isNotNull();
    }

    @Test
    void unknownIdOrASessionOfAnotherEventIsNotFound() {
        programmes.publish(p);
        String other = programmes.programmeOf(1, 1);
        long foreign = publicSchedules.programme(other, null, null)
                .days().get(0).sessions().get(0).id();

        open(foreign);
        _get(ErrorViews.ThingNotFound.class);

        open(999_999L);
        _get(ErrorViews.ThingNotFound.class);

        UI.getCurrent().navigate("events/" + p.slug() + "/sessions/abc");
        _get(ErrorViews.ThingNotFound.class);

        open(p.sensors());
        _assertNone(ErrorViews.ThingNotFound.class);
    }

    @Test
    void anAcceptedSessionNotInTheProgrammeIsNotFound() {
        long unplaced = programmes.session(p.slug(), p.organizer(), p.lena(), "Noch ohne Platz", 1);
        programmes.publish(p);

        open(unplaced);

        _get(ErrorViews.ThingNotFound.class);
    }

    @Test
    void beforePublishingOnlyOrganizersSeeASessionAsPreview() {
        open(p.sensors());
        _get(ErrorViews.ThingNotFound.class);

        login(p.organizer());
        open(p.sensors());

        assertThat(_get(Paragraph.class, x -> x.withClasses("kogge-programme-preview")).getText()).startsWith("Vorschau:");
        _assertNone(SessionStarButton.class);
        _assertNone(Anchor.class, a -> a.withText("In den Kalender (.ics)"));
    }
}
