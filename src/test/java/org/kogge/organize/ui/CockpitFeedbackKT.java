package org.kogge.organize.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Section;
import org.junit.jupiter.api.Test;
import org.kogge.feedback.FeedbackForm;
import org.kogge.feedback.FeedbackService;
import org.kogge.testing.KaribuTestBase;
import org.kogge.testing.ProgrammeFixtures;
import org.kogge.testing.ScheduleFixtures;
import org.kogge.testing.StoppedClock;
import org.springframework.beans.factory.annotation.Autowired;

/** The cockpit's feedback card once attendees answered: the figures and the CSV file. */
class CockpitFeedbackKT extends KaribuTestBase {

    @Autowired ProgrammeFixtures programmes;
    @Autowired FeedbackService feedback;
    @Autowired StoppedClock clock;

    @Test
    void onceAttendeesGaveFeedbackTheCardCountsItAndOffersItAsCsv() {
        ProgrammeFixtures.Programme p = programmes.programme();
        programmes.publish(p);
        clock.stopAt(ProgrammeFixtures.at(ScheduleFixtures.DAY1, 10, 30));
        fixtures.as(p.kai(), () -> feedback.give(p.slug(), p.sensors(), new FeedbackForm(5, "Gut")));
        login(p.organizer());

        UI.getCurrent().navigate("organize/events/" + p.slug());

        Section card = _get(Section.class, s -> s.withClasses("kogge-cockpit-feedback"));
        assertThat(BasicUtilsKt.get_textRecursively(card))
                .contains("Antworten1", "Sessions mit Rückmeldung1", "Durchschnitterst ab 3 Antworten");
        Anchor csv = _get(card, Anchor.class, a -> a.withClasses("kogge-cockpit-feedback-csv"));
        assertThat(csv.getText()).isEqualTo("Rückmeldungen als CSV (Excel)");
    }
}
