package org.kogge.schedule.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kogge.schedule.PlanningService;
import org.kogge.testing.KaribuTestBase;
import org.kogge.testing.ProgrammeFixtures;
import org.kogge.testing.ProgrammeFixtures.Programme;
import org.springframework.beans.factory.annotation.Autowired;

/** The programme's first paint: the plain HTML the page carries before Vaadin's scripts run. */
class ProgrammeFirstPaintKT extends KaribuTestBase {

    static final String MARKUP = "<b>Fett</b> & \"Zitat\" <script>alert(1)</script>";

    @Autowired ProgrammeFixtures programmes;
    @Autowired PlanningService planning;

    Programme p;

    @BeforeEach
    void programme() {
        p = programmes.programme();
        long markup = programmes.session(p.slug(), p.organizer(), p.kai(), MARKUP, 1);
        fixtures.as(p.organizer(), () -> planning.place(p.slug(), markup, p.trave(), p.day2slot10()));
        programmes.publish(p);
    }

    /** The first paint of the programme as the browser parses it. */
    private Document firstPaint() {
        UI.getCurrent().navigate("events/" + p.slug() + "/schedule");
        String html = ProgrammeFirstPaint.html(_get(PublicScheduleView.class)).outerHtml();
        return Jsoup.parse(html);
    }

    private static List<String> texts(Document page, String css) {
        return page.select(css).stream().map(Element::text).toList();
    }

    @Test
    void eachSessionOnceWithItsTimesInTheEventsZoneAndUserTextAsText() {
        Document page = firstPaint();

        assertThat(texts(page, "a.kogge-programme-title")).containsExactly("Sensornetze im Kanal",
                "Pegel offen teilen", "Energie aus Abwasser", "Hafen-Hackathon", "Rückblick", MARKUP);
        assertThat(page.select("a.kogge-programme-title").eachAttr("href")).doesNotHaveDuplicates()
                .contains("events/" + p.slug() + "/sessions/" + p.sensors());
        // Markup in a title is shown as typed, never run or rendered.
        assertThat(page.select("b, script")).isEmpty();
        assertThat(page.body().html()).contains("&lt;b&gt;Fett&lt;/b&gt; &amp; \"Zitat\" &lt;script&gt;");
        // The event's zone (Europe/Berlin), not the server's: the slots as the organizer set them.
        assertThat(texts(page, ".kogge-programme-day-heading"))
                .containsExactly("Samstag, 30. Oktober 2027", "Sonntag, 31. Oktober 2027");
        assertThat(texts(page, "h3.kogge-programme-slot-time")).containsExactly("10:00 – 11:00", "11:00 – 11:30",
                "11:30 – 12:30", "12:30 – 13:30", "10:00 – 11:00");
        assertThat(texts(page, ".kogge-programme-slot-label")).containsExactly("Kaffeepause");
        assertThat(page.select(".kogge-programme-room-head").stream().map(Element::ownText))
                .startsWith("Saal Elbe", "Raum Trave");
        assertThat(texts(page, ".kogge-programme-room-facts")).startsWith("80 Plätze, stufenlos erreichbar",
                "20 Plätze, stufenlos erreichbar");
        // The wide screen's room columns, as the live list draws them.
        assertThat(page.select("li.kogge-programme-session").eachAttr("style")).startsWith("grid-column:1",
                "grid-column:2");
        assertThat(page.select(".kogge-programme-long a").text()).isEqualTo("Energie aus Abwasser");
    }

    @Test
    void oneMainLandmarkHeadingsInOrderAndTheViewsOwnTextsAndLinks() {
        Document page = firstPaint();

        assertThat(page.select("main")).hasSize(1);
        assertThat(page.select("main").attr("id")).isEqualTo(ProgrammeFirstPaint.ID);
        List<Integer> levels = page.select("h1, h2, h3, h4, h5, h6").stream()
                .map(h -> h.tagName().charAt(1) - '0').toList();
        assertThat(levels.getFirst()).isEqualTo(1);
        assertThat(levels.stream().filter(l -> l == 1)).hasSize(1);
        for (int i = 1; i < levels.size(); i++) {
            assertThat(levels.get(i)).as("heading %d after %d", levels.get(i), levels.get(i - 1))
                    .isLessThanOrEqualTo(levels.get(i - 1) + 1);
        }
        assertThat(page.select("h1").text()).isEqualTo("Programm von Barcamp Kanal");
        assertThat(page.select("section.kogge-programme-days").attr("aria-label"))
                .isEqualTo("Programm nach Tagen und Zeiten");
        assertThat(page.select("a[href=calendar/events/" + p.slug() + ".ics]").text())
                .isEqualTo("Zum Kalender hinzufügen (.ics)");
        // Only what the live page shows: the notice of a pushed change is hidden until a change comes.
        assertThat(page.select(".kogge-programme-changed")).isEmpty();
        assertThat(page.select("vaadin-virtual-list, vaadin-select-item")).isEmpty();
    }

    @Test
    void inTheVisitorsLanguage() {
        english();

        Document page = firstPaint();

        assertThat(page.select("h1").text()).isEqualTo("Schedule of Barcamp Kanal");
        assertThat(texts(page, ".kogge-programme-time-head")).containsOnly("Time");
        assertThat(texts(page, ".kogge-programme-slot-label")).containsExactly("Kaffeepause"); // the organizer's own words
        assertThat(page.select("section.kogge-programme-days").attr("aria-label"))
                .isEqualTo("Schedule by day and time");
    }
}
