package org.kogge.event.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.kogge.common.InvalidInputException;
import org.kogge.common.ui.FormErrors;
import org.kogge.common.ui.OrganizerHeader;
import org.kogge.common.ui.OrganizerNavigation;
import org.kogge.common.ui.PageTitles;
import org.kogge.event.EventDetails;
import org.kogge.event.EventForm;
import org.kogge.event.EventKind;
import org.kogge.event.EventService;
import org.kogge.network.NetworkService;

/**
 * Creates ({@code organize/events/new}) or edits an event (its settings, {@code organize/events/{slug}/settings}),
 * moves it through its states and adds co-organizers.
 * The service checks the rules and who may edit; this view shows what it refuses beside the fields.
 */
@Route("organize/events/:slug/settings")
@RouteAlias("organize/events/new")
@RolesAllowed({"ORGANIZER", "ADMIN"})
public class EventEditView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String NEW = "new";

    private final transient EventService events;
    private final OrganizerNavigation navigation;
    private final OrganizerHeader header = new OrganizerHeader();
    private final EventFormLayout form;
    private final EventStatePanel statePanel;
    private final OrganizersPanel organizersPanel;
    private final Button save = new Button();

    /** The slug the event has now; {@code null} while creating. */
    private String currentSlug;
    private EventDetails details;

    public EventEditView(EventService events, NetworkService network, OrganizerNavigation navigation) {
        this.events = events;
        this.navigation = navigation;
        addClassName("kogge-page");
        setPadding(false);
        form = new EventFormLayout(network.cities(), events::suggestSlug, () -> events.formFor(currentSlug));
        statePanel = new EventStatePanel(events, changed -> details = changed);
        organizersPanel = new OrganizersPanel(events, changed -> details = changed);

        save.setText(getTranslation("common.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setDisableOnClick(true);
        save.addClickListener(e -> save());

        add(header, statePanel, form, save, organizersPanel);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String param = event.getRouteParameters().get("slug").orElse(NEW);
        if (NEW.equals(param)) {
            currentSlug = null;
            details = null;
            EventForm blank = new EventForm();
            blank.setKind(EventKind.BARCAMP);
            load(blank);
        } else {
            // Both calls refuse an event the caller may not edit (AccessDeniedException → "not allowed" page).
            EventForm stored = events.formFor(param);
            currentSlug = param;
            details = events.details(param);
            load(stored);
        }
    }

    private void load(EventForm stored) {
        form.load(stored, currentSlug != null);
        showHeader();
        statePanel.show(details);
        organizersPanel.show(details);
    }

    private void save() {
        try {
            EventForm input = form.write();
            if (input == null) {
                FormErrors.error(getTranslation("error.form-invalid"));
                return;
            }
            boolean creating = currentSlug == null;
            EventDetails saved = creating ? events.create(input) : form.save(input, f -> events.update(currentSlug, f));
            if (saved == null) {
                return; // someone else saved first: the form shows what changed and keeps the input
            }
            FormErrors.success(getTranslation(creating ? "event.edit.created" : "event.edit.saved", saved.title()));
            if (saved.slug().equals(currentSlug)) {
                details = saved;
                load(events.formFor(saved.slug()));
            } else {
                UI.getCurrent().navigate("organize/events/" + saved.slug() + "/settings");
            }
        } catch (InvalidInputException e) {
            FormErrors.show(this, e, form.fields());
        } finally {
            save.setEnabled(true);
        }
    }

    private void showHeader() {
        header.setHeading(heading());
        header.clearLinks();
        header.link(new RouterLink(getTranslation("event.edit.back"), OrganizeView.class));
        if (details != null) {
            header.navigation(navigation.of(this, details.slug(), details.kind()));
            header.link(new RouterLink(getTranslation("event.edit.public-page"), EventDetailView.class,
                    new RouteParameters("slug", details.slug())));
        }
    }

    private String heading() {
        return details == null ? getTranslation("event.edit.new-heading")
                : getTranslation("event.edit.heading", details.title());
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, heading());
    }
}
