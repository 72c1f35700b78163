package org.kogge.schedule;

import java.util.List;
import org.kogge.proposal.CohostChange;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The programme and calendars name a session's hosts, read from its proposal. When a co-host joins or leaves a
 * placed session, its calendar entry is announced again (SEQUENCE and LAST-MODIFIED move on, as for a renamed
 * room), the schedule's {@code changedAt} moves on, and open programme pages refresh. Not a change of time or place,
 * so not in the change list. Runs after the change committed, in its own transaction, like
 * {@link ProposalDecisions}, and needs nobody logged in.
 */
@Component
class HostChanges {

    private final ScheduleWriter writer;
    private final PlacementRepository placements;

    HostChanges(ScheduleWriter writer, PlacementRepository placements) {
        this.writer = writer;
        this.placements = placements;
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW, isolation = Isolation.READ_COMMITTED)
    void on(CohostChange change) {
        ScheduleWriter.Work w = writer.followUp(change.eventId());
        List<Placement> placed = placements.findPlacedByProposalIdIn(List.of(change.proposalId()));
        if (placed.isEmpty()) {
            return;
        }
        placed.forEach(p -> p.relocated(w.now));
        w.changed();
    }
}
