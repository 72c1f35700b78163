package org.kogge.ceremony.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kogge.ceremony.CeremonyService;
import org.kogge.ceremony.CheckinResult;
import org.kogge.ceremony.CheckinRow;
import org.kogge.ceremony.CheckinService;
import org.kogge.ceremony.GuestCounts;
import org.kogge.ceremony.RsvpStatus;
import org.kogge.common.Formats;
import org.kogge.common.NotFoundException;
import org.kogge.common.ui.FormErrors;
import org.kogge.common.ui.OrganizerNavigation;

/**
 * Check-in at the door, made for a tablet: one big search field (first or last name, a typo is forgiven), big
 * "arrived" buttons, the companions each guest announced, and undo. If a colleague ticked the same guest a moment
 * earlier, the page says so and nothing is counted twice.
 */
@Route("organize/events/:slug/checkin")
@RolesAllowed({"ORGANIZER", "ADMIN"})
public class CheckinView extends CeremonyOrganizerPage {

    private final transient CheckinService checkin;
    private final TextField search = new TextField();
    private final Paragraph counts = new Paragraph();
    private final Div results = new Div();
    private final Paragraph none = new Paragraph();
    private final Paragraph announce = new Paragraph();
    private final Map<Long, CheckinCard> cards = new HashMap<>();

    public CheckinView(CheckinService checkin, CeremonyService ceremonies, OrganizerNavigation navigation) {
        super(ceremonies, navigation, "ceremony.checkin.heading", "ceremony.checkin.title",
                "kogge-checkin");
        this.checkin = checkin;
    }

    @Override
    protected void build() {
        counts.addClassName("kogge-checkin-counts");
        counts.getElement().setAttribute("role", "status");
        counts.getElement().setAttribute("aria-live", "polite");
        search.setLabel(getTranslation("ceremony.checkin.search"));
        search.setHelperText(getTranslation("ceremony.checkin.search.helper"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setValueChangeTimeout(150);
        search.setWidthFull();
        search.addClassName("kogge-checkin-search");
        search.addValueChangeListener(e -> showResults());
        search.setAutofocus(true);
        results.addClassName("kogge-checkin-results");
        results.getElement().setAttribute("role", "list");
        results.getElement().setAttribute("aria-label", getTranslation("ceremony.checkin.results"));
        announce.addClassName("kogge-checkin-announce");
        announce.getElement().setAttribute("role", "status");
        announce.getElement().setAttribute("aria-live", "polite");
        none.setText(getTranslation("ceremony.checkin.none"));
        results.removeAll();
        cards.clear();
        add(counts, search, announce, results, none);
        refresh();
    }

    private void refresh() {
        GuestCounts c = checkin.counts(ceremony.slug());
        counts.setText(getTranslation("ceremony.checkin.counts", c.arrived(), c.accepted(), c.arrivedCompanions(),
                c.companions()));
        showResults();
    }

    /**
     * Shows the guests that match the search. The list is keyed by invitation: a guest who is still shown in the same
     * state keeps their card and button, and only cards out of place move. A click that the browser sent right after
     * the typing (so it reaches the server after the search) therefore still finds its button and checks in that guest.
     */
    private void showResults() {
        List<CheckinRow> rows = checkin.search(ceremony.slug(), search.getValue());
        Map<Long, CheckinRow> wanted = new LinkedHashMap<>();
        rows.forEach(r -> wanted.put(r.id(), r));
        cards.values().removeIf(card -> {
            boolean stale = !card.row().equals(wanted.get(card.row().id()));
            if (stale) {
                results.remove(card);
            }
            return stale;
        });
        int index = 0;
        for (CheckinRow r : rows) {
            CheckinCard card = cards.computeIfAbsent(r.id(), id -> new CheckinCard(r, ceremony.zone(), this::arrive, this::undo));
            if (index >= results.getComponentCount() || results.getComponentAt(index) != card) {
                results.addComponentAtIndex(index, card);
            }
            index++;
        }
        none.setVisible(rows.isEmpty());
    }

    private void arrive(CheckinRow r) {
        String text;
        try {
            CheckinResult result = checkin.checkIn(ceremony.slug(), r.id());
            String at = Formats.time(result.checkedInAt(), ceremony.zone(), getLocale());
            if (result.outcome() != CheckinResult.Outcome.CHECKED_IN) {
                text = getTranslation("ceremony.checkin.already", r.name(), at);
                FormErrors.error(text);
            } else if (r.rsvp() == RsvpStatus.DECLINED) {
                text = getTranslation("ceremony.checkin.done-declined", r.name(), at);
                FormErrors.success(text);
            } else {
                text = getTranslation("ceremony.checkin.done", r.name(), at);
                FormErrors.success(text);
            }
        } catch (NotFoundException e) {
            text = getTranslation("ceremony.checkin.gone", r.name());
            FormErrors.error(text);
        }
        announce.setText(text);
        refresh();
    }

    private void undo(CheckinRow r) {
        checkin.undo(ceremony.slug(), r.id());
        String text = getTranslation("ceremony.checkin.undone", r.name());
        FormErrors.success(text);
        announce.setText(text);
        refresh();
    }
}
