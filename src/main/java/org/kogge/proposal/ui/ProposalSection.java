package org.kogge.proposal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Optional;
import org.kogge.event.EventDetails;
import org.kogge.event.EventKind;
import org.kogge.event.ui.EventPageSection;

/** On a barcamp's page: the way to the session proposals (organizers moderate them from the cockpit). */
@org.springframework.stereotype.Component
public class ProposalSection implements EventPageSection {

    @Override
    public Optional<Component> create(EventDetails event) {
        if (event.kind() != EventKind.BARCAMP || (!event.state().isPublic() && !event.canEdit())) {
            return Optional.empty();
        }
        VerticalLayout section = new VerticalLayout();
        section.setPadding(false);
        section.add(new H3(section.getTranslation("proposal.section.title")),
                new Paragraph(section.getTranslation("proposal.section.text")),
                new Anchor("events/" + event.slug() + "/proposals", section.getTranslation("proposal.section.board-link")));
        return Optional.of(section);
    }

    @Override
    public int order() {
        return 20;
    }
}
