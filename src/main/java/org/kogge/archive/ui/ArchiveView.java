package org.kogge.archive.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.kogge.archive.ArchiveEntry;
import org.kogge.archive.ArchiveFilters.EventChoice;
import org.kogge.archive.ArchiveQuery;
import org.kogge.archive.ArchiveResult;
import org.kogge.archive.ArchiveService;
import org.kogge.archive.ArchiveUpdates;
import org.kogge.common.live.LiveBroadcaster;
import org.kogge.common.ui.LiveRefresh;
import org.kogge.common.ui.FilterSelect;
import org.kogge.common.ui.PageTitles;

/**
 * The network's knowledge archive ({@code /archive}): the documented sessions of all public barcamps, the newest
 * event first, searchable by words and filtered by host city and event. Search and filters live in the address
 * ({@code ?q=…&city=…&event=…}), so a search can be bookmarked and shared. The entries load lazily, a page at a time.
 * The page is live ({@link ArchiveUpdates}): when materials are written or removed anywhere, it searches again with
 * the same words and filters, so removed materials leave the list, edited ones show their new excerpt, and the
 * filters offer the cities and events that have documented sessions now.
 */
@Route("archive")
@AnonymousAllowed
@Menu(order = 5, title = "nav.archive", icon = "ARCHIVE")
public class ArchiveView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String TEXT = "q";
    static final String CITY = "city";
    static final String EVENT = "event";

    private final transient ArchiveService archive;
    private final TextField search = new TextField();
    private final FilterSelect<String> cityFilter;
    private final FilterSelect<EventChoice> eventFilter;
    private final Paragraph result = new Paragraph();
    private final ArchiveList list = new ArchiveList();
    private final LiveRefresh<String> liveRefresh;
    /** The search shown: the list's pages come from it. */
    private ArchiveResult found;

    public ArchiveView(ArchiveService archive, LiveBroadcaster live) {
        this.archive = archive;
        liveRefresh = LiveRefresh.of(this, live, ArchiveUpdates.TOPIC, this::searchAgain);
        list.setDataProvider(DataProvider.<ArchiveEntry>fromCallbacks(
                q -> found == null ? Stream.empty()
                        : this.archive.entries(found, q.getOffset(), q.getLimit()).stream(),
                q -> found == null ? 0 : found.count()));
        addClassNames("kogge-page", "kogge-archive");
        setPadding(false);
        Paragraph intro = new Paragraph(getTranslation("archive.intro"));
        intro.addClassName("kogge-muted");
        search.setLabel(getTranslation("archive.search"));
        search.setPlaceholder(getTranslation("archive.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        search.setMaxLength(200);
        search.addClassName("kogge-archive-search");
        search.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                filtersChanged();
            }
        });
        cityFilter = new FilterSelect<>(getTranslation("archive.filter.city"), getTranslation("archive.filter.city.all"),
                city -> city, this::filtersChanged);
        eventFilter = new FilterSelect<>(getTranslation("archive.filter.event"),
                getTranslation("archive.filter.event.all"), EventChoice::title, this::filtersChanged);
        HorizontalLayout filters = new HorizontalLayout(search, cityFilter, eventFilter);
        filters.setWrap(true);
        filters.addClassName("kogge-archive-filters");
        result.addClassName("kogge-archive-result");
        result.getElement().setAttribute("role", "status");
        add(new H1(getTranslation("archive.heading")), intro, filters, result, list);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters params = event.getLocation().getQueryParameters();
        String text = params.getSingleParameter(TEXT).map(String::strip).orElse("");
        String city = params.getSingleParameter(CITY).map(String::strip).filter(s -> !s.isEmpty()).orElse(null);
        String slug = params.getSingleParameter(EVENT).map(String::strip).filter(s -> !s.isEmpty()).orElse(null);
        long readAt = liveRefresh.sequence();
        ArchiveResult result = archive.search(new ArchiveQuery(text, city, slug));
        liveRefresh.follow(ArchiveUpdates.NETWORK, readAt);
        search.setValue(text);
        show(result);
    }

    /** One search serves the count, the filters (offered with the address's choice) and every page of the list. */
    private void show(ArchiveResult shown) {
        found = shown;
        ArchiveQuery query = found.query();
        String city = query.city();
        cityFilter.offer(found.filters().cities(), c -> c.equalsIgnoreCase(city == null ? "" : city));
        eventFilter.offer(found.filters().events(), e -> e.slug().equals(query.event()));
        int count = found.count();
        boolean searching = !query.text().isBlank() || query.city() != null || query.event() != null;
        if (count == 0) {
            result.setText(getTranslation(searching ? "archive.none.found" : "archive.none.yet"));
        } else {
            result.setText(getTranslation("archive.count", count));
        }
        result.setClassName("kogge-archive-empty", count == 0);
        list.setVisible(count > 0);
        list.getDataProvider().refreshAll();
    }

    /**
     * Materials were written or removed somewhere: the same search again, with the filters offered anew (a city or
     * event whose first session was just documented joins them; the chosen ones stay chosen).
     */
    private void searchAgain() {
        if (found != null) {
            show(archive.search(found.query()));
        }
    }

    /** A search or filter was chosen: the address changes (bookmarkable), and the page follows it. */
    private void filtersChanged() {
        Map<String, String> query = new LinkedHashMap<>();
        if (!search.getValue().isBlank()) {
            query.put(TEXT, search.getValue().strip());
        }
        if (cityFilter.getValue() != null) {
            query.put(CITY, cityFilter.getValue());
        }
        if (eventFilter.getValue() != null) {
            query.put(EVENT, eventFilter.getValue().slug());
        }
        UI.getCurrent().navigate("archive", QueryParameters.simple(query));
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("archive.title"));
    }
}
