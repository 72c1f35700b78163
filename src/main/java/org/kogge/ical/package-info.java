/**
 * The iCalendar format (RFC 5545), neutral of Kogge's features: {@link org.kogge.ical.IcsEvent} and
 * {@link org.kogge.ical.CalendarDocument} describe a calendar and {@link org.kogge.ical.IcsWriter} writes it
 * ({@code org.kogge.common.feed.FeedHttp} serves it). Any feature that offers a calendar file (the calendars, the ceremony's
 * guests) uses it; it depends on no other part of Kogge.
 */
package org.kogge.ical;
