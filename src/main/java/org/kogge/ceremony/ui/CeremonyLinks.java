package org.kogge.ceremony.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Nav;
import java.util.List;
import org.kogge.common.ui.OrganizerHeader;

/** The organizer's way between a ceremony's pages: event page, programme, guest list, check-in. */
final class CeremonyLinks {

    enum Page { EVENT, CEREMONY, GUESTS, CHECKIN }

    private CeremonyLinks() {
    }

    /** The links on the ceremony's public page, for its organizers. */
    static Nav organizerLinks(Component context, String slug, Page current) {
        Nav nav = new Nav();
        nav.addClassNames("kogge-ceremony-links", "kogge-organizer-links");
        nav.getElement().setAttribute("aria-label", context.getTranslation("ceremony.links.aria"));
        links(context, slug, current).forEach(nav::add);
        return nav;
    }

    /** The top of an organizer's ceremony page: its heading and the links to the other pages. */
    static OrganizerHeader header(Component context, String heading, String slug, Page current) {
        OrganizerHeader header = new OrganizerHeader(heading).linksLabel(context.getTranslation("ceremony.links.aria"));
        links(context, slug, current).forEach(header::link);
        return header;
    }

    private static List<Anchor> links(Component context, String slug, Page current) {
        return List.of(link(context, "events/" + slug, "ceremony.links.event", current == Page.EVENT),
                link(context, "organize/events/" + slug + "/ceremony", "ceremony.links.programme", current == Page.CEREMONY),
                link(context, "organize/events/" + slug + "/guests", "ceremony.links.guests", current == Page.GUESTS),
                link(context, "organize/events/" + slug + "/checkin", "ceremony.links.checkin", current == Page.CHECKIN));
    }

    private static Anchor link(Component context, String href, String key, boolean current) {
        Anchor a = new Anchor(href, context.getTranslation(key));
        if (current) {
            a.getElement().setAttribute("aria-current", "page");
        }
        return a;
    }
}
