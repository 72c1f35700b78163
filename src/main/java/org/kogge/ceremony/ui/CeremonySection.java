package org.kogge.ceremony.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Optional;
import org.kogge.ceremony.CeremonyContent;
import org.kogge.ceremony.CeremonyService;
import org.kogge.event.EventDetails;
import org.kogge.event.EventKind;
import org.kogge.event.ui.EventPageSection;

/**
 * A ceremony's part of its event page: agreement, agenda, signatories and venue (never the guest list), whether
 * guests come by invitation only. (Organizers find the ceremony's organizer pages through the page's one
 * "Organisieren" link.)
 */
@org.springframework.stereotype.Component
public class CeremonySection implements EventPageSection {

    private final CeremonyService ceremonies;

    public CeremonySection(CeremonyService ceremonies) {
        this.ceremonies = ceremonies;
    }

    @Override
    public Optional<Component> create(EventDetails event) {
        if (event.kind() != EventKind.CEREMONY) {
            return Optional.empty();
        }
        CeremonyContent c = ceremonies.content(event.slug());
        VerticalLayout section = EventPageSection.frame("kogge-ceremony-section");
        section.add(CeremonyProgramme.heading(section));
        if (!c.openToPublic()) {
            Paragraph only = new Paragraph(section.getTranslation("ceremony.invitation-only"));
            only.addClassNames("kogge-notice", "kogge-ceremony-invitation-only");
            section.add(only);
        }
        if (c.isEmpty() && !event.canEdit()) {
            section.add(new Paragraph(section.getTranslation("ceremony.programme.soon")));
        }
        section.add(new CeremonyProgramme(c, event.venueName(), event.venueAddress()));
        return Optional.of(section);
    }

    @Override
    public int order() {
        return 5;
    }
}
