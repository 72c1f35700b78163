package org.kogge.organize;

import org.kogge.ceremony.GuestListService;
import org.kogge.event.EventGate;
import org.kogge.event.EventKind;
import org.kogge.event.EventRef;
import org.kogge.feedback.FeedbackService;
import org.kogge.proposal.ModerationService;
import org.kogge.registration.RegistrationService;
import org.kogge.schedule.PlanningService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organizer's overview of one event. Only its organizers and admins see it (others: "not allowed"; an unknown
 * event: "not found"). It asks each feature's service once for its figures, which each loads by count queries, so
 * the overview costs the same few queries however many people, proposals or guests the event has.
 */
@Service
@Transactional(readOnly = true)
public class CockpitService {

    private final EventGate events;
    private final RegistrationService registrations;
    private final ModerationService moderation;
    private final PlanningService planning;
    private final GuestListService guests;
    private final FeedbackService feedback;

    public CockpitService(EventGate events, RegistrationService registrations, ModerationService moderation,
                          PlanningService planning, GuestListService guests, FeedbackService feedback) {
        this.events = events;
        this.registrations = registrations;
        this.moderation = moderation;
        this.planning = planning;
        this.guests = guests;
        this.feedback = feedback;
    }

    public Cockpit overview(String slug) {
        EventRef t = events.organized(slug);
        boolean barcamp = t.kind() == EventKind.BARCAMP;
        return new Cockpit(t.slug(), t.title(), t.kind(), t.state(), t.startsAt(), t.endsAt(), t.zone(),
                registrations.countsForOrganizer(t.slug()),
                barcamp ? moderation.figures(t.slug()) : null,
                barcamp ? planning.figures(t.slug()) : null,
                barcamp ? null : guests.counts(t.slug()),
                barcamp ? feedback.figures(t.slug()) : null);
    }
}
