package org.kogge.schedule;

import org.kogge.proposal.ProgrammeStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the proposal board whether a barcamp's programme is published (one lookup of its schedule state). */
@Component
@Transactional(readOnly = true)
class PublishedProgrammes implements ProgrammeStatus {

    private final ScheduleStateRepository states;

    PublishedProgrammes(ScheduleStateRepository states) {
        this.states = states;
    }

    @Override
    public boolean isPublished(long eventId) {
        return states.findById(eventId).map(ScheduleState::isPublished).orElse(false);
    }
}
