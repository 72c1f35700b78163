package org.kogge.feedback;

import java.time.Instant;
import org.kogge.schedule.PlanningService;
import org.kogge.testing.Fixtures;
import org.kogge.testing.ProgrammeFixtures;
import org.kogge.testing.ProgrammeFixtures.Programme;
import org.kogge.testing.ScheduleFixtures;
import org.kogge.testing.StoppedClock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * What the feedback tests start from, for the service tests and the session page's Karibu tests alike: the
 * {@link ProgrammeFixtures programme} published, its session "Sensornetze im Kanal" (hosted by Erika, with Kai and
 * Lena in the audience) starting at {@link #SENSORS_START}, the app's clock to stop, and feedback given or sessions
 * cancelled as the people in question would.
 */
@Component
public class FeedbackFixture {

    /** The session "Sensornetze im Kanal" (hosted by Erika) runs on the first day from 10:00 to 11:00. */
    public static final Instant SENSORS_START = ProgrammeFixtures.at(ScheduleFixtures.DAY1, 10, 0);

    private final Fixtures fixtures;
    private final ProgrammeFixtures programmes;
    private final ScheduleFixtures schedules;
    private final FeedbackService feedback;
    private final PlanningService planning;
    /** The app's clock where the test's context imports {@link StoppedClock.Config}; other contexts have none. */
    private final ObjectProvider<StoppedClock> clock;

    public FeedbackFixture(Fixtures fixtures, ProgrammeFixtures programmes, ScheduleFixtures schedules,
                           FeedbackService feedback, PlanningService planning, ObjectProvider<StoppedClock> clock) {
        this.fixtures = fixtures;
        this.programmes = programmes;
        this.schedules = schedules;
        this.feedback = feedback;
        this.planning = planning;
        this.clock = clock;
    }

    /** The programme, published. */
    public Programme published() {
        Programme p = programmes.programme();
        programmes.publish(p);
        return p;
    }

    /** Stops the app's clock at this instant (it runs again after each test). */
    public void stopAt(Instant instant) {
        clock.getObject().stopAt(instant);
    }

    /** Somebody else with a seat at the programme's barcamp; their email. */
    public String participant(Programme p, String displayName) {
        return schedules.participant(p.slug(), displayName);
    }

    /** Gives feedback on a session as {@code who}, as their page would. */
    public FeedbackState give(Programme p, String who, long sessionId, Integer rating, String comment) {
        return fixtures.as(who, () -> feedback.give(p.slug(), sessionId, new FeedbackForm(rating, comment)));
    }

    /** The organizer cancels the session. */
    public void cancel(Programme p, long sessionId) {
        fixtures.as(p.organizer(), () -> planning.cancel(p.slug(), sessionId));
    }

    /** The organizer lets the cancelled session take place after all. */
    public void restore(Programme p, long sessionId) {
        fixtures.as(p.organizer(), () -> planning.restore(p.slug(), sessionId));
    }

    /** The organizer takes the session off the grid: it leaves the published programme. */
    public void unplace(Programme p, long sessionId) {
        fixtures.as(p.organizer(), () -> planning.unplace(p.slug(), sessionId));
    }
}
