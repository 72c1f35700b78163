/**
 * The barcamp's proposals: the phases and topics the organizer sets ({@link org.kogge.proposal.BarcampSettingsService}),
 * proposing and editing sessions with co-hosts who agree first ({@link org.kogge.proposal.ProposalService},
 * {@link org.kogge.proposal.CohostService}), voting with a budget, one vote per person and proposal even when votes
 * race ({@link org.kogge.proposal.VoteService}), the board everyone follows live ({@link org.kogge.proposal.BoardService},
 * one shared snapshot per change, {@link org.kogge.proposal.BoardUpdates}) and moderation: accept, decline, reopen,
 * merge ({@link org.kogge.proposal.ModerationService}).
 *
 * <p>It publishes its decisions ({@link org.kogge.proposal.ProposalAccepted}, {@link org.kogge.proposal.ProposalDeclined},
 * {@link org.kogge.proposal.ProposalReopened}, {@link org.kogge.proposal.ProposalMerged}) and co-host changes, which
 * the schedule follows; it reads events and registrations and knows nothing of the schedule.
 */
package org.kogge.proposal;
