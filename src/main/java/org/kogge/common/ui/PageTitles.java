package org.kogge.common.ui;

import com.vaadin.flow.component.Component;

/**
 * The browser tab's title of a page: the page's own title, then the app's name ("… · Kogge"), so that
 * among many tabs one sees what each shows. The shell's header shows the page's own part only ({@link #pageOnly}).
 */
public final class PageTitles {

    private static final String SEPARATOR = " · ";

    private PageTitles() {
    }

    /** The tab title of {@code view}, whose own title is {@code pageTitle}, in the view's language. */
    public static String of(Component view, String pageTitle) {
        return pageTitle + SEPARATOR + appName(view);
    }

    /**
     * The tab title of a page about one event: its heading naming the event ({@code headingKey} with the event's
     * title) once the event is known, else its general title ({@code titleKey}).
     */
    public static String ofEvent(Component view, String eventTitle, String titleKey, String headingKey) {
        return of(view, eventTitle == null ? view.getTranslation(titleKey)
                : view.getTranslation(headingKey, eventTitle));
    }

    /** A tab title made by {@link #of} without the app's name again: what the page itself is called. */
    public static String pageOnly(Component context, String tabTitle) {
        return tabTitle.replace(SEPARATOR + appName(context), "");
    }

    private static String appName(Component context) {
        return context.getTranslation("app.name");
    }
}
