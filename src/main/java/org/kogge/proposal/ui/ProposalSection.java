package org.kogge.proposal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Optional;
import org.kogge.event.EventDetails;
import org.kogge.event.EventKind;
import org.kogge.event.ui.EventPageSection;
import org.kogge.proposal.CohostService;

/**
 * On a barcamp's page: the way to the session proposals, with the number of co-host requests to the logged-in person
 * (they answer them on the board); organizers moderate from the cockpit.
 */
@org.springframework.stereotype.Component
public class ProposalSection implements EventPageSection {

    private final CohostService cohosts;

    ProposalSection(CohostService cohosts) {
        this.cohosts = cohosts;
    }

    @Override
    public Optional<Component> create(EventDetails event) {
        if (event.kind() != EventKind.BARCAMP || (!event.state().isPublic() && !event.canEdit())) {
            return Optional.empty();
        }
        VerticalLayout section = new VerticalLayout();
        section.setPadding(false);
        section.add(new H2(section.getTranslation("proposal.section.title")),
                new Paragraph(section.getTranslation("proposal.section.text")));
        int requests = cohosts.overview(event.slug()).invites().size();
        if (requests > 0) {
            Paragraph count = new Paragraph(section.getTranslation("proposal.cohost.invites", requests));
            count.addClassName("kogge-cohost-count");
            section.add(count);
        }
        section.add(new Anchor("events/" + event.slug() + "/proposals",
                section.getTranslation("proposal.section.board-link")));
        return Optional.of(section);
    }

    @Override
    public int order() {
        return 20;
    }
}
