/**
 * One live-update mechanism for every page that follows changes while it is open (proposal board, moderation, public
 * programme, "now" board, planner): services {@link org.kogge.common.live.LiveBroadcaster#publish publish} that a
 * {@link org.kogge.common.live.LiveTopic topic} changed for a key (an event's id), open pages subscribe to it. A
 * named interface of the {@code common} module, so that features may use it.
 */
@NamedInterface("live")
package org.kogge.common.live;

import org.springframework.modulith.NamedInterface;
