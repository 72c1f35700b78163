package org.kogge.common.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Nav;

/**
 * The top of an organizer's page of an event: the heading, the event's organizer navigation (see
 * {@link OrganizerNavigation}), then the page's own links (such as its public counterpart). The overview, editing the
 * event, its rooms, moderation, participants, the ceremony's programme, guest list and check-in all begin with it, so
 * organizers find their way the same on every page.
 */
public class OrganizerHeader extends Header {

    private final H1 heading = new H1();
    private final Div navigation = new Div();
    private final Nav links = new Nav();

    public OrganizerHeader() {
        addClassName("kogge-organizer-header");
        links.addClassName("kogge-organizer-links");
        add(heading, navigation, links);
    }

    public OrganizerHeader(String heading) {
        this();
        setHeading(heading);
    }

    public final void setHeading(String text) {
        heading.setText(text);
    }

    /** Shows the event's organizer navigation (replacing one shown before). */
    public OrganizerHeader navigation(Nav nav) {
        navigation.removeAll();
        navigation.add(nav);
        return this;
    }

    /** A link to another page (a route relative to the app's root, e.g. {@code "events/barcamp-kiel"}). */
    public OrganizerHeader link(String href, String text) {
        return link(new Anchor(href, text));
    }

    /** Any link, such as a {@code RouterLink} to a view class, or an anchor marked {@code aria-current="page"}. */
    public OrganizerHeader link(Component link) {
        links.add(link);
        return this;
    }

    public void clearLinks() {
        links.removeAll();
    }
}
