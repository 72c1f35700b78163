/**
 * Events of the network, barcamps and ceremonies alike: the public list and pages, and what organizers do (create,
 * edit, publish, cancel, name co-organizers). It has two doors:
 * <ul>
 * <li>{@link org.kogge.event.EventService}, for the event's own pages and forms;</li>
 * <li>{@link org.kogge.event.EventGate}, for the features that hang off an event (registration, proposals, schedule,
 * ceremony, calendars): look an event up by slug as the caller may see it, decide who organizes it, and lock its row
 * while seats are counted. What they get is an {@link org.kogge.event.EventRef}, which only this feature can make.
 * Looked up outside a transaction, an event comes from memory while the stamp of all events has not moved
 * ({@code org.kogge.common.feed.ChangeStamps}): a live page's refresh reads no event.</li>
 * </ul>
 * It depends on accounts and the network only; everything that belongs to one event depends on it.
 */
package org.kogge.event;
