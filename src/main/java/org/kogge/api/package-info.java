/**
 * The public read API ({@code /api/v1}, JSON, no login) for city websites that embed the network's events and
 * programmes. It shows only what is public for everybody, reads a programme through the schedule's one door
 * ({@link org.kogge.schedule.ScheduleReader}), and answers repeated requests from the feed cache and the last-change
 * stamp ({@code org.kogge.common.feed}). Nothing depends on it.
 */
package org.kogge.api;
