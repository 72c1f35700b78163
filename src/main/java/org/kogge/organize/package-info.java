/**
 * The organizer's desk for one event: the cockpit that gathers each feature's figures as its service reports them
 * ({@link org.kogge.organize.CockpitService}: seats and waitlist, proposals and votes, the programme, the guests), and
 * messages to the seat holders, the waitlist or both ({@link org.kogge.organize.ParticipantMessageService}, one mail
 * per person through the outbox). It only asks other features' services; nothing depends on it.
 */
package org.kogge.organize;
