package org.kogge.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kogge.schedule.autoplan.AutoPlanState;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The auto-scheduler as the organizer uses it: access, a run in the background, accepting and discarding. */
class AutoPlanServiceTest extends ScheduleTestBase {

    @Autowired AutoPlanService autoPlan;

    @Test
    void onlyTheEventsOrganizersMayAskForAProposal() {
        twoOfEach(1);

        assertThatThrownBy(() -> fixtures.as(erika, () -> autoPlan.start(slug, false)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixtures.as(erika, () -> autoPlan.accept(slug)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anAcceptedProposalKeepsSharedVotersApartAndIsLoggedOncePublished() {
        TwoOfEach t = twoOfEach(1);
        List<String> voters = List.of(sf.participant(slug, "Vera Voss"), sf.participant(slug, "Wim Wendt"));
        sf.votes(slug, t.s1(), voters);
        sf.votes(slug, t.s2(), voters);
        asOrga(() -> planning.place(slug, t.s1(), t.saal().id(), t.first().id()));
        fixtures.as(organizer, () -> planning.pin(slug, t.s1(), true));
        fixtures.as(organizer, () -> planning.publish(slug));

        fixtures.as(organizer, () -> autoPlan.start(slug, true));
        AutoPlanState done = finished();

        assertThat(done.feasible()).isTrue();
        assertThat(done.before().unplaced()).isEqualTo(1);
        assertThat(done.after()).extracting("mustChoose", "unplaced").containsExactly(0, 0);
        assertThat(asOrga(() -> autoPlan.accept(slug))).isEqualTo(1);
        ScheduleSnapshot s = asOrga(() -> planning.planner(slug));
        ScheduledSession s1 = s.placed().stream().filter(x -> x.id() == t.s1()).findFirst().orElseThrow();
        ScheduledSession s2 = s.placed().stream().filter(x -> x.id() == t.s2()).findFirst().orElseThrow();
        assertThat(s1.slotId()).isEqualTo(t.first().id()); // pinned: stays
        assertThat(s2.slotId()).isEqualTo(t.second().id()); // the same two voters: not at the same time
        assertThat(changes()).extracting(ScheduleChange::getKind).contains(ChangeKind.ADDED);
        assertThat(asOrga(() -> autoPlan.state(slug))).isEmpty();
    }

    @Test
    void theProposalPreviewShowsTodaysScheduleWithTheProposedPlacesAndSaysWhatMoves() {
        TwoOfEach t = twoOfEach(1);
        List<String> voters = List.of(sf.participant(slug, "Vera Voss"), sf.participant(slug, "Wim Wendt"));
        sf.votes(slug, t.s1(), voters);
        sf.votes(slug, t.s2(), voters);
        // Both at nine: the same two voters would have to choose, so the proposal must move one of them.
        asOrga(() -> planning.place(slug, t.s1(), t.saal().id(), t.first().id()));
        asOrga(() -> planning.place(slug, t.s2(), t.stube().id(), t.first().id()));
        assertThat(asOrga(() -> autoPlan.proposal(slug))).isEmpty();

        fixtures.as(organizer, () -> autoPlan.start(slug, true));
        finished();
        ProposedSchedule p = asOrga(() -> autoPlan.proposal(slug)).orElseThrow();

        assertThat(p.added()).isEmpty();
        assertThat(p.movedFrom()).hasSizeBetween(1, 2);
        p.movedFrom().forEach((id, before) -> assertThat(before.slotId()).isEqualTo(t.first().id()));
        assertThat(p.schedule().placed()).extracting(ScheduledSession::slotId)
                .containsExactlyInAnyOrder(t.first().id(), t.second().id());
        assertThat(p.schedule().unplaced()).isEmpty();
        // Only a preview: today's schedule is as it was.
        assertThat(asOrga(() -> planning.planner(slug)).placed()).extracting(ScheduledSession::slotId)
                .containsOnly(t.first().id());
        assertThatThrownBy(() -> fixtures.as(erika, () -> autoPlan.proposal(slug)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theProposalPreviewMarksSessionsItTakesFromTheSideList() {
        TwoOfEach t = twoOfEach(2);
        fixtures.as(organizer, () -> autoPlan.start(slug, false));
        finished();

        ProposedSchedule p = asOrga(() -> autoPlan.proposal(slug)).orElseThrow();

        assertThat(p.added()).containsExactlyInAnyOrder(t.s1(), t.s2());
        assertThat(p.movedFrom()).isEmpty();
        ScheduledSession twoSlots = p.schedule().placed().stream().filter(x -> x.id() == t.s2()).findFirst()
                .orElseThrow();
        assertThat(twoSlots.startsAt()).isEqualTo(t.first().startsAt());
        assertThat(twoSlots.endsAt()).isEqualTo(t.second().endsAt());
    }

    @Test
    void aDiscardedProposalChangesNothing() {
        twoOfEach(2);
        fixtures.as(organizer, () -> autoPlan.start(slug, false));
        finished();

        fixtures.as(organizer, () -> autoPlan.discard(slug));

        assertThat(asOrga(() -> planning.planner(slug)).placed()).isEmpty();
        assertThat(asOrga(() -> autoPlan.state(slug))).isEmpty();
    }

    /** Waits (up to a minute: the machine may be busy) until the run is done. */
    private AutoPlanState finished() {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
        while (Instant.now().isBefore(deadline)) {
            AutoPlanState state = asOrga(() -> autoPlan.state(slug)).orElseThrow();
            if (!state.running()) {
                return state;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("the run did not finish within a minute");
    }
}
