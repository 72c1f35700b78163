package org.kogge.schedule;

import org.kogge.common.live.LiveBroadcaster;
import org.kogge.common.live.LiveTopic;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The live topic of an event's schedule, keyed by event id: every {@link ScheduleChanged} of the schedule services is
 * passed on to the open schedule pages (the public programme, "now" boards, the organizers' planner), once the change
 * is committed. Throttled by {@code kogge.schedule.throttle} (300 ms), so that an organizer moving ten sessions in a
 * row causes a few refreshes, not ten.
 */
@Component
public class ScheduleUpdates {

    public static final LiveTopic<Long> TOPIC = new LiveTopic<>("schedule", Long.class);

    private final LiveBroadcaster live;

    ScheduleUpdates(LiveBroadcaster live) {
        this.live = live;
    }

    /** In the writer's transaction; the broadcaster holds the notice back until it commits (none on rollback). */
    @EventListener
    void on(ScheduleChanged change) {
        live.publish(TOPIC, change.eventId());
    }
}
