package org.kogge.ceremony.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.kogge.ceremony.CeremonyContent;
import org.kogge.ceremony.CeremonyService;
import org.kogge.ceremony.CheckinResult;
import org.kogge.ceremony.CheckinRow;
import org.kogge.ceremony.CheckinService;
import org.kogge.ceremony.GuestCounts;
import org.kogge.ceremony.GuestRole;
import org.kogge.ceremony.RsvpStatus;
import org.kogge.common.Formats;
import org.kogge.common.ui.FormErrors;

/**
 * Check-in at the door, made for a tablet: one big search field (first or last name, a typo is forgiven), big
 * "arrived" buttons, the companions each guest announced, and undo. If a colleague ticked the same guest a moment
 * earlier, the page says so and nothing is counted twice.
 */
@Route("organize/events/:slug/checkin")
@RolesAllowed({"ORGANIZER", "ADMIN"})
public class CheckinView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient CheckinService checkin;
    private final transient CeremonyService ceremonies;
    private CeremonyContent ceremony;
    private final TextField search = new TextField();
    private final Paragraph counts = new Paragraph();
    private final Div results = new Div();

    public CheckinView(CheckinService checkin, CeremonyService ceremonies) {
        this.checkin = checkin;
        this.ceremonies = ceremonies;
        addClassNames("kogge-page", "kogge-checkin");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ceremony = ceremonies.forOrganizer(event.getRouteParameters().get("slug").orElse(""));
        build();
    }

    private void build() {
        removeAll();
        add(CeremonyLinks.header(this, getTranslation("ceremony.checkin.heading", ceremony.title()), ceremony.slug(),
                CeremonyLinks.Page.CHECKIN));
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
        add(counts, search, results);
        refresh();
    }

    private void refresh() {
        GuestCounts c = checkin.counts(ceremony.slug());
        counts.setText(getTranslation("ceremony.checkin.counts", c.arrived(), c.accepted(), c.arrivedCompanions(),
                c.companions()));
        showResults();
    }

    private void showResults() {
        results.removeAll();
        List<CheckinRow> rows = checkin.search(ceremony.slug(), search.getValue());
        if (rows.isEmpty()) {
            results.add(new Paragraph(getTranslation("ceremony.checkin.none")));
        }
        rows.forEach(r -> results.add(card(r)));
    }

    private Component card(CheckinRow r) {
        Div card = new Div();
        card.addClassNames("kogge-card", "kogge-checkin-card");
        card.getElement().setAttribute("role", "listitem");
        if (r.arrived()) {
            card.addClassName("kogge-checkin-arrived");
        }
        H3 name = new H3(r.name());
        Div info = new Div(name);
        info.addClassName("kogge-checkin-info");
        if (r.organisation() != null) {
            info.add(new Paragraph(r.organisation()));
        }
        Div badges = new Div();
        badges.addClassName("kogge-badges");
        Span answer = new Span(getTranslation(r.rsvp().messageKey()));
        answer.addClassNames("kogge-badge", "kogge-checkin-rsvp-" + r.rsvp().name().toLowerCase(java.util.Locale.ROOT));
        badges.add(answer);
        if (r.role() != GuestRole.GUEST) {
            Span role = new Span(getTranslation(r.role().messageKey()));
            role.addClassName("kogge-badge");
            badges.add(role);
        }
        if (r.rsvp() == RsvpStatus.ACCEPTED && r.companions() > 0) {
            Span comp = new Span(getTranslation("ceremony.checkin.companions", r.companions()));
            comp.addClassNames("kogge-badge", "kogge-checkin-companions");
            badges.add(comp);
        }
        info.add(badges);
        if (r.note() != null) {
            Paragraph note = new Paragraph(getTranslation("ceremony.checkin.note", r.note()));
            note.addClassName("kogge-checkin-note");
            info.add(note);
        }
        card.add(info);
        if (r.arrived()) {
            Span when = new Span(getTranslation("ceremony.checkin.arrived-at",
                    Formats.time(r.checkedInAt(), ceremony.zone(), getLocale())));
            when.addClassName("kogge-checkin-when");
            Button undo = new Button(getTranslation("ceremony.checkin.undo"), VaadinIcon.ARROW_BACKWARD.create(), e -> {
                checkin.undo(ceremony.slug(), r.id());
                FormErrors.success(getTranslation("ceremony.checkin.undone", r.name()));
                refresh();
            });
            undo.addThemeVariants(ButtonVariant.LUMO_LARGE, ButtonVariant.LUMO_CONTRAST);
            undo.setAriaLabel(getTranslation("ceremony.checkin.undo.aria", r.name()));
            undo.addClassName("kogge-checkin-button");
            Div actions = new Div(when, undo);
            actions.addClassName("kogge-checkin-actions");
            card.add(actions);
        } else {
            Button arrived = new Button(getTranslation("ceremony.checkin.arrive"), VaadinIcon.CHECK.create(), e -> {
                CheckinResult result = checkin.checkIn(ceremony.slug(), r.id());
                String at = Formats.time(result.checkedInAt(), ceremony.zone(), getLocale());
                if (result.outcome() == CheckinResult.Outcome.CHECKED_IN) {
                    FormErrors.success(getTranslation("ceremony.checkin.done", r.name(), at));
                } else {
                    FormErrors.error(getTranslation("ceremony.checkin.already", r.name(), at));
                }
                refresh();
            });
            arrived.setDisableOnClick(true);
            arrived.addThemeVariants(ButtonVariant.LUMO_LARGE, ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
            arrived.setAriaLabel(getTranslation("ceremony.checkin.arrive.aria", r.name()));
            arrived.addClassName("kogge-checkin-button");
            Div actions = new Div(arrived);
            actions.addClassName("kogge-checkin-actions");
            card.add(actions);
        }
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("ceremony.checkin.title") + " · " + getTranslation("app.name");
    }
}
