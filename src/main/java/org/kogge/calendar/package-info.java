/**
 * Calendars: an event's {@code .ics} (with the sessions of its published programme), one session's, and a person's
 * own feed (the events they hold a seat at, the sessions they starred and those they host) behind a secret address
 * that calendar apps subscribe to; plus "my agenda", the same entries as a page. Files are written by {@link org.kogge.ical} (iCal4j:
 * escaping, time zones, SEQUENCE raised on every change of a published session) and served from the feed cache.
 *
 * <p>It reads events, registrations and the published schedule through their services and is read by nobody but the
 * notification feature (calendar files attached to mails).
 */
package org.kogge.calendar;
