package org.kogge.organize;

import java.time.Instant;
import java.time.ZoneId;
import org.kogge.ceremony.GuestCounts;
import org.kogge.event.EventKind;
import org.kogge.event.EventState;
import org.kogge.feedback.FeedbackFigures;
import org.kogge.proposal.ProposalFigures;
import org.kogge.registration.RegistrationCounts;
import org.kogge.schedule.ScheduleFigures;

/**
 * What an organizer checks every morning about one event, each feature's figures as its service reports them:
 * seats and waitlist (every event), proposals and votes and the schedule (barcamps; {@code null} for ceremonies),
 * invitations by answer and check-in (ceremonies; {@code null} for barcamps), the sessions' feedback (barcamps;
 * {@code null} for ceremonies).
 */
public record Cockpit(String slug, String title, EventKind kind, EventState state, Instant startsAt, Instant endsAt,
                      ZoneId zone, RegistrationCounts seats, ProposalFigures proposals, ScheduleFigures schedule,
                      GuestCounts guests, FeedbackFigures feedback) {
}
