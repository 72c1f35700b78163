package org.kogge.event.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kogge.common.PublicLinks;
import org.kogge.common.ui.PageTitles;
import org.kogge.event.EventFilter;
import org.kogge.event.EventKind;
import org.kogge.event.EventService;
import org.kogge.event.EventSummary;
import org.kogge.network.CityDto;
import org.kogge.network.NetworkService;
import org.springframework.data.domain.PageRequest;

/**
 * The start page: the network's published events as cards, filtered by city, kind and upcoming/past. The filters
 * live in the address ({@code ?city=ID&kind=BARCAMP&past=true}), so a filtered list can be bookmarked and shared;
 * the same city and kind can be subscribed to as a calendar ({@code /calendar/events.ics}).
 */
@Route("")
@RouteAlias("events")
@AnonymousAllowed
@Menu(order = 0, title = "nav.events", icon = "CALENDAR")
public class EventListView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final int PAGE_SIZE = 20;
    static final String PARAM_CITY = "city";
    static final String PARAM_KIND = "kind";
    static final String PARAM_PAST = "past";

    private final EventService events;
    private final NetworkService network;
    private final PublicLinks links;
    private final Select<CityDto> city = new Select<>();
    private final Select<EventKind> kind = new Select<>();
    private final RadioButtonGroup<Boolean> when = new RadioButtonGroup<>();
    private final Paragraph status = new Paragraph();
    private final Div cards = new Div();
    private final Paragraph empty = new Paragraph();
    private final Button more = new Button();
    private final Anchor subscribe = new Anchor();
    private final Anchor download = new Anchor();

    private EventFilter filter = EventFilter.upcoming();
    private int nextPage;
    private long total;
    private boolean readingAddress;

    public EventListView(EventService events, NetworkService network, PublicLinks links) {
        this.events = events;
        this.network = network;
        this.links = links;
        addClassName("kogge-page");
        setPadding(false);

        H1 heading = new H1(getTranslation("event.list.heading", network.networkName()));

        city.setLabel(getTranslation("event.filter.city"));
        city.setItemLabelGenerator(c -> c == null ? getTranslation("event.filter.all-cities") : c.name());
        city.setEmptySelectionAllowed(true);
        city.setEmptySelectionCaption(getTranslation("event.filter.all-cities"));

        kind.setLabel(getTranslation("event.filter.kind"));
        kind.setItems(EventKind.values());
        kind.setItemLabelGenerator(k -> k == null ? getTranslation("event.filter.all-kinds") : getTranslation(k.messageKey()));
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("event.filter.all-kinds"));

        when.setLabel(getTranslation("event.filter.when"));
        when.setItems(Boolean.FALSE, Boolean.TRUE);
        when.setItemLabelGenerator(past -> getTranslation(past ? "event.filter.past" : "event.filter.upcoming"));
        when.setValue(Boolean.FALSE);

        city.addValueChangeListener(e -> filterChanged());
        kind.addValueChangeListener(e -> filterChanged());
        when.addValueChangeListener(e -> filterChanged());

        HorizontalLayout filters = new HorizontalLayout(city, kind, when);
        filters.setWrap(true);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.addClassName("kogge-filters");

        status.addClassName("kogge-muted");
        status.getElement().setAttribute("role", "status");
        status.getElement().setAttribute("aria-live", "polite");
        cards.addClassName("kogge-card-list");
        empty.setText(getTranslation("event.list.empty"));
        empty.addClassName("kogge-empty");
        more.setText(getTranslation("event.list.more"));
        more.addClickListener(e -> loadMore());

        // The network's calendar with the same city and kind: calendar apps pick up new and changed events by themselves.
        subscribe.setText(getTranslation("event.list.subscribe"));
        subscribe.setRouterIgnore(true);
        subscribe.addClassNames("kogge-event-list-subscribe", "kogge-icon-link");
        subscribe.addComponentAsFirst(VaadinIcon.CALENDAR.create());
        download.setText(getTranslation("event.list.download"));
        download.setRouterIgnore(true);
        download.addClassName("kogge-event-list-download");
        Div calendar = new Div(subscribe, new Span(" · "), download);
        calendar.addClassName("kogge-event-list-calendar");

        add(heading, filters, calendar, status, cards, empty, more);
    }

    /** Reads the filters from the address; an unknown city or kind is ignored rather than refused. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> params = event.getLocation().getQueryParameters().getParameters();
        Long cityId = first(params, PARAM_CITY).flatMap(EventListView::parseLong).orElse(null);
        EventKind kindValue = first(params, PARAM_KIND).flatMap(EventListView::parseKind).orElse(null);
        boolean past = first(params, PARAM_PAST).map("true"::equalsIgnoreCase).orElse(false);

        readingAddress = true;
        try {
            // Reloaded on every visit: the view may be reused, and cities may have been added meanwhile.
            city.setItems(network.cities());
            CityDto selected = cityId == null ? null
                    : city.getListDataView().getItems().filter(c -> c.id().equals(cityId)).findFirst().orElse(null);
            city.setValue(selected);
            kind.setValue(kindValue);
            when.setValue(past);
        } finally {
            readingAddress = false;
        }
        filter = new EventFilter(city.getValue() == null ? null : city.getValue().id(), kind.getValue(), past);
        String feed = links.networkCalendar(filter.cityId(), filter.kind() == null ? null : filter.kind().name());
        // webcal: is not among Vaadin's safe schemes; the address is ours, built from the base URL and two numbers.
        subscribe.setUnsafeHref(links.webcal(feed));
        download.setHref(feed);
        reload();
    }

    /** A filter was changed: the address changes, and with it (in {@link #beforeEnter}) the list. */
    private void filterChanged() {
        if (readingAddress) {
            return;
        }
        Map<String, String> params = new LinkedHashMap<>();
        if (city.getValue() != null) {
            params.put(PARAM_CITY, String.valueOf(city.getValue().id()));
        }
        if (kind.getValue() != null) {
            params.put(PARAM_KIND, kind.getValue().name());
        }
        if (Boolean.TRUE.equals(when.getValue())) {
            params.put(PARAM_PAST, "true");
        }
        UI.getCurrent().navigate("events", QueryParameters.simple(params));
    }

    private void reload() {
        cards.removeAll();
        nextPage = 0;
        total = events.countPublicEvents(filter);
        loadMore();
    }

    private void loadMore() {
        List<EventSummary> page = events.publicEvents(filter, PageRequest.of(nextPage, PAGE_SIZE));
        nextPage++;
        page.forEach(e -> cards.add(new EventCard(e)));
        int shown = cards.getComponentCount();
        more.setVisible(shown < total);
        empty.setVisible(total == 0);
        cards.setVisible(total > 0);
        status.setText(total == 0 ? "" : getTranslation("event.list.status", shown, total));
    }

    private static Optional<String> first(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.ofNullable(values.get(0));
    }

    private static Optional<Long> parseLong(String s) {
        try {
            return Optional.of(Long.parseLong(s.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<EventKind> parseKind(String s) {
        for (EventKind k : EventKind.values()) {
            if (k.name().equalsIgnoreCase(s.strip())) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("nav.events"));
    }
}
