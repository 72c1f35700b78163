/**
 * The barcamp's programme: the grid of rooms and time slots ({@link org.kogge.schedule.RoomSlotService}), placing
 * accepted sessions into it, moving, cancelling, restoring and publishing ({@link org.kogge.schedule.PlanningService}),
 * the vote-driven auto-planner ({@link org.kogge.schedule.AutoPlanService}), stars for a person's agenda
 * ({@link org.kogge.schedule.StarService}) and the public programme ({@link org.kogge.schedule.PublicScheduleService}).
 *
 * <p>{@link org.kogge.schedule.ScheduleReader} is the one door to a published schedule: the programme pages, the
 * calendars and the public API all read through it, so "is it public?" is decided once. After publishing, every change
 * is recorded ({@link org.kogge.schedule.ScheduleChange}), pushed to open pages ({@link org.kogge.schedule.ScheduleUpdates})
 * and raises the session's calendar SEQUENCE; it is published as {@link org.kogge.schedule.SessionAdded},
 * {@link org.kogge.schedule.SessionMoved} and {@link org.kogge.schedule.SessionCancelled}. The schedule follows the
 * proposal feature's decisions through its events, not by reading proposal state behind its back.
 *
 * <p>{@link org.kogge.schedule.MySessionsService} ("Meine Sessions") reads a person's proposals through the proposal
 * feature's read door ({@link org.kogge.proposal.BoardService#hostedByMe}) and adds their places in published
 * programmes ({@link org.kogge.schedule.ScheduleReader#publishedPlaces}).
 */
package org.kogge.schedule;
