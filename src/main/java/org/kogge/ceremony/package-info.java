/**
 * Formal events such as a signing ceremony: the agreement, the agenda and the signatories in signing order
 * ({@link org.kogge.ceremony.CeremonyService}); personal invitations pasted or entered by the organizers, mailed with
 * a secret RSVP link ({@link org.kogge.ceremony.InvitationService}, {@link org.kogge.ceremony.InvitationMailService});
 * the guest's answer without an account ({@link org.kogge.ceremony.RsvpService}) and reminders before the deadline;
 * the guest list, its print and CSV for the protocol office ({@link org.kogge.ceremony.GuestListService}); check-in at
 * the door ({@link org.kogge.ceremony.CheckinService}).
 *
 * <p>A ceremony hangs off an event of kind ceremony ({@link org.kogge.event.EventGate}); it publishes
 * {@link org.kogge.ceremony.InvitationCreated}, {@link org.kogge.ceremony.InvitationAnswered} and
 * {@link org.kogge.ceremony.InvitationRevoked}, writes its mails into the outbox and its guests' calendar file with
 * {@link org.kogge.ical}.
 */
package org.kogge.ceremony;
