/**
 * Session feedback: after a session has started, the people who had a seat at its barcamp rate how helpful it was
 * (1 to 5) and may add a comment, one feedback per person and session, which they can change or withdraw until four
 * weeks after the event ({@link org.kogge.feedback.FeedbackService}). The session's hosts and the event's organizers
 * read the feedback without names, and only once {@value org.kogge.feedback.FeedbackService#MIN_SHOWN} people have
 * given it, so that no single answer can be traced back.
 *
 * <p>It owns its table only: sessions come through the schedule's service, seats through registration (whose row lock
 * makes one person's feedback take turns); the session page shows it through the schedule's
 * {@link org.kogge.schedule.ui.SessionPageSection}, and readers' open pages follow changes through the common live
 * mechanism ({@link org.kogge.feedback.FeedbackUpdates}). Only sessions that take place count: none is given on a
 * cancelled session, and the figures and the CSV leave such sessions out. Feedback is not programme data: it changes
 * no calendar, no SEQUENCE and nothing in the public API. A person's feedback is in their data export and goes with
 * their account.
 */
package org.kogge.feedback;
