package org.kogge.ceremony.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.kogge.ceremony.CeremonyContent;
import org.kogge.ceremony.CeremonyService;
import org.kogge.ceremony.GuestListService;
import org.kogge.ceremony.GuestRow;
import org.kogge.ceremony.RsvpStatus;
import org.kogge.common.Formats;
import org.kogge.common.ui.EventSlug;

/**
 * The guest list for the door, on paper: everyone invited and not declined, by name, with organisation, role,
 * answer, companions and an empty box to tick. Without the app's menu; the stylesheet's print rules hide the
 * buttons and keep rows together.
 */
@Route(value = "organize/events/:slug/guests/print", autoLayout = false)
@RolesAllowed({"ORGANIZER", "ADMIN"})
public class GuestPrintView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final transient GuestListService guestList;
    private final transient CeremonyService ceremonies;
    private String title = "";

    public GuestPrintView(GuestListService guestList, CeremonyService ceremonies) {
        this.guestList = guestList;
        this.ceremonies = ceremonies;
        addClassName("kogge-print-list");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = EventSlug.of(event);
        CeremonyContent c = ceremonies.forOrganizer(slug);
        List<GuestRow> guests = guestList.printList(slug);
        title = c.title();
        removeAll();
        Div tools = new Div();
        tools.addClassName("kogge-print-tools");
        Button print = new Button(getTranslation("ceremony.print.print"), VaadinIcon.PRINT.create(),
                e -> getElement().executeJs("window.print()"));
        tools.add(print, new Anchor("organize/events/" + slug + "/guests", getTranslation("ceremony.print.back")));
        add(tools);
        add(new H1(getTranslation("ceremony.print.heading", c.title())));
        add(new Paragraph(Formats.range(c.startsAt(), c.endsAt(), c.zone(), getLocale())));
        long expected = guests.stream().filter(g -> g.rsvp() == RsvpStatus.ACCEPTED).mapToLong(g -> 1 + g.companions()).sum();
        add(new Paragraph(getTranslation("ceremony.print.summary", guests.size(), expected)));

        Element table = new Element("table");
        Element head = new Element("tr");
        for (String key : List.of("ceremony.print.col.arrived", "ceremony.guests.col.name",
                "ceremony.guests.col.organisation", "ceremony.guests.col.role", "ceremony.guests.col.answer",
                "ceremony.guests.col.companions", "ceremony.guests.col.note")) {
            head.appendChild(new Element("th").setAttribute("scope", "col").setText(getTranslation(key)));
        }
        table.appendChild(new Element("thead").appendChild(head));
        Element body = new Element("tbody");
        for (GuestRow g : guests) {
            Element row = new Element("tr");
            row.appendChild(new Element("td").setAttribute("class", "kogge-print-box")
                    .setText(g.checkedInAt() != null ? "☑" : "☐"));
            row.appendChild(new Element("td").setText(g.name()));
            row.appendChild(new Element("td").setText(g.organisation() == null ? "" : g.organisation()));
            row.appendChild(new Element("td").setText(getTranslation(g.role().messageKey())));
            row.appendChild(new Element("td").setText(getTranslation(g.rsvp().messageKey())));
            row.appendChild(new Element("td").setText(g.rsvp() == RsvpStatus.ACCEPTED ? String.valueOf(g.companions()) : ""));
            row.appendChild(new Element("td").setText(g.note() == null ? "" : g.note()));
            body.appendChild(row);
        }
        table.appendChild(body);
        Div wrapper = new Div();
        wrapper.getElement().appendChild(table);
        add(wrapper);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("ceremony.print.title", title, getTranslation("app.name"));
    }
}
