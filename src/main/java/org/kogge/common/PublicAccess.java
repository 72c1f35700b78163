package org.kogge.common;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a public service method that changes data without checking who calls it, on purpose: signing up, answering
 * an invitation by its secret token, counting a failed login. {@link #value()} says why that is safe. Every other
 * such method checks its caller (see ServiceAccessTest).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface PublicAccess {

    /** Why anybody may call it (what protects it instead). */
    String value();
}
