/**
 * Registration with capacity and waitlist ({@link org.kogge.registration.RegistrationService}): every change of seats
 * locks the event's row first ({@link org.kogge.event.EventGate}), so concurrent registrations never oversell and the
 * waitlist keeps its order; a freed seat or a raised capacity promotes the next in line. Organizers see, move and
 * remove participants and export them as CSV. It publishes {@link org.kogge.registration.PersonRegistered},
 * {@link org.kogge.registration.PersonWaitlisted}, {@link org.kogge.registration.PersonPromoted} and
 * {@link org.kogge.registration.RegistrationCancelled}, which the seat mails listen to, and depends on events and
 * accounts only.
 */
package org.kogge.registration;
