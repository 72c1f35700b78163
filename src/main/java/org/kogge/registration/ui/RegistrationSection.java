package org.kogge.registration.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Optional;
import org.kogge.event.EventDetails;
import org.kogge.event.ui.EventPageSection;
import org.kogge.registration.RegistrationService;
import org.kogge.registration.RegistrationWindow;

/** Registration on the event page, and for organizers the way to the participant list. */
@org.springframework.stereotype.Component
public class RegistrationSection implements EventPageSection {

    private final RegistrationService registrations;

    public RegistrationSection(RegistrationService registrations) {
        this.registrations = registrations;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> create(EventDetails event) {
        if (!event.state().isPublic() && !event.canEdit()) {
            return Optional.empty();
        }
        if (event.kind() == org.kogge.event.EventKind.CEREMONY
                && registrations.window(event.slug()).phase() == RegistrationWindow.Phase.INVITATION_ONLY) {
            // Invitation-only ceremony: no open sign-up; the ceremony's own section explains how guests come.
            return Optional.empty();
        }
        VerticalLayout section = new VerticalLayout();
        section.setPadding(false);
        section.addClassName("kogge-registration-section");
        if (event.state().isPublic()) {
            section.add(new RegistrationPanel(event.slug(), registrations));
        }
        if (event.canEdit()) {
            section.add(new Anchor("organize/events/" + event.slug() + "/participants",
                    section.getTranslation("registration.section.participants-link")));
        }
        return Optional.of(section);
    }

    @Override
    public int order() {
        return 10;
    }
}
