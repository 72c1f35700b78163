package org.kogge.ceremony.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Nav;

/** The organizer's way between a ceremony's pages: event page, programme, guest list, check-in. */
final class CeremonyLinks {

    enum Page { EVENT, CEREMONY, GUESTS, CHECKIN }

    private CeremonyLinks() {
    }

    static Nav organizerLinks(Component context, String slug, Page current) {
        Nav nav = new Nav();
        nav.addClassName("kogge-ceremony-links");
        nav.getElement().setAttribute("aria-label", context.getTranslation("ceremony.links.aria"));
        nav.add(link(context, "events/" + slug, "ceremony.links.event", current == Page.EVENT));
        nav.add(link(context, "organize/events/" + slug + "/ceremony", "ceremony.links.programme", current == Page.CEREMONY));
        nav.add(link(context, "organize/events/" + slug + "/guests", "ceremony.links.guests", current == Page.GUESTS));
        nav.add(link(context, "organize/events/" + slug + "/checkin", "ceremony.links.checkin", current == Page.CHECKIN));
        return nav;
    }

    private static Anchor link(Component context, String href, String key, boolean current) {
        Anchor a = new Anchor(href, context.getTranslation(key));
        if (current) {
            a.getElement().setAttribute("aria-current", "page");
        }
        return a;
    }
}
