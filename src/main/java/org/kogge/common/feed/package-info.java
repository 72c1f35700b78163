/**
 * Feeds near the speed of a static file: the calendar files and the public API's answers are rendered once per
 * resource, language and last change ({@link org.kogge.common.feed.FeedCache}), and a client that has the current
 * version gets 304 from the last-change stamp alone ({@link org.kogge.common.feed.ChangeStamps}), without a query.
 * A named interface of the {@code common} module, so that features may use it.
 */
@NamedInterface("feed")
package org.kogge.common.feed;

import org.springframework.modulith.NamedInterface;
