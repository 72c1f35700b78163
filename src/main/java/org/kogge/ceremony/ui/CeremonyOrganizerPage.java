package org.kogge.ceremony.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import org.kogge.ceremony.CeremonyContent;
import org.kogge.ceremony.CeremonyService;
import org.kogge.common.ui.EventSlug;
import org.kogge.common.ui.OrganizerNavigation;
import org.kogge.common.ui.PageTitles;
import org.kogge.event.EventKind;

/**
 * One organizer page of a ceremony ({@code organize/events/:slug/...}): loads the ceremony for its organizers (the
 * service refuses everybody else), puts the heading with the event's organizer navigation and the way to its public
 * page on top, and names the page. A page adds its own parts in {@link #build}.
 */
abstract class CeremonyOrganizerPage extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    protected final transient CeremonyService ceremonies;
    private final OrganizerNavigation navigation;
    private final String headingKey;
    private final String titleKey;
    /** The ceremony this page shows, as loaded on the last navigation. */
    protected CeremonyContent ceremony;

    /**
     * @param headingKey the page's heading (with the ceremony's title as its argument)
     * @param titleKey   the browser tab's name
     */
    protected CeremonyOrganizerPage(CeremonyService ceremonies, OrganizerNavigation navigation, String headingKey,
                                    String titleKey, String className) {
        this.ceremonies = ceremonies;
        this.navigation = navigation;
        this.headingKey = headingKey;
        this.titleKey = titleKey;
        addClassNames("kogge-page", className);
    }

    @Override
    public final void beforeEnter(BeforeEnterEvent event) {
        ceremony = ceremonies.forOrganizer(EventSlug.of(event));
        removeAll();
        add(navigation.header(this, getTranslation(headingKey, ceremony.title()), ceremony.slug(), EventKind.CEREMONY)
                .link("events/" + ceremony.slug(), getTranslation("ceremony.links.event")));
        build();
    }

    /** Adds the page's own parts below the heading; runs on every navigation, after {@link #ceremony} is loaded. */
    protected abstract void build();

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation(titleKey));
    }
}
