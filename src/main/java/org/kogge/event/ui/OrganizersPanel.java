package org.kogge.event.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.function.SerializableConsumer;
import java.util.Map;
import org.kogge.common.InvalidInputException;
import org.kogge.common.ui.ComponentTexts;
import org.kogge.common.ui.FormErrors;
import org.kogge.event.EventDetails;
import org.kogge.event.EventService;

/**
 * An event's organizers, and adding a co-organizer by email. The service checks that the address has an account
 * with the organizer role, and tells only the event's organizers so.
 */
class OrganizersPanel extends VerticalLayout {

    private final transient EventService events;
    private final SerializableConsumer<EventDetails> changed;

    /** @param changed told the event as it is after someone was added */
    OrganizersPanel(EventService events, SerializableConsumer<EventDetails> changed) {
        this.events = events;
        this.changed = changed;
        setPadding(false);
    }

    /** Shows an event's organizers; {@code null} (an event not created yet) hides the panel. */
    void show(EventDetails details) {
        removeAll();
        setVisible(details != null);
        if (details == null) {
            return;
        }
        UnorderedList names = new UnorderedList();
        details.organizers().forEach(n -> names.add(new ListItem(n)));
        EmailField email = ComponentTexts.email(new EmailField(getTranslation("event.organizers.email")));
        email.setHelperText(getTranslation("event.organizers.email.help"));
        email.setWidth("20em");
        Button add = new Button(getTranslation("event.organizers.add"), VaadinIcon.PLUS.create());
        add.setDisableOnClick(true);
        add.addClickListener(e -> {
            try {
                EventDetails now = events.addOrganizerByEmail(details.slug(), email.getValue());
                FormErrors.success(getTranslation("event.organizers.added", email.getValue().strip()));
                changed.accept(now);
                show(now);
            } catch (InvalidInputException ex) {
                FormErrors.show(this, ex, Map.of("organizer", email));
            } finally {
                add.setEnabled(true);
            }
        });
        HorizontalLayout addRow = new HorizontalLayout(email, add);
        addRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        addRow.setWrap(true);
        add(new H2(getTranslation("event.organizers.heading")), names, addRow);
    }
}
