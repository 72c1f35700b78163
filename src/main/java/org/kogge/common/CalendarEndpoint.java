package org.kogge.common;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller that serves calendar files to calendar apps without a login. {@link CalendarErrors} answers its
 * failures: anything unknown or malformed in the address is a plain-text 404, never a login redirect.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface CalendarEndpoint {
}
