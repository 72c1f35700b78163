/**
 * What Kogge tells people by mail about the events they take part in: their seat (confirmed, waitlisted, promoted,
 * cancelled, moved or removed by an organizer; {@code SeatMails}), the digest of a published programme's changes
 * ({@code ChangeRecorder} notes each change in the change's transaction, {@code ChangeDigests} mails them a few
 * minutes later, once per person and event) and the reminder the day before an event ({@code Reminders}).
 *
 * <p>It listens to the other features' domain events and writes into {@link org.kogge.mail.MailOutbox}; no feature
 * depends on it, so it may read from all of them (the event, the registration, the calendar) without a cycle. Seat
 * mails, which one capacity raise may cause by the hundred, are queued as {@link org.kogge.mail.MailIntent}s and
 * rendered by the sender ({@link org.kogge.mail.MailRenderer}), so that the change's page never waits for them.
 */
package org.kogge.notification;
