package org.kogge.common.ui;

import com.vaadin.flow.router.BeforeEnterEvent;

/**
 * The event a view is about, as its route names it ({@code events/:slug/...}). A route without one gives the empty
 * slug, which no event has: the feature's service then answers "not found" as for any unknown slug.
 */
public final class EventSlug {

    private EventSlug() {
    }

    /** The {@code :slug} route parameter of the view being entered, or the empty string. */
    public static String of(BeforeEnterEvent event) {
        return event.getRouteParameters().get("slug").orElse("");
    }
}
