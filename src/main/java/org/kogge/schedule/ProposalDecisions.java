package org.kogge.schedule;

import org.kogge.proposal.ProposalAccepted;
import org.kogge.proposal.ProposalDecision;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The schedule follows the organizers' decisions on proposals: a session whose proposal is no longer accepted
 * (declined, reopened, merged) leaves it as a recorded change ({@link PlanningService#withdraw}), and one accepted
 * again goes back to the sessions to place ({@link PlanningService#returnToPlace}), never onto a cell that may be
 * taken by now.
 * <p>
 * The listener runs after the moderation committed (a rolled back one is never heard), in its own transaction, on
 * the organizer's thread: when the organizer's click returns, planner, programme and calendars already agree with
 * the decision, and decisions are followed in the order they were made. Spring Modulith's event publication registry
 * records each run until it completed; one that failed (or was cut off by a stop) runs again when the app restarts.
 * It needs no logged-in user, since that rerun has none.
 */
@Component
class ProposalDecisions {

    private final PlanningService schedule;

    ProposalDecisions(PlanningService schedule) {
        this.schedule = schedule;
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(ProposalDecision decision) {
        if (decision instanceof ProposalAccepted) {
            schedule.returnToPlace(decision.eventId(), decision.proposalId());
        } else {
            schedule.withdraw(decision.eventId(), decision.proposalId());
        }
    }
}
