package org.kogge.event.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import org.kogge.common.Formats;
import org.kogge.common.ui.PageTitles;
import org.kogge.event.EventService;
import org.kogge.event.EventSummary;
import org.springframework.data.domain.PageRequest;

/**
 * The organizer's desk: the events they organize (admins: all events), loaded page by page, upcoming first and past
 * ones marked as past. Each title (written out in full, wrapping) leads to the event's cockpit.
 */
@Route("organize")
@RolesAllowed({"ORGANIZER", "ADMIN"})
@Menu(order = 10, title = "nav.organize", icon = "EDIT")
public class OrganizeView extends VerticalLayout implements HasDynamicTitle {

    public OrganizeView(EventService events, Clock clock) {
        addClassName("kogge-page");
        setPadding(false);

        Button create = new Button(getTranslation("organize.new"), VaadinIcon.PLUS.create(),
                e -> UI.getCurrent().navigate("organize/events/new"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        H1 heading = new H1(getTranslation("organize.heading"));
        HorizontalLayout top = new HorizontalLayout(heading, create);
        top.setWidthFull();
        top.setAlignItems(FlexComponent.Alignment.BASELINE);
        top.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        top.setWrap(true);

        Grid<EventSummary> grid = new Grid<>();
        grid.setAriaLabel(getTranslation("organize.heading"));
        // The title is a real link (to the event's cockpit, organize/events/{slug}), so the row can be opened with the
        // keyboard as well as by clicking the row.
        Instant now = clock.instant();
        grid.addComponentColumn(e -> title(e, now))
                .setHeader(getTranslation("organize.column.title")).setKey("title").setFlexGrow(3);
        grid.addColumn(e -> getTranslation(e.kind().messageKey()))
                .setHeader(getTranslation("organize.column.kind")).setKey("kind").setAutoWidth(true);
        grid.addColumn(e -> getTranslation(e.state().messageKey()))
                .setHeader(getTranslation("organize.column.state")).setKey("state").setAutoWidth(true);
        grid.addColumn(e -> Formats.dateTime(e.startsAt(), e.zone(), getLocale()))
                .setHeader(getTranslation("organize.column.start")).setKey("start").setAutoWidth(true);
        grid.addColumn(EventSummary::hostCity)
                .setHeader(getTranslation("organize.column.city")).setKey("city").setAutoWidth(true);
        grid.setItems(q -> events.myEvents(PageRequest.of(q.getPage(), q.getPageSize())).stream(),
                q -> Math.toIntExact(events.countMyEvents()));
        grid.addItemClickListener(e -> UI.getCurrent().navigate("organize/events/" + e.getItem().slug()));
        grid.setEmptyStateText(getTranslation("organize.empty"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setPartNameGenerator(e -> e.isPast(now) ? "kogge-past" : null);
        grid.setHeight("32rem");
        grid.setWidthFull();

        add(top, grid);
    }

    private Div title(EventSummary e, Instant now) {
        Div cell = new Div(new Anchor("organize/events/" + e.slug(), e.title()));
        cell.addClassName("kogge-organize-title");
        if (e.isPast(now)) {
            Span past = new Span(getTranslation("organize.past"));
            past.addClassNames("kogge-badge", "kogge-badge-past");
            cell.add(past);
        }
        return cell;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("nav.organize"));
    }
}
