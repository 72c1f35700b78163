package org.kogge.common.feed;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an entity that no cached feed shows (votes, stars, registrations, feed tokens): writing it leaves the
 * {@link ChangeStamps} alone, so that a busy day of voting does not re-render every calendar. Every other entity
 * counts as feed content; mark an entity only when no calendar file or API answer reads it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface NotInFeeds {
}
