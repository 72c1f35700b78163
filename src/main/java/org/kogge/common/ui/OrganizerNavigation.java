package org.kogge.common.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.Comparator;
import java.util.List;

/**
 * The navigation on every organizer page of an event: the pages all features contribute ({@link OrganizerPages})
 * that apply to the event's kind, in order, as a list of links; the page one is on is marked {@code aria-current}.
 */
@org.springframework.stereotype.Component
public class OrganizerNavigation {

    private final List<OrganizerPage> pages;

    public OrganizerNavigation(List<OrganizerPages> contributions) {
        this.pages = contributions.stream().flatMap(c -> c.pages().stream())
                .sorted(Comparator.comparingInt(OrganizerPage::order)).toList();
    }

    /** The pages of an event of this kind, in order. */
    public List<OrganizerPage> pagesFor(Enum<?> kind) {
        return pages.stream().filter(p -> p.appliesTo(kind)).toList();
    }

    /** The navigation for the organizer page {@code current} (a view) of the event with this slug and kind. */
    public Nav of(Component current, String slug, Enum<?> kind) {
        UnorderedList list = new UnorderedList();
        for (OrganizerPage page : pagesFor(kind)) {
            RouterLink link = new RouterLink(current.getTranslation(page.labelKey()), page.view(),
                    new RouteParameters("slug", slug));
            if (page.view() == current.getClass()) {
                link.getElement().setAttribute("aria-current", "page");
            }
            list.add(new ListItem(link));
        }
        Nav nav = new Nav(list);
        nav.addClassName("kogge-organizer-nav");
        nav.getElement().setAttribute("aria-label", current.getTranslation("organize.nav.aria"));
        return nav;
    }

    /** The header of an organizer page: its heading and this navigation (links of the page may follow). */
    public OrganizerHeader header(Component current, String heading, String slug, Enum<?> kind) {
        return new OrganizerHeader(heading).navigation(of(current, slug, kind));
    }
}
