/**
 * What Kogge tells people by mail about the events they take part in: their seat (confirmed, waitlisted, promoted,
 * cancelled, moved or removed by an organizer). It listens to the other features' domain events and writes mails
 * into {@link org.kogge.mail.MailOutbox}; no feature depends on it, so it may read from all of them (the event, the
 * registration, the calendar) without a cycle.
 */
package org.kogge.notification;
