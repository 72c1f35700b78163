package org.kogge.registration.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Optional;
import org.kogge.event.EventDetails;
import org.kogge.event.ui.EventPageSection;
import org.kogge.registration.RegistrationService;
import org.kogge.registration.RegistrationWindow;

/** Registration on the event page (organizers reach the participant list through the page's "Organisieren" link). */
@org.springframework.stereotype.Component
public class RegistrationSection implements EventPageSection {

    private final RegistrationService registrations;

    public RegistrationSection(RegistrationService registrations) {
        this.registrations = registrations;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> create(EventDetails event) {
        if (!event.state().isPublic()) {
            return Optional.empty();
        }
        if (event.kind() == org.kogge.event.EventKind.CEREMONY
                && registrations.window(event.slug()).phase() == RegistrationWindow.Phase.INVITATION_ONLY) {
            // Invitation-only ceremony: no open sign-up; the ceremony's own section explains how guests come.
            return Optional.empty();
        }
        VerticalLayout section = EventPageSection.frame("kogge-registration-section");
        section.add(new RegistrationPanel(event.slug(), registrations));
        return Optional.of(section);
    }

    @Override
    public int order() {
        return 10;
    }
}
