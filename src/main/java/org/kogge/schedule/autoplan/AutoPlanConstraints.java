package org.kogge.schedule.autoplan;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.Joiners;
import java.util.List;

/**
 * The rules a proposal is scored by. Hard: the schedule's own rules (one room, one session at a time; a host in one
 * place; two-slot sessions in two directly following slots; step-free rooms where needed; breaks and plenaries are
 * not in the value range at all). Medium: every session left unplaced. Soft, weighted by {@link AutoPlanWeights}:
 * people who wanted two sessions placed at the same time (the main target), missing seats, popular sessions in the
 * day's last slot, one topic twice at once, a host's sessions back to back.
 */
public class AutoPlanConstraints implements ConstraintProvider {

    public static final String ROOM_TWICE = "room-twice";
    public static final String HOST_TWICE = "host-twice";
    public static final String NO_FOLLOWING_SLOT = "no-following-slot";
    public static final String NOT_STEP_FREE = "not-step-free";
    public static final String UNPLACED = "unplaced";
    public static final String SHARED_AUDIENCE = "shared-audience";
    public static final String ROOM_TOO_SMALL = "room-too-small";
    public static final String POPULAR_LATE = "popular-late";
    public static final String TOPIC_TOGETHER = "topic-together";
    public static final String HOST_BACK_TO_BACK = "host-back-to-back";

    @Override
    public Constraint[] defineConstraints(ConstraintFactory f) {
        return new Constraint[] {
                roomTwice(f), hostTwice(f), noFollowingSlot(f), notStepFree(f), unplaced(f),
                sharedAudience(f), roomTooSmall(f), popularLate(f), topicTogether(f), hostBackToBack(f)};
    }

    private static Constraint roomTwice(ConstraintFactory f) {
        return f.forEachUniquePair(PlanSession.class, Joiners.equal(s -> s.getSpot().room()),
                        Joiners.overlapping(PlanSession::start, PlanSession::end))
                .penalize(HardMediumSoftScore.ONE_HARD)
                .justifyWith((a, b, score) -> pair(ROOM_TWICE, a, b, 1))
                .asConstraint(ROOM_TWICE);
    }

    private static Constraint hostTwice(ConstraintFactory f) {
        return f.forEachUniquePair(PlanSession.class, Joiners.overlapping(PlanSession::start, PlanSession::end))
                .filter(PlanSession::sharesHostWith)
                .penalize(HardMediumSoftScore.ONE_HARD)
                .justifyWith((a, b, score) -> pair(HOST_TWICE, a, b, 1))
                .asConstraint(HOST_TWICE);
    }

    private static Constraint noFollowingSlot(ConstraintFactory f) {
        return f.forEach(PlanSession.class).filter(s -> !s.fitsItsSlots())
                .penalize(HardMediumSoftScore.ONE_HARD)
                .justifyWith((s, score) -> one(NO_FOLLOWING_SLOT, s, s.getSlots()))
                .asConstraint(NO_FOLLOWING_SLOT);
    }

    private static Constraint notStepFree(ConstraintFactory f) {
        return f.forEach(PlanSession.class).filter(s -> s.needsStepFree() && !s.getSpot().room().stepFree())
                .penalize(HardMediumSoftScore.ONE_HARD)
                .justifyWith((s, score) -> one(NOT_STEP_FREE, s, 1))
                .asConstraint(NOT_STEP_FREE);
    }

    private static Constraint unplaced(ConstraintFactory f) {
        return f.forEachIncludingUnassigned(PlanSession.class).filter(s -> s.getSpot() == null)
                .penalize(HardMediumSoftScore.ONE_MEDIUM)
                .justifyWith((s, score) -> one(UNPLACED, s, s.getSlots()))
                .asConstraint(UNPLACED);
    }

    private static Constraint sharedAudience(ConstraintFactory f) {
        return f.forEachUniquePair(PlanSession.class, Joiners.overlapping(PlanSession::start, PlanSession::end))
                .filter((a, b) -> a.sharedAudience(b) > 0)
                .penalize(HardMediumSoftScore.ONE_SOFT, PlanSession::sharedAudience)
                .justifyWith((a, b, score) -> pair(SHARED_AUDIENCE, a, b, a.sharedAudience(b)))
                .asConstraint(SHARED_AUDIENCE);
    }

    private static Constraint roomTooSmall(ConstraintFactory f) {
        return f.forEach(PlanSession.class).filter(s -> s.missingSeats() > 0)
                .penalize(HardMediumSoftScore.ONE_SOFT, PlanSession::missingSeats)
                .justifyWith((s, score) -> one(ROOM_TOO_SMALL, s, s.missingSeats()))
                .asConstraint(ROOM_TOO_SMALL);
    }

    private static Constraint popularLate(ConstraintFactory f) {
        return f.forEach(PlanSession.class).filter(s -> s.endsTheDay() && s.getAudienceSize() > 0)
                .penalize(HardMediumSoftScore.ONE_SOFT, PlanSession::getAudienceSize)
                .justifyWith((s, score) -> one(POPULAR_LATE, s, s.getAudienceSize()))
                .asConstraint(POPULAR_LATE);
    }

    private static Constraint topicTogether(ConstraintFactory f) {
        return f.forEachUniquePair(PlanSession.class, Joiners.overlapping(PlanSession::start, PlanSession::end))
                .filter(PlanSession::sharesTopicWith)
                .penalize(HardMediumSoftScore.ONE_SOFT)
                .justifyWith((a, b, score) -> pair(TOPIC_TOGETHER, a, b, 1))
                .asConstraint(TOPIC_TOGETHER);
    }

    /** One ends when the other starts (the next slot, no break between): the host gets no pause. */
    private static Constraint hostBackToBack(ConstraintFactory f) {
        return f.forEachUniquePair(PlanSession.class)
                .filter((a, b) -> (a.end() == b.start() || b.end() == a.start()) && a.sharesHostWith(b))
                .penalize(HardMediumSoftScore.ONE_SOFT)
                .justifyWith((a, b, score) -> pair(HOST_BACK_TO_BACK, a, b, 1))
                .asConstraint(HOST_BACK_TO_BACK);
    }

    private static Reason pair(String rule, PlanSession a, PlanSession b, int amount) {
        return new Reason(rule, List.of(a.getTitle(), b.getTitle()), amount);
    }

    private static Reason one(String rule, PlanSession s, int amount) {
        return new Reason(rule, List.of(s.getTitle()), amount);
    }
}
